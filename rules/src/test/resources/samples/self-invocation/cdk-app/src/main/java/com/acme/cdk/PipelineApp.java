package com.acme.cdk;

import software.amazon.awscdk.App;

/** The app: the storage stack's resources are handed to the uploads stack. */
public final class PipelineApp {
    private PipelineApp() {
    }

    public static void main(final String[] args) {
        App app = new App();
        new PipelineStack(app, "Pipeline");
        StorageStack storage = new StorageStack(app, "Storage");
        new UploadsStack(app, "Uploads", storage.getUploads(), storage.resizeJobs, storage.getLedger(),
                new UploadsStackProps(storage.getIncoming(), storage.getPublished(), storage.getInbox()));
        new MirrorStack(app, "MirrorOut", storage.getIncoming(), storage.getPublished());
        new MirrorStack(app, "MirrorBack", storage.getPublished(), storage.getIncoming());
        app.synth();
    }
}

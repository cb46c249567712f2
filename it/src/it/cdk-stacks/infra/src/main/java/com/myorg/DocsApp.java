package com.myorg;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

public final class DocsApp {
    public static void main(final String[] args) {
        App app = new App();
        StorageStack storage = new StorageStack(app, "StorageStack", StackProps.builder().build());
        new ComputeStack(app, "ComputeStack", StackProps.builder().build(), ComputeStackProps.builder()
                .documents(storage.getDocuments())
                .jobs(storage.jobs)
                .memorySize(1024)
                .build());
        app.synth();
    }
}

package com.myorg;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/** The data: a bucket read back by a getter, a queue by a public field. */
public class StorageStack extends Stack {
    public final Queue jobs;
    private final Bucket documents;

    public StorageStack(final Construct scope, final String id, final StackProps props) {
        super(scope, id, props);
        this.documents = Bucket.Builder.create(this, "Documents").build();
        this.jobs = new Queue(this, "Jobs");
    }

    public Bucket getDocuments() {
        return documents;
    }
}

package com.acme.cdk;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/** The buckets and the queue the compute stack is handed: created here, read back by getters and a field. */
public class StorageStack extends Stack {
    public final Queue resizeJobs;
    private final Bucket uploads;
    private final Bucket incoming;
    private final Bucket published;
    private final Bucket inbox;
    private final Bucket ledger;

    public StorageStack(final Construct scope, final String id) {
        super(scope, id);
        this.uploads = new Bucket(this, "UploadsBucket");
        this.incoming = new Bucket(this, "IncomingBucket");
        this.published = new Bucket(this, "PublishedBucket");
        this.inbox = new Bucket(this, "InboxBucket");
        this.ledger = new Bucket(this, "LedgerBucket");
        this.resizeJobs = new Queue(this, "ResizeJobsQueue");
    }

    public Bucket getUploads() {
        return uploads;
    }

    public Bucket getIncoming() {
        return incoming;
    }

    public Bucket getPublished() {
        return published;
    }

    public Bucket getInbox() {
        return inbox;
    }

    public Bucket getLedger() {
        return ledger;
    }
}

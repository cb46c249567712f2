package com.myorg;

import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.IQueue;

/** What the app hands the compute stack: the storage stack's resources, and a setting. */
public class ComputeStackProps {
    private final IBucket documents;
    private final IQueue jobs;
    private final Number memorySize;

    private ComputeStackProps(Builder builder) {
        this.documents = builder.documents;
        this.jobs = builder.jobs;
        this.memorySize = builder.memorySize;
    }

    public static Builder builder() {
        return new Builder();
    }

    public IBucket getDocuments() { return documents; }
    public IQueue getJobs() { return jobs; }
    public Number getMemorySize() { return memorySize; }

    public static final class Builder {
        private IBucket documents;
        private IQueue jobs;
        private Number memorySize;
        public Builder documents(IBucket documents) { this.documents = documents; return this; }
        public Builder jobs(IQueue jobs) { this.jobs = jobs; return this; }
        public Builder memorySize(Number memorySize) { this.memorySize = memorySize; return this; }
        public ComputeStackProps build() { return new ComputeStackProps(this); }
    }
}

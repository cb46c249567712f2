package com.acme.cdk;

import software.amazon.awscdk.services.s3.IBucket;

/** What the app hands the uploads stack: another stack's buckets. */
public record UploadsStackProps(IBucket incoming, IBucket published, IBucket inbox) {
}

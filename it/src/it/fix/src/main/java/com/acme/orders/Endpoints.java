package com.acme.orders;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** Where the clients connect: the endpoint in the system property orders.endpoint (the test's local server). */
final class Endpoints {
    static final Region REGION = Region.US_EAST_1;
    static final AwsCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("it-key", "it-secret"));

    private Endpoints() {
    }

    static URI local() {
        return URI.create(System.getProperty("orders.endpoint", "http://localhost:4566"));
    }
}

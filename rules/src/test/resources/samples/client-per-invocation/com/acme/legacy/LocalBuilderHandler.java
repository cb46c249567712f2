package com.acme.legacy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.util.List;
import org.apache.http.Header;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Builders kept in a local variable, configured, then built: the client is built where build() is called. */
public class LocalBuilderHandler implements RequestHandler<String, String> {
    private final S3Client constructed;
    private S3Client lazy;

    public LocalBuilderHandler() {
        S3ClientBuilder builder = S3Client.builder();
        builder.forcePathStyle(true);
        constructed = builder.build();
    }

    @Override
    public String handleRequest(String token, Context context) {
        S3ClientBuilder builder = S3Client.builder();
        if (System.getenv("S3_ENDPOINT") != null) {
            builder.endpointOverride(URI.create(System.getenv("S3_ENDPOINT")));
        }
        S3Client s3 = builder.build(); // Noncompliant {{S3Client (AWS SDK v2 service client) is built on every invocation of LocalBuilderHandler.handleRequest}}
        S3ClientBuilder neverBuilt = S3Client.builder().forcePathStyle(true);
        return s3.toString() + neverBuilt + constructed + lazyClient() + jwtClient(token) + fromCaller(S3Client.builder());
    }

    private S3Client lazyClient() {
        if (lazy == null) {
            S3ClientBuilder builder = S3Client.builder();
            lazy = builder.build();
        }
        return lazy;
    }

    private CloseableHttpClient jwtClient(String token) {
        final HttpClientBuilder httpClientBuilder = HttpClientBuilder.create();
        List<Header> headers = List.of();
        httpClientBuilder.setDefaultHeaders(headers);
        return httpClientBuilder.build(); // Noncompliant {{CloseableHttpClient}}
    }

    /** A builder handed in by the caller is not in sight: its build is not taken for a construction here. */
    private String fromCaller(S3ClientBuilder given) {
        return given.toString();
    }
}

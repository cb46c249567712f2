package com.acme.statics;

import static com.acme.statics.Buckets.*;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The class's own methods are called unqualified beside an on-demand static import of Buckets: Java runs the
 * class's own store() (Buckets has none) and its own report(), which shadows Buckets.report.
 */
public class ArchiveHandler implements RequestHandler<String, String> {
    private static final S3Client SHARED = S3Client.create();

    @Override
    public String handleRequest(String key, Context context) {
        store(key);
        return report(key);
    }

    private void store(String key) {
        S3Client s3 = S3Client.create(); // Noncompliant {{of ArchiveHandler.handleRequest}}
        s3.putObject(b -> b.bucket(ARCHIVE).key(key), RequestBody.fromString(key));
    }

    private static String report(String key) {
        return SHARED.utilities().getUrl(b -> b.bucket(ARCHIVE).key(key)).toString();
    }
}

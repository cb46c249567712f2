package com.acme.plain;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/** No interface, no template: the runtime calls a public method taking the Context last on a public class. */
public class MapHandler {
    public String handleRequest(Map<String, Object> input, Context context) {
        S3Client s3 = S3Client.create(); // Noncompliant {{S3Client (AWS SDK v2 service client) is built on every invocation of MapHandler.handleRequest}}
        return s3.toString() + input;
    }

    private String notAnEntry(Context context) {
        return S3Client.create().toString(); // private and never called: no handler, nothing runs it
    }

    protected String alsoNotAnEntry(String input, Context context) {
        return S3Client.create().toString();
    }
}

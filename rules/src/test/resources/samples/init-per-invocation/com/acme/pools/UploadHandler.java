package com.acme.pools;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;

/** A new uploader, and so a new pool, on every invocation; the one kept in a field is made once. */
public class UploadHandler implements RequestHandler<List<String>, Integer> {
    private final BatchUploader kept = new BatchUploader();

    @Override
    public Integer handleRequest(List<String> keys, Context context) {
        return new BatchUploader().upload(keys) + kept.upload(keys);
    }
}

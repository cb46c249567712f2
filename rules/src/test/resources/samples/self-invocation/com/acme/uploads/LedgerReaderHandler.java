package com.acme.uploads;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.services.s3.S3Client;

/** Triggered by the ledger bucket the storage stack hands over; only reads it: no loop. */
public class LedgerReaderHandler implements RequestHandler<S3Event, Integer> {
    private static final S3Client S3 = S3Client.create();

    @Override
    public Integer handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        return S3.getObjectAsBytes(r -> r.bucket(System.getenv("LEDGER_BUCKET")).key(key)).asByteArray().length;
    }
}

package com.acme.clicks;

import com.amazonaws.services.kinesis.AmazonKinesis;
import com.amazonaws.services.kinesis.AmazonKinesisClientBuilder;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import java.nio.ByteBuffer;

/** Reads ClickStream through an event source mapping; SDK v1 takes the stream name as a plain argument. */
public class ClickHandler implements RequestHandler<KinesisEvent, Void> {
    private static final AmazonKinesis KINESIS = AmazonKinesisClientBuilder.defaultClient();

    @Override
    public Void handleRequest(KinesisEvent event, Context context) {
        ByteBuffer data = event.getRecords().get(0).getKinesis().getData();
        KINESIS.putRecord(System.getenv("STREAM"), data, "enriched"); // Noncompliant {{ClickFunction -> kinesis:PutRecord ClickStream -> ClickFunction}} {{(template.yaml:197)}}
        return null;
    }
}

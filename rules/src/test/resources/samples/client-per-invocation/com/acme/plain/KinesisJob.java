package com.acme.plain;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * A handler taking only the event, no Context and no interface (the runtime calls such a method; a Terraform file
 * names it): process is an entry. forward takes a record nested in the event, which Lambda never sends alone, and
 * relay a queue event but is only a helper process calls: neither is an entry of its own.
 */
public class KinesisJob {
    public void process(KinesisEvent event) {
        DynamoDbClient dynamo = DynamoDbClient.create(); // Noncompliant {{of KinesisJob.process}}
        event.getRecords().forEach(r -> dynamo.toString());
        relay(new SQSEvent());
    }

    public void forward(KinesisEvent.KinesisEventRecord record) {
        SnsClient.create().toString();
    }

    public void relay(SQSEvent queued) {
        SnsClient.create().toString(); // Noncompliant {{of KinesisJob.process}}
    }
}

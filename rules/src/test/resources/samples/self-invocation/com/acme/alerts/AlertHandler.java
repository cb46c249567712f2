package com.acme.alerts;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/** Subscribed to AlertTopic by a subscription resource of its own. */
public class AlertHandler implements RequestHandler<SNSEvent, Void> {
    private static final SnsClient SNS = SnsClient.create();
    private static final String TOPIC = System.getenv("TOPIC_ARN");

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        String text = event.getRecords().get(0).getSNS().getMessage();
        SNS.publish(PublishRequest.builder().topicArn(TOPIC).message("escalated: " + text).build()); // Noncompliant {{AlertFunction -> sns:Publish AlertTopic -> AlertFunction}}
        return null;
    }
}

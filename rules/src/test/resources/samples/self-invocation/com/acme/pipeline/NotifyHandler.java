package com.acme.pipeline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import software.amazon.awssdk.services.sns.SnsClient;

/** Subscribed to EventsTopic by the CDK app. */
public class NotifyHandler implements RequestHandler<SNSEvent, Void> {
    private static final SnsClient SNS = SnsClient.create();

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        SNS.publish(r -> r.topicArn(System.getenv("TOPIC")).message("again")); // Noncompliant {{NotifyFunction -> sns:Publish EventsTopic -> NotifyFunction}}
        SNS.publish(r -> r.topicArn(System.getenv("OTHER_TOPIC")).message("elsewhere")); // a variable the app does not set
        return null;
    }
}

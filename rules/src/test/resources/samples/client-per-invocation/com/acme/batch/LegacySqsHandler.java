package com.acme.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import software.amazon.lambda.powertools.sqs.SqsUtils;

/** Powertools v1: SqsUtils.batchProcessor creates the message handler class and calls its process per message. */
public class LegacySqsHandler implements RequestHandler<SQSEvent, List<Object>> {

    @Override
    public List<Object> handleRequest(SQSEvent event, Context context) {
        return SqsUtils.batchProcessor(event, false, OrderMessageHandler.class);
    }
}

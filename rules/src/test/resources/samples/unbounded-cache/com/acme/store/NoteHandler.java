package com.acme.store;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Early returns route the request: the DELETE branch never runs when a note is added. */
public class NoteHandler implements RequestHandler<StoreRequest, String> {
    private static final AtomicLong NEXT_ID = new AtomicLong();
    private static final Map<Long, String> NOTES = new HashMap<>(); // Noncompliant {{in NoteHandler.handleRequest removes only the one key the request names}}
    private final Map<String, String> drafts = new HashMap<>(); // Noncompliant {{in NoteHandler.handleRequest removes only the one key the request names}}

    @Override
    public String handleRequest(StoreRequest request, Context context) {
        if ("DELETE".equals(request.method())) {
            NOTES.remove(Long.parseLong(request.pathParameters().get("id")));
            return "deleted";
        }
        if ("DISCARD".equals(request.method())) {
            drafts.remove(request.pathParameters().get("draft"));
            return "discarded";
        } else {
            drafts.put(context.getAwsRequestId(), request.body());
        }
        long id = NEXT_ID.incrementAndGet();
        NOTES.put(id, request.body());
        return Long.toString(id);
    }
}

package com.acme.contexts;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** The quiet cases: per-call contexts made fresh and only handed down the call chain. */
public class ContextHandler implements RequestHandler<Map<String, String>, String> {
    private static final Mapper MAPPER = new Mapper();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        Object value = MAPPER.read(event.get("body"));
        Session session = Session.open(event.get("id"));
        walk(session, event.get("path"));
        return String.valueOf(value) + Session.NONE.id();
    }

    private void walk(Session session, String path) {
        for (String part : path.split("/")) {
            session.step(part);
        }
    }
}

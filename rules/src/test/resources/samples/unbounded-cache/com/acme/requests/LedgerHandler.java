package com.acme.requests;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Posts to a fresh ledger (quiet on its own) and to the one the handler keeps (found). */
public class LedgerHandler implements RequestHandler<Map<String, String>, String> {
    private final Ledger kept = new Ledger();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        Ledger scratch = new Ledger();
        scratch.post(event.get("account"), 1);
        kept.post(event.get("account"), 2);
        return "ok";
    }
}

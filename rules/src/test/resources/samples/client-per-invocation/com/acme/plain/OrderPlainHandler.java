package com.acme.plain;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;

/** The real entry; AuditHelper.audit also takes the Context, but only as a helper this handler calls. */
public class OrderPlainHandler {
    private final AuditHelper audit = new AuditHelper();

    public String handle(Map<String, String> order, Context context) {
        return audit.audit(order.get("id"), context);
    }
}

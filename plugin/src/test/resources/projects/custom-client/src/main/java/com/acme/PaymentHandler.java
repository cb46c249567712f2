package com.acme;

import com.acme.billing.LedgerClient;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class PaymentHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> payment, Context context) {
        LedgerClient ledger = new LedgerClient("https://ledger.internal");
        return ledger.post(payment.get("amount"));
    }
}

package com.acme.clients;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class ClientTypesHandler implements RequestHandler<String, String> {
    private static final LedgerClient SHARED = new LedgerClient();

    @Override
    public String handleRequest(String input, Context context) {
        LedgerClient ledger = new LedgerClient(); // Noncompliant {{LedgerClient (AWS SDK v2 client) is built on every invocation of ClientTypesHandler.handleRequest}}
        LegacyQueueClient queue = new LegacyQueueClient(); // Noncompliant {{LegacyQueueClient (AWS SDK v1 client)}}
        AuditingS3Client s3 = new AuditingS3Client(); // Noncompliant {{AuditingS3Client (AWS SDK v2 service client)}}
        PricingClient pricing = new PricingClient();
        LedgerClient fromFactory = LedgerClient.standard();
        return SHARED.serviceName() + ledger + queue + s3 + pricing.price(input) + fromFactory;
    }
}

package com.acme.shop;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

public class CatalogHandler implements RequestHandler<Map<String, String>, String> {
    @Override
    public String handleRequest(Map<String, String> query, Context context) {
        ObjectMapper mapper = new ObjectMapper();
        new LedgerClient("https://ledger.internal").record("catalog " + query.get("q"));
        return "items for " + mapper.valueToTree(query);
    }
}

package com.acme.orders;

import com.acme.shared.HttpClient;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The project's own HttpClient shares a name with java.net.http.HttpClient but is no client of the catalog. */
public class ProjectTypesHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        return HttpClient.newHttpClient().toString();
    }
}

package com.acme.nva;

import com.amazonaws.services.lambda.runtime.Context;
import java.net.http.HttpClient;
import nva.commons.apigateway.ApiGatewayHandler;
import nva.commons.apigateway.RequestInfo;
import nva.commons.apigateway.exceptions.ApiGatewayException;
import nva.commons.core.Environment;

/**
 * nva-commons' base class implements handleRequest and calls processInput and getSuccessStatusCode on every
 * request: the handler's own per-request code is those methods, though it declares no handleRequest.
 */
public class AuthorityHandler extends ApiGatewayHandler<String, String> {
    private final HttpClient shared;

    public AuthorityHandler() {
        super(String.class, new Environment());
        this.shared = HttpClient.newHttpClient();
    }

    @Override
    protected String processInput(String input, RequestInfo requestInfo, Context context) throws ApiGatewayException {
        HttpClient perRequest = HttpClient.newHttpClient(); // Noncompliant {{of AuthorityHandler.processInput}}
        return perRequest.version() + " " + shared.version();
    }

    @Override
    protected Integer getSuccessStatusCode(String input, String output) {
        return 200;
    }

    /** Not one of the library's hooks: called by nothing. */
    protected HttpClient spare() {
        return HttpClient.newHttpClient();
    }
}

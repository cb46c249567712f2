package com.acme.auth;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

/** A handler whose every request goes through a helper's token check. */
public class TokenAuthorizerHandler implements RequestHandler<APIGatewayProxyRequestEvent, String> {

    @Override
    public String handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return TokenCheck.subject(event.getHeaders().get("Authorization"));
    }
}

package com.acme.jaxrs;

import com.amazonaws.serverless.proxy.jersey.JerseyLambdaContainerHandler;
import com.amazonaws.serverless.proxy.model.AwsProxyRequest;
import com.amazonaws.serverless.proxy.model.AwsProxyResponse;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey behind aws-serverless-java-container: each request reaches a JAX-RS resource method. */
public class JerseyHandler implements RequestHandler<AwsProxyRequest, AwsProxyResponse> {
    private static final JerseyLambdaContainerHandler<AwsProxyRequest, AwsProxyResponse> HANDLER =
            JerseyLambdaContainerHandler.getAwsProxyHandler(new ResourceConfig().packages("com.acme.jaxrs"));

    @Override
    public AwsProxyResponse handleRequest(AwsProxyRequest request, Context context) {
        return HANDLER.proxy(request, context);
    }
}

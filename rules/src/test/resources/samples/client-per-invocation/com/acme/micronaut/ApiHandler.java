package com.acme.micronaut;

import io.micronaut.function.aws.proxy.payload1.ApiGatewayProxyRequestEventFunction;

/** Micronaut's API Gateway function routes each request to the controllers. */
public class ApiHandler extends ApiGatewayProxyRequestEventFunction {
}

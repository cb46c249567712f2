package com.acme.functions;

import org.springframework.cloud.function.adapter.aws.SpringBootRequestHandler;

/** Spring Cloud Function's AWS adapter runs the function beans below. */
public class UppercaseHandler extends SpringBootRequestHandler<String, String> {
}

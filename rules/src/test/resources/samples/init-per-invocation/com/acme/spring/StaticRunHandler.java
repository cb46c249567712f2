package com.acme.spring;

import static org.springframework.boot.SpringApplication.run;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the context with a statically imported run, on every request. */
public class StaticRunHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String event, Context context) {
        ConfigurableApplicationContext spring = run(ReportApplication.class); // Noncompliant {{ConfigurableApplicationContext (Spring) is built on every invocation of StaticRunHandler.handleRequest}}
        return spring.getBean(String.class) + event;
    }
}

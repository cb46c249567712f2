package com.acme.spring;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The context started on the first request only, under a null check on the field that keeps it. */
public class LazyContextHandler implements RequestHandler<Map<String, String>, String> {
    private static ConfigurableApplicationContext context;

    @Override
    public String handleRequest(Map<String, String> event, Context lambdaContext) {
        if (context == null) {
            context = new SpringApplicationBuilder(ReportApplication.class).run();
        }
        return context.getBean(String.class);
    }
}

package com.acme.spring;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The context started once per execution environment, when the class loads: every request reuses it. */
public class StaticContextHandler implements RequestHandler<Map<String, String>, String> {
    private static final ConfigurableApplicationContext CONTEXT = SpringApplication.run(ReportApplication.class);

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        return CONTEXT.getBean(String.class);
    }
}

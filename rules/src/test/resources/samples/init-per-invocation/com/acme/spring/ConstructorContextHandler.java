package com.acme.spring;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The context built in the handler's constructor, once per execution environment. */
public class ConstructorContextHandler implements RequestHandler<Map<String, String>, String> {
    private final AnnotationConfigApplicationContext spring;

    public ConstructorContextHandler() {
        spring = new AnnotationConfigApplicationContext(ReportConfig.class);
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        return spring.getBean(String.class);
    }
}

package com.acme.springcontext.once;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The context started in the handler's constructor, once per execution environment. */
public class ConstructorContextHandler implements RequestHandler<String, String> {
    private final AnnotationConfigApplicationContext spring;

    public ConstructorContextHandler() {
        spring = new AnnotationConfigApplicationContext("com.acme.springcontext.once");
    }

    @Override
    public String handleRequest(String item, Context context) {
        return spring.getBean(ArchiveStore.class).store(item);
    }
}

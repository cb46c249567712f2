package com.acme.springcontext.once;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The context started on the first invocation only, under a null check on the field that keeps it. */
public class LazyContextHandler implements RequestHandler<String, String> {
    private static ConfigurableApplicationContext context;

    @Override
    public String handleRequest(String item, Context lambdaContext) {
        if (context == null) {
            context = new SpringApplicationBuilder(ArchiveApplication.class).run();
        }
        return context.getBean(ArchiveStore.class).store(item);
    }
}

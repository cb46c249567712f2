package com.acme.springcontext.once;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The context kept in a static field: started when the class loads. */
public class StaticContextHandler implements RequestHandler<String, String> {
    private static final ConfigurableApplicationContext CONTEXT =
            new SpringApplication(ArchiveApplication.class).run();

    @Override
    public String handleRequest(String item, Context context) {
        return CONTEXT.getBean(ArchiveStore.class).store(item);
    }
}

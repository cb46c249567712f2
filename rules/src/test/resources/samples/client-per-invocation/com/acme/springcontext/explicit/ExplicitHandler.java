package com.acme.springcontext.explicit;

import static org.springframework.boot.SpringApplication.run;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application on every invocation through a statically imported run, its sources in an array. */
public class ExplicitHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context lambdaContext) {
        Class<?>[] sources = {ExplicitApplication.class};
        ConfigurableApplicationContext context = run(sources, new String[0]);
        return context.getBean(String.class);
    }
}

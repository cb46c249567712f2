package com.acme.springconfig.once;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application once, when the class loads. */
public class OnceSettingsHandler implements RequestHandler<String, String> {
    private static final ConfigurableApplicationContext SPRING = SpringApplication.run(OnceSettingsApplication.class);

    @Override
    public String handleRequest(String input, Context context) {
        return SPRING.getBean(String.class) + input;
    }
}

package com.acme.springconfig.percall;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.springframework.boot.SpringApplication;

/** Starts the application on every request. */
public class SettingsHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context context) {
        return SpringApplication.run(SettingsApplication.class).getBean(String.class) + input;
    }
}

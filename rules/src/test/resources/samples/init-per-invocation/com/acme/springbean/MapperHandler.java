package com.acme.springbean;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.springframework.boot.SpringApplication;

/** Starts the application, and so builds its mapper bean, on every request. */
public class MapperHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String event, Context context) {
        return SpringApplication.run(MapperApplication.class).getBean(String.class) + event; // Noncompliant {{ConfigurableApplicationContext (Spring) is built on every invocation of MapperHandler.handleRequest}}
    }
}

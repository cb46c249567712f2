package com.acme.springdb;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.sql.Connection;
import org.springframework.boot.SpringApplication;

/** Starts the application on every request. */
public class LedgerHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context context) {
        return SpringApplication.run(LedgerApplication.class).getBean(Connection.class) + input;
    }
}

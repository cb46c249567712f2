package com.acme.springcontext.perrun;

import com.acme.springcontext.perrun.service.ReportService;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** A plain handler that starts the whole Spring Boot application on every invocation. */
public class AnalyserHandler implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> input, Context lambdaContext) {
        ConfigurableApplicationContext context = SpringApplication.run(AnalyserApplication.class);
        return context.getBean(ReportService.class).report();
    }
}

package com.acme.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Its bean methods run at every start of the context, and the handlers here start it on every request. */
@Configuration
public class ReportConfig {

    @Bean
    public ObjectMapper mapper() {
        return new ObjectMapper(); // Noncompliant {{It runs because the Spring application context that builds it is started on every invocation, by ContextPerCallHandler.handleRequest (line 18): start the context once}}
    }
}

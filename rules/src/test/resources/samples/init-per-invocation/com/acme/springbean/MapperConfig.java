package com.acme.springbean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Its bean methods run at every start of the context, which the handler starts on every request. */
@Configuration
public class MapperConfig {

    @Bean
    public ObjectMapper mapper() {
        return new ObjectMapper(); // Noncompliant {{of MapperHandler.handleRequest: a mapper caches the serializers and deserializers it builds by introspecting your classes, so a new one repeats that reflection on every call. It runs as part of the start-up of the Spring application context, which is started on every invocation (the call chain shows where): start the context once}}
    }
}

package com.acme.springconfig.percall;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.ssm.SsmClient;

/** A bean method fetches a parameter: once per start of the context, which here is once per request. */
@Configuration
public class SettingsConfig {
    private static final SsmClient SSM = SsmClient.create();

    @Bean
    public String apiKey() {
        return SSM.getParameter(r -> r.name("/settings/api-key")).parameter().value(); // Noncompliant {{It runs as part of the start-up of the Spring application context, which is started on every invocation (the call chain shows where): start the context once}}
    }
}

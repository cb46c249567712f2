package com.acme.springcontext.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sns.SnsClient;

/** Outside every scanned package, registered by the application's @Import. */
@Configuration
public class MailConfig {

    @Bean
    public SnsClient topics() {
        return SnsClient.create(); // Noncompliant {{of ExplicitHandler.handleRequest, paying client start-up and new connections on every call. It runs as part of the start-up of the Spring application context, which is started on every invocation (the call chain shows where): start the context once}}
    }
}

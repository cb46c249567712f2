package com.acme.springcontext.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sns.SnsClient;

/** Outside every scanned package, registered by the application's @Import. */
@Configuration
public class MailConfig {

    @Bean
    public SnsClient topics() {
        return SnsClient.create(); // Noncompliant {{Spring application context that builds it is started on every invocation, by ExplicitHandler.handleRequest}}
    }
}

package com.acme.springcontext.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.ses.SesClient;

/** Next to the imported configuration but neither imported nor scanned: never built. */
@Configuration
public class MailNeighbourConfig {

    @Bean
    public SesClient mail() {
        return SesClient.create();
    }
}

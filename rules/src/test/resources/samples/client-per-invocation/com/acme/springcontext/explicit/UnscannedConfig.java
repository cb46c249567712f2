package com.acme.springcontext.explicit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sqs.SqsClient;

/** In the application's own package, which its explicit scanBasePackages leaves out: never built. */
@Configuration
public class UnscannedConfig {

    @Bean
    public SqsClient queue() {
        return SqsClient.create();
    }
}

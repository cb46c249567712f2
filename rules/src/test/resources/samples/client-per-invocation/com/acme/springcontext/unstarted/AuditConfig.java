package com.acme.springcontext.unstarted;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sns.SnsClient;

/** A bean in a package no per-invocation start scans: the handler's application lives elsewhere. */
@Configuration
public class AuditConfig {

    @Bean
    public SnsClient sns() {
        return SnsClient.create();
    }
}

package com.acme.springcontext.explicit.wired;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ses.SesClient;

/** In the scanned package: its bean methods run at every start of the context. */
@Configuration
public class NotifierConfig {

    @Bean
    public Region region() {
        return Region.EU_WEST_1;
    }

    /** The parameter is another bean, not per-invocation data: the advice is still to start the context once. */
    @Bean
    public SesClient ses(Region region) {
        return SesClient.builder().region(region).build(); // Noncompliant {{of ExplicitHandler.handleRequest, paying client start-up and new connections on every call. It runs as part of the start-up of the Spring application context, which is started on every invocation (the call chain shows where): start the context once}}
    }
}

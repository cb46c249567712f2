package com.acme.springcontext.mainonly.beans;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** Scanned by an application only main starts. */
@Configuration
public class LocalBeans {

    @Bean
    public KinesisClient stream() {
        return KinesisClient.create();
    }
}

package com.acme.spring;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.s3.S3Client;

/** Bean methods run once, when Spring starts in the execution environment. */
@SpringBootApplication
public class OrdersApplication {
    @Bean
    public S3Client s3() {
        return S3Client.create();
    }
}

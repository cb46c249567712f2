package com.acme.functions;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** A function bean's method runs once; the function it returns runs on every invocation. */
@Configuration
public class FunctionConfig {

    @Bean
    public Function<String, String> uppercase() {
        S3Client once = S3Client.create();
        return value -> {
            DynamoDbClient perCall = DynamoDbClient.create(); // Noncompliant {{of FunctionConfig.uppercase}}
            return value.toUpperCase() + once + perCall + s3Bean();
        };
    }

    @Bean
    public Consumer<String> audit() {
        return this::record;
    }

    private void record(String event) {
        SqsClient.create().close(); // Noncompliant {{via FunctionConfig.record}}
    }

    @Bean
    public Supplier<String> health() {
        return new Supplier<>() {
            @Override
            public String get() {
                return SnsClient.create().toString(); // Noncompliant {{of FunctionConfig.health}}
            }
        };
    }

    @Bean
    public Function<String, String> reverse() {
        Function<String, String> reverser = text -> KinesisClient.create() + text; // Noncompliant {{of FunctionConfig.reverse}}
        return reverser;
    }

    @Bean
    public Function<String, Integer> length() {
        return new LengthFunction();
    }

    @Bean
    public S3Client s3Bean() {
        return S3Client.create();
    }
}

package com.acme.spring;

import javax.annotation.PostConstruct;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Request-mapped methods run per request, so per invocation; the controller itself is built once. */
@RestController
public class OrderController {
    private final OrderService service;
    private final AwsConfig config;
    private final SqsClient fromConstructor;
    private SnsClient fromPostConstruct;

    public OrderController(OrderService service, AwsConfig config) {
        this.service = service;
        this.config = config;
        this.fromConstructor = SqsClient.create();
    }

    @PostConstruct
    void init() {
        fromPostConstruct = SnsClient.create();
    }

    @GetMapping("/orders/{id}")
    public String get(@PathVariable String id) {
        return S3Client.create().toString() + id; // Noncompliant {{of OrderController.get}}
    }

    @PostMapping("/orders")
    public String create(@RequestBody String order) {
        return service.save(order) + archive(order);
    }

    @GetMapping("/orders")
    public String list() {
        // a @Bean method of a @Configuration class hands back the bean Spring built once
        return config.dynamo().toString() + fromConstructor + fromPostConstruct;
    }

    private String archive(String order) {
        return DynamoDbClient.create().toString() + order; // Noncompliant {{via OrderController.create -> OrderController.archive}}
    }

    public String notMapped() {
        return S3Client.create().toString();
    }
}

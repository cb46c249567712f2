package com.acme.spring;

import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** A singleton service: its constructor runs once, its methods run as often as the controllers call them. */
@Service
public class OrderService {
    private final KinesisClient stream;

    public OrderService() {
        this.stream = KinesisClient.create();
    }

    public String save(String order) {
        return SqsClient.create().toString() + stream + order; // Noncompliant {{of OrderController.create}}
    }
}

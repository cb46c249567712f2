package com.acme.streaming;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Kafka clients and gRPC channels: built per call (findings) and built once (quiet). */
public class KafkaGrpcHandler implements RequestHandler<String, String> {
    private static final Properties PROPS = new Properties();
    private static final KafkaProducer<String, String> PRODUCER = new KafkaProducer<>(PROPS);
    private static final ManagedChannel CHANNEL = ManagedChannelBuilder.forAddress("pricing", 443).build();
    private final KafkaConsumer<String, String> consumer;
    private final ManagedChannel netty;

    public KafkaGrpcHandler() {
        consumer = new KafkaConsumer<>(PROPS);
        netty = NettyChannelBuilder.forTarget("dns:///stock:443").build();
    }

    @Override
    public String handleRequest(String order, Context context) {
        KafkaProducer<String, String> producer = new KafkaProducer<>(PROPS); // Noncompliant {{KafkaProducer (Kafka client)}} {{sharing a single producer instance}}
        producer.send(new ProducerRecord<>("orders", order));
        KafkaConsumer<String, String> poller = new KafkaConsumer<>(PROPS); // Noncompliant {{KafkaConsumer (Kafka client)}}
        Admin admin = Admin.create(PROPS); // Noncompliant {{Admin (Kafka client)}}
        ManagedChannel channel = ManagedChannelBuilder.forAddress("pricing", 443) // Noncompliant {{ManagedChannel (gRPC channel)}} {{re-use stubs and channels}}
                .usePlaintext()
                .build();
        ManagedChannel secure = Grpc.newChannelBuilder("stock:443", InsecureChannelCredentials.create()).build(); // Noncompliant {{ManagedChannel (gRPC channel)}}
        ManagedChannelBuilder<?> neverBuilt = ManagedChannelBuilder.forTarget("later:443");
        PRODUCER.send(new ProducerRecord<>("orders", order));
        return channel.toString() + secure + poller + admin + neverBuilt + consumer + netty + CHANNEL;
    }
}

package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Collections that outlive the invocation and grow on every call: one finding each, at the field. */
public class GrowingHandler implements RequestHandler<Order, String> {
    private static final Map<String, S3Client> BY_REGION = new ConcurrentHashMap<>(); // Noncompliant {{computeIfAbsent at com/acme/orders/GrowingHandler.java:}} {{comes from the request}}
    private static final Map<String, Order> ORDERS = new HashMap<>(); // Noncompliant {{via GrowingHandler.handleRequest -> GrowingHandler.remember}} {{runs out of memory}}
    private static final List<String> AUDIT = new ArrayList<>(); // Noncompliant {{Every invocation adds}}
    private static final Queue<Order> RETRIES = new ConcurrentLinkedQueue<>(); // Noncompliant {{offer at}}
    private static final Deque<String> RECENT = new ArrayDeque<>(); // Noncompliant {{push at}}
    private static final Map<String, Integer> TOTALS = new HashMap<>(); // Noncompliant {{merge at}}
    private static final Map<String, String> TAGS = new TreeMap<>(); // Noncompliant {{compute at}} {{putAll at}} {{and 1 more}}
    private static final List<String> SKUS = new LinkedList<>(); // Noncompliant {{addAll at}}
    private final Set<String> seen = new HashSet<>(); // Noncompliant {{field of the handler GrowingHandler}}
    private final Map<String, List<String>> skusByCustomer; // Noncompliant {{computeIfAbsent at}}

    public GrowingHandler() {
        skusByCustomer = new HashMap<>();
    }

    @Override
    public String handleRequest(Order order, Context context) {
        S3Client s3 = BY_REGION.computeIfAbsent(order.region(), r -> S3Client.builder().region(Region.of(r)).build());
        remember(order);
        AUDIT.add("order " + order.id());
        RETRIES.offer(order);
        RECENT.push(order.id());
        TOTALS.merge(order.customer(), 1, Integer::sum);
        seen.add(order.id());
        tag(order, Map.of("customer", order.customer()));
        SKUS.addAll(order.skus());
        order.skus().forEach(sku -> skusByCustomer.computeIfAbsent(order.customer(), c -> new ArrayList<>()).add(sku));
        return s3.toString();
    }

    private static void tag(Order order, Map<String, String> extra) {
        TAGS.compute(order.id(), (id, old) -> old == null ? order.region() : old + "," + order.region());
        TAGS.putAll(extra);
        TAGS.putIfAbsent(order.customer(), order.id());
        TAGS.put(order.region(), order.id());
    }

    private void remember(Order order) {
        ORDERS.put(order.id(), order);
    }
}

package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.google.common.collect.EvictingQueue;
import java.util.Collections;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.commons.collections4.map.LRUMap;
import org.apache.commons.collections4.queue.CircularFifoQueue;

/** Collections bounded by their library type (catalog data): quiet; the unbounded look-alikes are findings. */
public class LibraryBoundsHandler implements RequestHandler<Order, String> {
    private static final int CAPACITY = 500;
    private static final Queue<String> RECENT = EvictingQueue.create(100);
    private static final Queue<Order> LAST_ORDERS = new CircularFifoQueue<>(50);
    private static final Map<String, Order> LRU = Collections.synchronizedMap(new LRUMap<>(1_000));
    private static final BlockingQueue<Order> ARRAY = new ArrayBlockingQueue<>(100);
    private static final BlockingQueue<Order> WITH_CAPACITY = new LinkedBlockingQueue<>(CAPACITY);
    private static final BlockingQueue<Order> NO_CAPACITY = new LinkedBlockingQueue<>(); // Noncompliant {{offer at}}

    @Override
    public String handleRequest(Order order, Context context) {
        RECENT.add(order.id());
        LAST_ORDERS.offer(order);
        LRU.put(order.id(), order);
        ARRAY.offer(order);
        WITH_CAPACITY.offer(order);
        NO_CAPACITY.offer(order);
        return order.id();
    }
}

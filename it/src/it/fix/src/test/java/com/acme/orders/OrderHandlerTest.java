package com.acme.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two invocations in one execution environment, against a local HTTP server standing in for S3 and DynamoDB: a
 * client shared across invocations and closed by the first would fail the second.
 */
class OrderHandlerTest {
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    @BeforeAll
    static void startLocalAws() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            REQUESTS.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + (target == null ? "" : " " + target));
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
            } else {
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        System.setProperty("orders.endpoint", "http://localhost:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stopLocalAws() {
        server.stop(0);
    }

    @Test
    void storesTwoOrdersInOneExecutionEnvironment() {
        OrderHandler handler = new OrderHandler();

        assertEquals("stored order-1", handler.handleRequest(Map.of("id", "order-1"), null));
        assertEquals("stored order-2", handler.handleRequest(Map.of("id", "order-2"), null));
        assertEquals("invalid id", handler.handleRequest(Map.of("id", "Order 3"), null));

        List<String> once = List.of("HEAD /orders-archive", "POST / DynamoDB_20120810.PutItem",
                "POST / DynamoDB_20120810.PutItem");
        assertEquals(concat(once, once), REQUESTS);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}

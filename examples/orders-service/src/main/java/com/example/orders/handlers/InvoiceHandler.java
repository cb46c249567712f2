package com.example.orders.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.orders.aws.Clients;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Writes an invoice to S3. Correct: the client is built once, in the constructor, and reused. */
public class InvoiceHandler implements RequestHandler<Map<String, String>, String> {

    private final S3Client s3;
    private final String bucket;

    public InvoiceHandler() {
        this.s3 = S3Client.builder().region(Clients.region()).build();
        this.bucket = System.getenv().getOrDefault("INVOICE_BUCKET", "orders-invoices");
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String key = "invoices/" + event.get("orderId") + ".txt";
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(render(event)));
        return key;
    }

    private static String render(Map<String, String> event) {
        return "Invoice for order " + event.get("orderId") + ": " + event.get("total") + "\n";
    }
}

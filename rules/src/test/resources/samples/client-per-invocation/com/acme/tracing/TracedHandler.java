package com.acme.tracing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.strategy.sampling.NoSamplingStrategy;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * X-Ray recorders, and builders kept in fields: a recorder (or client) built per invocation from a field's builder
 * is reported where build() runs; one built once, in a static initializer or a field initializer, is quiet.
 */
public class TracedHandler implements RequestHandler<String, String> {
    private static final HttpClient.Builder HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
    private static final AWSXRayRecorder KEPT;
    private final AWSXRayRecorderBuilder builder = AWSXRayRecorderBuilder.standard();
    private final HttpClient.Builder once = HttpClient.newBuilder();
    private final HttpClient shared = once.build();
    private HttpClient.Builder replaced = HttpClient.newBuilder();

    static {
        KEPT = AWSXRayRecorderBuilder.standard().withSamplingStrategy(new NoSamplingStrategy()).build();
        AWSXRay.setGlobalRecorder(KEPT);
    }

    @Override
    public String handleRequest(String input, Context context) {
        builder.withSamplingStrategy(new NoSamplingStrategy());
        AWSXRay.setGlobalRecorder(builder.build()); // Noncompliant {{AWSXRayRecorder (AWS X-Ray recorder) is built on every invocation}}
        AWSXRayRecorder fallback = AWSXRayRecorderBuilder.defaultRecorder(); // Noncompliant {{AWS X-Ray recorder}}
        HttpClient client = HTTP.build(); // Noncompliant {{HttpClient}}
        return client.toString() + fallback + shared + replaced.build();
    }

    /** The field replaced is given builders from outside: which one is built per invocation is not in sight. */
    public void use(HttpClient.Builder given) {
        replaced = given;
    }
}

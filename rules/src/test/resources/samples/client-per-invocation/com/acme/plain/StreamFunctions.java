package com.acme.plain;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The runtime calls a static handler method without building an instance, so it needs no constructor; an
 * instance method of a class without a public no-argument constructor can never be called.
 */
public class StreamFunctions {
    private final String queue;

    public StreamFunctions(String queue) {
        this.queue = queue;
    }

    public static void copy(InputStream in, OutputStream out, Context context) {
        SqsClient.create().close(); // Noncompliant {{of StreamFunctions.copy}}
    }

    public String forward(String message, Context context) {
        return SqsClient.create().toString() + queue + message;
    }

    public String tooMany(String a, String b, Context context) {
        return SqsClient.create().toString() + a + b;
    }

    public static class Nested {
        public String handle(String input, Context context) {
            return SqsClient.create().toString() + input; // Noncompliant {{of StreamFunctions.Nested.handle}}
        }
    }

    public class Inner {
        public String handle(String input, Context context) {
            return SqsClient.create().toString() + input; // an inner class cannot be built by the runtime
        }
    }
}

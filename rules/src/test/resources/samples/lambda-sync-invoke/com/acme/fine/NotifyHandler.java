package com.acme.fine;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.Method;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

/** Invokes that do not wait, or that are not this rule's to judge. All quiet. */
public class NotifyHandler implements RequestHandler<Map<String, String>, String> {
    private static final LambdaClient LAMBDA = LambdaClient.create();
    private static final LambdaAsyncClient ASYNC = LambdaAsyncClient.create();
    private static final String WARMUP;
    private static String config;

    static {
        WARMUP = LAMBDA.invoke(r -> r.functionName("warmup")).payload().asUtf8String();
    }

    public NotifyHandler() {
        LAMBDA.invoke(r -> r.functionName("register"));
    }

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        LAMBDA.invoke(r -> r.functionName("email").invocationType(InvocationType.EVENT));
        LAMBDA.invoke(r -> r.functionName("sms").invocationType("Event"));
        LAMBDA.invoke(r -> r.functionName("push").invocationType(InvocationType.DRY_RUN));
        LAMBDA.invoke(r -> r.functionName("webhook").invocationType(InvocationType.fromValue("Event")));
        LAMBDA.invoke(r -> r.functionName("chosen").invocationType(input.get("mode")));
        ASYNC.invoke(r -> r.functionName("analytics").payload(SdkBytes.fromUtf8String("{}")));
        LAMBDA.invoke(r -> r.functionName(context.getFunctionName())); // self-invocation's to report
        send(InvokeRequest.builder().functionName("slack").invocationType(InvocationType.EVENT).build());
        if (config == null) {
            config = LAMBDA.invoke(r -> r.functionName("config")).payload().asUtf8String();
        }
        return WARMUP + config + reflect(input);
    }

    /** The request comes from the caller: what it sets is not in sight here. */
    private void send(InvokeRequest request) {
        LAMBDA.invoke(request);
    }

    private String reflect(Map<String, String> input) {
        try {
            Method method = String.class.getMethod("trim");
            return String.valueOf(method.invoke(input.get("text")));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        LAMBDA.invoke(r -> r.functionName(args[0]));
    }
}

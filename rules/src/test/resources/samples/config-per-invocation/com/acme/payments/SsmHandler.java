package com.acme.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathRequest;

/** SSM parameters whose names do not depend on the event, fetched on every call. */
public class SsmHandler implements RequestHandler<Payment, String> {
    private static final String DB_URL = "/payments/db-url";
    private static final SsmClient SSM = SsmClient.create();
    private final SsmClient ssm = SsmClient.create();

    @Override
    public String handleRequest(Payment payment, Context context) {
        String url = SSM.getParameter(r -> r.name(DB_URL)).parameter().value(); // Noncompliant {{SSM parameter is fetched on every invocation of SsmHandler.handleRequest (SsmClient.getParameter)}}
        String limits = ssm.getParameters(r -> r.names("/payments/limit", "/payments/currency")) // Noncompliant {{Powertools}}
                .parameters().toString();
        GetParametersByPathRequest byPath = GetParametersByPathRequest.builder()
                .path(System.getenv("CONFIG_PATH")).recursive(true).build();
        String all = ssm.getParametersByPath(byPath).parameters().toString(); // Noncompliant {{getParametersByPath}}
        SsmClient local = SSM;
        String timeout = local.getParameter(GetParameterRequest.builder().name("/payments/timeout").build()) // Noncompliant
                .parameter().value();
        String region = SsmClient.create().getParameter(r -> r.name("/payments/region")) // Noncompliant {{throttles under load}}
                .parameter().value();
        var inPlace = SsmClient.builder().build();
        String retries = inPlace.getParameter(r -> r.name("/payments/retries")).parameter().value(); // Noncompliant
        String function = ssm.getParameter(r -> r.name("/" + context.getFunctionName() + "/flag")) // Noncompliant
                .parameter().value();
        return url + limits + all + timeout + region + retries + function + feeSchedule();
    }

    private String feeSchedule() {
        return parameter("/payments/fees"); // fetched in the helper below, for a constant name
    }

    private String parameter(String name) {
        return SSM.getParameter(r -> r.name(name)).parameter().value(); // Noncompliant {{via SsmHandler.handleRequest -> SsmHandler.feeSchedule -> SsmHandler.parameter}}
    }

    List<String> unusedHere() {
        return List.of();
    }
}

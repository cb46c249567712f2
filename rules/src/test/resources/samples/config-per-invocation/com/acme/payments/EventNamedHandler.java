package com.acme.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Names that come from the event: one value per request, nothing to hoist. All quiet. */
public class EventNamedHandler implements RequestHandler<Map<String, String>, String> {
    private static final SsmClient SSM = SsmClient.create();
    private static final SecretsManagerClient SECRETS = SecretsManagerClient.create();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String direct = SSM.getParameter(r -> r.name(event.get("parameter"))).parameter().value();
        String tenant = event.get("tenant");
        String path = "/tenants/" + tenant + "/db";
        String derived = SSM.getParameter(r -> r.name(path)).parameter().value();
        String secret;
        secret = "tenants/" + tenant;
        String assigned = SECRETS.getSecretValue(r -> r.secretId(secret)).secretString();
        StringBuilder each = new StringBuilder();
        for (String name : event.keySet()) {
            each.append(SSM.getParameter(r -> r.name(name)).parameter().value());
        }
        return direct + derived + assigned + each + tenantSecret(tenant) + forPayment(new Payment("p", tenant, "s", 1));
    }

    private String tenantSecret(String tenant) {
        return lookup("tenants/" + tenant + "/api-key");
    }

    private String lookup(String secretId) {
        return SECRETS.getSecretValue(r -> r.secretId(secretId)).secretString();
    }

    private String forPayment(Payment payment) {
        return SECRETS.getSecretValue(r -> r.secretId(payment.secretName())).secretString();
    }
}

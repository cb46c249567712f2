package com.acme.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.appconfig.AppConfigClient;
import software.amazon.awssdk.services.appconfigdata.AppConfigDataClient;

/** AppConfig sessions started and configurations read on every call. */
public class AppConfigHandler implements RequestHandler<Payment, String> {
    private static final AppConfigDataClient APPCONFIG = AppConfigDataClient.create();
    private static final AppConfigClient LEGACY = AppConfigClient.create();

    @Override
    public String handleRequest(Payment payment, Context context) {
        String token = APPCONFIG.startConfigurationSession(r -> r.applicationIdentifier("payments") // Noncompliant {{AppConfig configuration is fetched on every invocation}}
                .environmentIdentifier("prod").configurationProfileIdentifier("flags")).initialConfigurationToken();
        String flags = APPCONFIG.getLatestConfiguration(r -> r.configurationToken(token)) // Noncompliant {{AppConfig Lambda extension}}
                .configuration().asUtf8String();
        String old = LEGACY.getConfiguration(r -> r.application("payments").environment("prod") // Noncompliant {{AppConfigClient.getConfiguration}}
                .configuration("limits").clientId("payments-fn")).content().asUtf8String();
        return flags + old;
    }
}

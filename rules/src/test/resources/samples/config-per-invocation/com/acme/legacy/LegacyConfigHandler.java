package com.acme.legacy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.secretsmanager.AWSSecretsManager;
import com.amazonaws.services.secretsmanager.AWSSecretsManagerClientBuilder;
import com.amazonaws.services.secretsmanager.model.GetSecretValueRequest;
import com.amazonaws.services.simplesystemsmanagement.AWSSimpleSystemsManagement;
import com.amazonaws.services.simplesystemsmanagement.AWSSimpleSystemsManagementClientBuilder;
import com.amazonaws.services.simplesystemsmanagement.model.GetParameterRequest;
import com.amazonaws.services.simplesystemsmanagement.model.GetParametersByPathRequest;

/** AWS SDK v1 SSM and Secrets Manager fetches on every call. */
public class LegacyConfigHandler implements RequestHandler<String, String> {
    private static final String PREFIX = "/legacy/";
    private static final AWSSimpleSystemsManagement SSM = AWSSimpleSystemsManagementClientBuilder.defaultClient();
    private static final AWSSecretsManager SECRETS = AWSSecretsManagerClientBuilder.defaultClient();

    @Override
    public String handleRequest(String input, Context context) {
        String endpoint = SSM.getParameter(new GetParameterRequest().withName(PREFIX + "endpoint") // Noncompliant {{AWSSimpleSystemsManagement.getParameter}}
                .withWithDecryption(true)).getParameter().getValue();
        String flags = SSM.getParametersByPath(new GetParametersByPathRequest().withPath(PREFIX)) // Noncompliant
                .getParameters().toString();
        String password = SECRETS.getSecretValue(new GetSecretValueRequest().withSecretId("legacy/db")) // Noncompliant {{AWSSecretsManager.getSecretValue}}
                .getSecretString();
        String inline = AWSSecretsManagerClientBuilder.standard().build()
                .getSecretValue(new GetSecretValueRequest().withSecretId("legacy/inline")) // Noncompliant {{AWSSecretsManagerClientBuilder}}
                .getSecretString();
        return endpoint + flags + password + inline;
    }
}

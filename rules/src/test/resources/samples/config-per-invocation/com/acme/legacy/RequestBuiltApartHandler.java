package com.acme.legacy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.simplesystemsmanagement.AWSSimpleSystemsManagement;
import com.amazonaws.services.simplesystemsmanagement.AWSSimpleSystemsManagementClientBuilder;
import com.amazonaws.services.simplesystemsmanagement.model.GetParameterRequest;

/** SDK v1 requests configured by calls on a local after it is made: named from the event or not. */
public class RequestBuiltApartHandler implements RequestHandler<String, String> {
    private static final String PREFIX = "/legacy/";
    private static final AWSSimpleSystemsManagement SSM = AWSSimpleSystemsManagementClientBuilder.defaultClient();

    @Override
    public String handleRequest(String tenant, Context context) {
        GetParameterRequest byTenant = new GetParameterRequest();
        byTenant.withName("/tenants/" + tenant + "/db").setWithDecryption(true);
        String database = SSM.getParameter(byTenant).getParameter().getValue();
        StringBuilder key = new StringBuilder(PREFIX);
        key.append(tenant).append("/endpoint");
        String endpoint = parameter(key.toString());
        GetParameterRequest fixed = new GetParameterRequest();
        fixed.withName(PREFIX + "flags").setWithDecryption(true);
        String flags = SSM.getParameter(fixed).getParameter().getValue(); // Noncompliant {{AWSSimpleSystemsManagement.getParameter}}
        return database + endpoint + flags;
    }

    private String parameter(String name) {
        GetParameterRequest request = new GetParameterRequest();
        request.setName(name);
        return SSM.getParameter(request).getParameter().getValue();
    }
}

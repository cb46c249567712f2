package com.acme.jaxrs;

import javax.ws.rs.DELETE;
import javax.ws.rs.Path;
import software.amazon.awssdk.services.sqs.SqsClient;

@Path("/legacy")
public class LegacyResource {
    @DELETE
    public void remove() {
        SqsClient.create().close(); // Noncompliant {{of LegacyResource.remove}}
    }
}

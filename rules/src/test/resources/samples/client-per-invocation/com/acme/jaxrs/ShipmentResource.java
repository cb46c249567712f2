package com.acme.jaxrs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

@Path("/shipments")
public class ShipmentResource {
    private final S3Client labels = S3Client.create();

    @GET
    @Path("/{id}")
    public String get(@PathParam("id") String id) {
        return DynamoDbClient.create().toString() + id; // Noncompliant {{of ShipmentResource.get}}
    }

    @POST
    public String add(String shipment) {
        return labels.toString() + shipment;
    }

    public String helper() {
        return DynamoDbClient.create().toString();
    }
}

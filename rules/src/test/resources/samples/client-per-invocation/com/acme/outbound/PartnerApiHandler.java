package com.acme.outbound;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import javax.ws.rs.client.Client;
import javax.ws.rs.client.ClientBuilder;
import javax.ws.rs.core.MediaType;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** Calls a partner's REST API through JAX-RS and Retrofit clients: some made per call, some once. */
public class PartnerApiHandler implements RequestHandler<String, String> {
    private static final Client SHARED = ClientBuilder.newClient();
    private final PartnerService service;

    public PartnerApiHandler() {
        // once per execution environment: the handler is constructed once
        this.service = new Retrofit.Builder().baseUrl("https://partner.example.com/")
                .addConverterFactory(JacksonConverterFactory.create()).build().create(PartnerService.class);
    }

    @Override
    public String handleRequest(String orderId, Context context) {
        Client perCall = ClientBuilder.newClient(); // Noncompliant {{Client (JAX-RS client) is built on every invocation of PartnerApiHandler.handleRequest}}
        String status = perCall.target("https://partner.example.com/orders/" + orderId)
                .request(MediaType.APPLICATION_JSON).get(String.class);
        perCall.close();
        Client configured = ClientBuilder.newBuilder().build(); // Noncompliant {{Client (JAX-RS client) is built on every invocation of PartnerApiHandler.handleRequest}}
        String shared = SHARED.target("https://partner.example.com/health").request().get(String.class);
        PartnerService perCallService = new Retrofit.Builder().baseUrl("https://partner.example.com/") // Noncompliant {{Retrofit (Retrofit) is built on every invocation of PartnerApiHandler.handleRequest}}
                .build().create(PartnerService.class);
        return status + shared + configured.hashCode() + perCallService.hashCode() + service.hashCode();
    }

    interface PartnerService {
    }
}

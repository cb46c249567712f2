package com.acme.clients;

/** Named like a client, but nothing makes it one. */
public class PricingClient {
    public String price(String sku) {
        return sku;
    }
}

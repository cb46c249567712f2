package com.acme.orders;

import software.amazon.awssdk.services.sesv2.SesV2Client;

public class ShipmentHandler extends BaseHandler<String, String> {
    @Override
    protected String process(String input) {
        return SesV2Client.create().toString(); // Noncompliant {{via BaseHandler.handleRequest -> ShipmentHandler.process}}
    }
}

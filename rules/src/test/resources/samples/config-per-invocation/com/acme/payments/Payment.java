package com.acme.payments;

public record Payment(String id, String tenant, String secretName, long amount) {
}

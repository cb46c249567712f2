package com.acme.orders;

public record Order(String id, String sku, String customerEmail) {
}

package com.acme.schemas;

public record OrderRequest(String type, String body, String schema) {
}

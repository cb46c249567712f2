package com.acme.store;

public record Task(String id, String name, long createdAt) {
}

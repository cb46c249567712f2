package com.acme.batch;

public class Order {
    private String id;

    public String getId() {
        return id;
    }
}

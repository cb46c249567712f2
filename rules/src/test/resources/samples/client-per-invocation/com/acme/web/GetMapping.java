package com.acme.web;

public @interface GetMapping {
    String value();
}

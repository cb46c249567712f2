package com.acme.shared;

public final class Patterns {
    public static final String SKU = "[A-Z]{3}-\\d{6}";
    public static final String EMAIL_DOMAIN = "@acme\\.com$";

    private Patterns() {
    }
}

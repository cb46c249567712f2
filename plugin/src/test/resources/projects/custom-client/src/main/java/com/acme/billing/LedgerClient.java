package com.acme.billing;

/** An in-house client the catalog does not know: it opens a connection pool when built. */
public class LedgerClient {
    private final String endpoint;

    public LedgerClient(String endpoint) {
        this.endpoint = endpoint;
    }

    public String post(String amount) {
        return endpoint + " " + amount;
    }
}

package com.acme.shop;

/** An in-house client: expensive to build, named in the clientTypes parameter. */
public class LedgerClient {
    public LedgerClient(String endpoint) {
    }

    public void record(String entry) {
    }
}

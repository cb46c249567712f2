package com.acme.clients;

import software.amazon.awssdk.core.SdkClient;

/** The project's own SDK client: building one is as costly as building any other. */
public class LedgerClient implements SdkClient {
    @Override
    public String serviceName() {
        return "ledger";
    }

    @Override
    public void close() {
    }

    public static LedgerClient standard() {
        return new LedgerClient(); // its own factory: the client's code, not a use
    }
}

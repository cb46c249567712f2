package com.acme.dagger;

import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.services.athena.AthenaClient;

/** Provided by OrdersComponent too, but no handler that makes the component asks for it. */
@Singleton
public class ReportService {
    private final AthenaClient athena;

    @Inject
    ReportService() {
        this.athena = AthenaClient.create();
    }

    public String report() {
        return athena.toString();
    }
}

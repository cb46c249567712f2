package com.acme.dagger;

import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.services.ses.SesClient;

@Singleton
public class ShippingService {
    private final SesClient ses;

    @Inject
    ShippingService() {
        this.ses = SesClient.create();
    }

    public String ship(String id) {
        return ses.toString() + id;
    }
}

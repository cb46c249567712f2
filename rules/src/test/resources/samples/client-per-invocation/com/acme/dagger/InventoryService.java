package com.acme.dagger;

import javax.inject.Inject;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sns.SnsClient;

/** Unscoped, but injected once, into the handler, by its constructor. */
public class InventoryService {
    private final Ec2Client ec2;
    private final SnsClient sns;

    @Inject
    InventoryService(Ec2Client ec2) {
        this.ec2 = ec2;
        this.sns = SnsClient.create();
    }

    public String stock(String id) {
        return ec2.toString() + sns + id;
    }
}

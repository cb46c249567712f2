package com.acme.dagger;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.ec2.Ec2Client;

@Module
public class InventoryModule {
    @Provides
    @Singleton
    Ec2Client ec2() {
        return Ec2Client.create(); // once: the handler's constructor makes the component
    }
}

package com.acme.dagger;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

@Module
public class StoreModule {
    @Provides
    @Singleton
    CloudWatchClient metrics() {
        return CloudWatchClient.create(); // Noncompliant {{built on every invocation}}
    }
}

package com.acme.dagger;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.s3.S3Client;

@Module
public class CatalogModule {
    @Provides
    @Singleton
    static CatalogService catalog() {
        return new CatalogService(S3Client.create()); // once: the component lives in a static field
    }

    @Provides
    static PricingClient pricing() {
        // unscoped: every call of the component's pricing() runs it, kept component or not
        return new PricingClient(S3Client.create()); // Noncompliant {{StaticComponentHandler.handleRequest}}
    }
}

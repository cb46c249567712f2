package com.acme.dagger;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.glue.GlueClient;

@Module
public class ReportModule {
    @Provides
    @Singleton
    static String reports() {
        return GlueClient.create().toString(); // only a class of the same name in another package is made per request
    }
}

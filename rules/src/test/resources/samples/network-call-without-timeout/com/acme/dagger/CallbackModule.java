package com.acme.dagger;

import dagger.Module;
import dagger.Provides;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.inject.Named;
import javax.inject.Singleton;

@Module
public interface CallbackModule {
    @Provides
    @Singleton
    static HttpClient plainClient() {
        return HttpClient.newHttpClient();
    }

    @Provides
    @Singleton
    @Named("bounded")
    static HttpClient boundedClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }
}

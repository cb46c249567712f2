package com.acme.dagger;

import dagger.Module;
import dagger.Provides;
import java.net.http.HttpClient;
import javax.inject.Named;
import javax.inject.Singleton;

@Module
public interface ReceiptModule {
    @Provides
    @Singleton
    @Named("receipts")
    static HttpClient receiptClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    }
}

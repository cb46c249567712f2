package com.acme.built;

import dagger.Module;
import dagger.Provides;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.inject.Singleton;

/** The providers build the clients in a local and hand them to the sources they construct themselves. */
@Module
public class GraphModule {
    @Provides
    @Singleton
    GraphSource graph() {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        return new GraphReader(client, "https://graph.example.com");
    }

    @Provides
    @Singleton
    StatsSource stats() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return new StatsReader(client);
    }
}

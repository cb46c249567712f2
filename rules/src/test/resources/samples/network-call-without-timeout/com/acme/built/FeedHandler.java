package com.acme.built;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * The readers are built once, in the constructor, each handed the client it sends with: the client's making is
 * in the code that creates the reader, not in the reader.
 */
public class FeedHandler implements RequestHandler<Map<String, String>, Integer> {
    private final FeedReader feeds;
    private final PriceReader prices;
    private final GraphSource graph;

    public FeedHandler() {
        this.feeds = new FeedReader(HttpClient.newHttpClient());
        HttpClient timed = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        this.prices = new PriceReader(timed);
        this.graph = DaggerGraphComponent.create().graph();
    }

    @Override
    public Integer handleRequest(Map<String, String> event, Context context) {
        return feeds.read(event.get("feed")) + prices.read(event.get("price")) + graph.query(event.get("query"));
    }
}

package com.acme.built;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class StatsHandler implements RequestHandler<String, Integer> {
    private final StatsSource stats = DaggerGraphComponent.create().stats();

    @Override
    public Integer handleRequest(String url, Context context) {
        return stats.count(url);
    }
}

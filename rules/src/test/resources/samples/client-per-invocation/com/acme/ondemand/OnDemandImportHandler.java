package com.acme.ondemand;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.TimeUnit;
import okhttp3.*;

/** A client whose builder is a nested type of a class imported on demand. */
public class OnDemandImportHandler implements RequestHandler<String, String> {
    private static final OkHttpClient SHARED = new OkHttpClient.Builder().readTimeout(5, TimeUnit.SECONDS).build();

    @Override
    public String handleRequest(String url, Context context) {
        OkHttpClient perCall = new OkHttpClient.Builder() // Noncompliant {{OkHttpClient}}
                .readTimeout(5, TimeUnit.SECONDS)
                .build();
        return SHARED.toString() + perCall;
    }
}

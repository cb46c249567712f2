package com.acme.dagger;

import com.acme.dagger.fake.DaggerReportComponent;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class LookAlikeHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String id, Context context) {
        return DaggerReportComponent.create().reports() + DaggerClock.create().now();
    }
}

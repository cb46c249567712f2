package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class ReportHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String month, Context context) {
        return "report " + month;
    }
}

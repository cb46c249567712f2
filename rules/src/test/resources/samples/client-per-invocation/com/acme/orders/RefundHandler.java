package com.acme.orders;

import software.amazon.awssdk.services.sfn.SfnClient;

/** Same base, client built in the constructor: quiet. */
public class RefundHandler extends BaseHandler<String, String> {
    private final SfnClient sfn;

    public RefundHandler() {
        sfn = SfnClient.create();
    }

    @Override
    protected String process(String input) {
        return sfn.toString();
    }
}

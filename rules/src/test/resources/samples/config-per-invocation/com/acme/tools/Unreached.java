package com.acme.tools;

import software.amazon.awssdk.services.ssm.SsmClient;

/** Not reached from any handler: a deployment script. */
public class Unreached {
    public String read(SsmClient ssm) {
        return ssm.getParameter(r -> r.name("/payments/db-url")).parameter().value();
    }
}

package com.myorg;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

public class PrimingStack extends Stack {
    public PrimingStack(final Construct scope, final String id, final StackProps props) {
        super(scope, id, props);
        new PrimedService(this, "OnDemand", PrimedServiceProps.builder()
                .handler("com.acme.priming.NoPriming::handleRequest")
                .memorySize(1024)
                .snapStart(false)
                .build());
        new PrimedService(this, "Snap", PrimedServiceProps.builder()
                .handler("com.acme.priming.Priming::handleRequest")
                .memorySize(2048)
                .snapStart(true)
                .build());
    }
}

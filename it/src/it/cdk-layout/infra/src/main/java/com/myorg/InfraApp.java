package com.myorg;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

public final class InfraApp {
    public static void main(final String[] args) {
        App app = new App();
        new OrdersStack(app, "OrdersStack", StackProps.builder().build());
        app.synth();
    }
}

package com.myorg;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

public final class PrimingApp {
    public static void main(final String[] args) {
        App app = new App();
        new PrimingStack(app, "PrimingStack", StackProps.builder().build());
        app.synth();
    }
}

package com.acme.workflow;

import software.amazon.awssdk.services.sfn.SfnClient;

/** Takes the project's Context last: no Lambda handler. */
public class StepRunner {
    public String run(String input, Context context) {
        return SfnClient.create().toString() + context.step() + input;
    }
}

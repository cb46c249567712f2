package com.acme.workflow;

import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The single-type import shadows the package's own Context: this one takes the Lambda Context. */
public class ImportedContextRunner {
    public String run(String input, Context context) {
        return SfnClient.create().toString() + input; // Noncompliant {{of ImportedContextRunner.run}}
    }
}

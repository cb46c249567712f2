package com.myorg;

import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.constructs.Construct;

/** One Java function with its settings; the stack makes one per service. */
public class PrimedService extends Construct {
    public PrimedService(final Construct scope, final String id, final PrimedServiceProps props) {
        super(scope, id);
        Function.Builder.create(this, "Handler")
                .runtime(Runtime.JAVA_21)
                .code(Code.fromAsset("../software/priming/"))
                .handler(props.getHandler())
                .memorySize(props.getMemorySize())
                .snapStart(props.isSnapStart() ? SnapStartConf.ON_PUBLISHED_VERSIONS : null)
                .build();
    }
}

package com.myorg;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.constructs.Construct;

public class PrimingStack extends Stack {
    private static final String ON_DEMAND = "1_ON_DEMAND";
    private static final String SNAPSTART = "2_SNAPSTART";
    private static final String CODE_PATH = "../software/priming/";

    public PrimingStack(final Construct scope, final String id, final StackProps props) {
        super(scope, id, props);
        createFunctions(System.getenv("DATABASE_URL"));
    }

    private void createFunctions(String databaseUrl) {
        var code = createCodePackage(CODE_PATH);
        createFunction(code, ON_DEMAND, "com.acme.priming.NoPriming::handleRequest", null, databaseUrl);
        createFunction(code, SNAPSTART, "com.acme.priming.Priming::handleRequest",
                SnapStartConf.ON_PUBLISHED_VERSIONS, databaseUrl);
        // the handler is known only when the app runs: that function's handler stays unknown
        createFunction(code, "3_PICKED", System.getenv("HANDLER"), SnapStartConf.ON_PUBLISHED_VERSIONS, databaseUrl);
    }

    private void createFunction(Code code, String primeType, String handler, SnapStartConf snapStart,
                                String databaseUrl) {
        Function.Builder.create(this, "PrimingFunction-%s".formatted(primeType))
                .functionName("priming-%s".formatted(primeType))
                .runtime(Runtime.JAVA_21)
                .code(code)
                .handler(handler)
                .snapStart(snapStart)
                .memorySize(2048)
                .environment(java.util.Map.of("DATABASE_URL", databaseUrl))
                .build();
    }

    private Code createCodePackage(String codePath) {
        return Code.fromAsset(codePath);
    }
}

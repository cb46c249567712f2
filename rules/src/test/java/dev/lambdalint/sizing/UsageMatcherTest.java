package dev.lambdalint.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.deploy.DeploymentReader;
import dev.lambdalint.deploy.LambdaFunction;
import dev.lambdalint.deploy.TemplateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which template function each usage function name belongs to, rule by rule. */
class UsageMatcherTest {
    @TempDir
    Path dir;
    List<LambdaFunction> functions;

    @BeforeEach
    void templates() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), """
                Parameters:
                  Stage: {Type: String, Default: prod}
                Resources:
                  OrdersFunction:
                    Type: AWS::Lambda::Function
                    Properties: {FunctionName: !Sub 'orders-${Stage}', Handler: com.acme.Orders, Runtime: java21}
                  ImportFunction:
                    Type: AWS::Lambda::Function
                    Properties: {Handler: com.acme.Import, Runtime: java21}
                  BillingFunction:
                    Type: AWS::Lambda::Function
                    Properties: {FunctionName: !Sub '${AWS::StackName}-billing', Handler: com.acme.Billing, Runtime: java21}
                """);
        Files.writeString(dir.resolve("serverless.yml"), """
                service: media
                provider: {name: aws, runtime: java21, stage: prod}
                functions:
                  resize: {handler: com.acme.Resize}
                  crop: {handler: com.acme.Crop, name: '${env:CROP_NAME}'}
                """);
        functions = DeploymentReader.read(TemplateFiles.find(dir, List.of(), new ArrayList<>()).templates())
                .functions();
    }

    @Test
    void aDeployedNameTheTemplateSetsOrImpliesMatchesAlsoAsArnOrLogGroup() {
        assertMatch("OrdersFunction", "orders-prod");
        assertMatch("OrdersFunction", "arn:aws:lambda:eu-west-1:123456789012:function:orders-prod:live");
        assertMatch("OrdersFunction", "/aws/lambda/orders-prod");
        assertMatch("resize", "media-prod-resize");
    }

    @Test
    void theLogicalIdOrServerlessKeyMatches() {
        assertMatch("ImportFunction", "ImportFunction");
        assertMatch("resize", "resize");
        assertMatch("OrdersFunction", "OrdersFunction");
    }

    @Test
    void aGeneratedNameMatchesByItsLogicalIdInfixOrWithTheStackName() {
        assertMatch("ImportFunction", "shop-ImportFunction-1XK9QZ3RLM0A");
        assertMatch("ImportFunction", "shop-eu-ImportFunction-1XK9QZ3RLM0A");
        UsageMatcher withStack = new UsageMatcher(functions, Map.of(), "shop");
        assertEquals(List.of("shop-ImportFunction-1XK9QZ3RLM0A"),
                withStack.match(List.of("shop-ImportFunction-1XK9QZ3RLM0A")).namesByFunction().get(index("ImportFunction")));
        assertEquals(List.of("staging-ImportFunction-1XK9QZ3RLM0A"),
                withStack.match(List.of("staging-ImportFunction-1XK9QZ3RLM0A")).unmatched(), "another stack's");
    }

    @Test
    void aCdkConstructIdKeepsOnlyItsLettersAndDigitsInTheGeneratedName() throws IOException {
        Path app = dir.resolve("infra");
        Files.createDirectories(app.resolve("src/main/java/com/acme"));
        Files.writeString(app.resolve("cdk.json"), "{\"app\": \"mvn -e -q compile exec:java\"}");
        Files.writeString(app.resolve("pom.xml"), "<project/>");
        Files.writeString(app.resolve("src/main/java/com/acme/ShopStack.java"), """
                package com.acme;
                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.constructs.Construct;
                public class ShopStack extends Stack {
                    public ShopStack(Construct scope, String id) {
                        super(scope, id);
                        Function.Builder.create(this, "orders-fn").runtime(Runtime.JAVA_21)
                                .handler("com.acme.Orders::handleRequest").code(Code.fromAsset("target/app.jar")).build();
                    }
                }
                """);
        List<LambdaFunction> cdk = DeploymentReader.read(TemplateFiles.find(app, List.of(), new ArrayList<>())
                .templates()).functions();
        assertEquals(List.of("orders-fn"), cdk.stream().map(LambdaFunction::logicalId).toList());
        UsageMatcher matcher = new UsageMatcher(cdk, Map.of(), null);
        assertEquals(List.of("ShopStack-ordersfn5C2B1A3F-1XK9QZ3RLM0A"), matcher.match(
                List.of("ShopStack-ordersfn5C2B1A3F-1XK9QZ3RLM0A")).namesByFunction().get(0));
        assertEquals(List.of("ShopStack-paymentsfn5C2B1A3F-1XK9QZ3RLM0A"), matcher.match(
                List.of("ShopStack-paymentsfn5C2B1A3F-1XK9QZ3RLM0A")).unmatched(), "another function's");
    }

    @Test
    void aFunctionWithAWrittenNameIsNotMatchedByTheGeneratedPattern() {
        assertUnmatched("shop-OrdersFunction-1XK9QZ3RLM0A");
        assertUnmatched("ImportFunction-extra"); // no suffix after the infix
    }

    @Test
    void aServerlessNameWithAnUnknownPartMatchesByItsEnding() {
        assertMatch("crop", "media-staging-crop");
        assertUnmatched("staging-crop"); // a service and a stage come before the key
    }

    @Test
    void theMappingDecidesAndABadMappingIsNamed() {
        UsageMatcher matcher = new UsageMatcher(functions, Map.of("billing-v2", "BillingFunction",
                "orders-prod", "ImportFunction", "old", "GoneFunction"), null);
        UsageMatcher.Result result = matcher.match(List.of("billing-v2", "orders-prod", "old"));
        assertEquals(List.of("billing-v2"), result.namesByFunction().get(index("BillingFunction")));
        assertEquals(List.of("orders-prod"), result.namesByFunction().get(index("ImportFunction")), "the mapping wins");
        assertEquals(List.of("old"), result.unmatched());
        assertTrue(result.notes().get(0).contains("maps 'old' to 'GoneFunction', which no template declares"),
                result.notes().toString());
    }

    @Test
    void aNameThatFitsSeveralFunctionsIsListedNotGuessed() throws IOException {
        Path two = Files.createDirectories(dir.resolve("two"));
        String stack = """
                {"Resources": {"Worker": {"Type": "AWS::Lambda::Function",
                  "Properties": {"Handler": "com.acme.Worker", "Runtime": "java21"}}}}
                """;
        Files.writeString(two.resolve("a.template.json"), stack);
        Files.writeString(two.resolve("b.template.json"), stack);
        List<LambdaFunction> workers = DeploymentReader.read(TemplateFiles.find(two, List.of(), new ArrayList<>())
                .templates()).functions();
        UsageMatcher.Result result = new UsageMatcher(workers, Map.of(), null).match(List.of("Worker"));
        assertEquals(List.of("Worker"), result.unmatched());
        assertTrue(result.notes().get(0).contains("fits several functions (Worker in a.template.json, Worker in "
                + "b.template.json); map it to one with functionNames"), result.notes().toString());
    }

    @Test
    void anUnknownNameStaysUnmatched() {
        assertUnmatched("payments-prod");
        assertUnmatched("orders-prod-v2");
    }

    private void assertMatch(String function, String usageName) {
        UsageMatcher.Result result = new UsageMatcher(functions, Map.of(), null).match(List.of(usageName));
        assertEquals(List.of(usageName), result.namesByFunction().get(index(function)), usageName + " -> " + function
                + ", got " + result);
    }

    private void assertUnmatched(String usageName) {
        UsageMatcher.Result result = new UsageMatcher(functions, Map.of(), null).match(List.of(usageName));
        assertEquals(List.of(usageName), result.unmatched(), result.toString());
    }

    private int index(String name) {
        for (int i = 0; i < functions.size(); i++) {
            if (functions.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no function " + name);
    }
}

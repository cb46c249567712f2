package dev.lambdalint.fix;

import static dev.lambdalint.fix.Projects.HANDLER;
import static dev.lambdalint.fix.Projects.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings that keep their code: the move would change what the program does, or lambda-lint cannot be sure it
 * does not. Each gets the reason, and its file is not touched.
 */
class NoFixTest {
    private static final String S3 = "import software.amazon.awssdk.services.s3.S3Client;\n";

    @TempDir
    Path dir;

    /** The one finding's fix, which must not be one, and the plan, which must not touch the handler. */
    private FindingFix onlyFinding(Map<String, String> files) {
        Projects.write(dir, files);
        AnalysisResult result = Projects.analyze(dir);
        assertEquals(1, result.findings().size(), () -> "one finding expected: " + result.findings());
        FindingFix fix = result.fixes().of(result.findings().get(0)).orElseThrow();
        assertFalse(fix.fixable(), () -> "no fix expected, got: " + fix.description());
        FixPlan plan = FixPlan.of(result, StandardCharsets.UTF_8);
        assertTrue(plan.isEmpty(), "no file is touched");
        assertEquals(List.of(fix), plan.notFixed());
        return fix;
    }

    private void assertReason(String fragment, String body) {
        assertReason(fragment, S3, "", body);
    }

    private void assertReason(String fragment, String imports, String members, String body) {
        FindingFix fix = onlyFinding(Map.of(HANDLER, handler(imports, members, body)));
        assertTrue(fix.reason().contains(fragment), () -> "reason '" + fix.reason() + "' lacks '" + fragment + "'");
    }

    @Test
    void aFreeMarkerConfigurationWhoseTemplateLoaderIsSetAfterIt() {
        assertReason("throws away its template cache", "import freemarker.template.Configuration;\n", "", """
                        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);
                        freemarker.setClassForTemplateLoading(Handler.class, "/templates");
                        return freemarker.getTemplate("mail.ftl").toString();
                """);
    }

    @Test
    void aTableSchemaBuiltFromAClassHeldInAField() {
        assertReason("typed by a class not written here", "import software.amazon.awssdk.enhanced.dynamodb.TableSchema;\n",
                "    private static final Class<Order> TYPE = Order.class;\n", """
                        return TableSchema.fromBean(TYPE).itemType().rawClass().getName();
                """);
    }

    @Test
    void builtByASpringContextStartedPerInvocation() {
        Projects.write(dir, Map.of(HANDLER, handler("", "", """
                        return org.springframework.boot.SpringApplication.run(App.class).toString();
                """), "src/main/java/com/acme/App.java", """
                package com.acme;

                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class App {
                    @org.springframework.context.annotation.Bean
                    public software.amazon.awssdk.services.s3.S3Client s3() {
                        return software.amazon.awssdk.services.s3.S3Client.create();
                    }
                }
                """));
        AnalysisResult result = Projects.analyze(dir);
        dev.lambdalint.Finding bean = result.findings().stream().filter(f -> f.path().endsWith("App.java"))
                .findFirst().orElseThrow(() -> new AssertionError("no finding in App.java: " + result.findings()));
        FindingFix fix = result.fixes().of(bean).orElseThrow();
        assertFalse(fix.fixable(), () -> "no fix expected, got: " + fix.description());
        assertTrue(fix.reason().contains("application context that builds it is started on every invocation "
                + "(Handler.handleRequest, line 9)"), fix::reason);
    }

    @Test
    void builtOnlyWhereAnEnvironmentVariableIsSet() {
        assertReason("it is built only when the condition on line 10 holds, which reads the environment variable "
                + "LOCAL_ENDPOINT: in a static field it would be built wherever the class loads", """
                        if (System.getenv("LOCAL_ENDPOINT") != null) {
                            S3Client local = S3Client.builder()
                                    .endpointOverride(java.net.URI.create(System.getenv("LOCAL_ENDPOINT"))).build();
                            return local.listBuckets().toString();
                        }
                        return input;
                """);
    }

    @Test
    void builtInTheBranchOfAConditionalOnALocalReadFromTheEnvironment() {
        assertReason("which reads the environment variable STAGE (through stage)", """
                        String stage = System.getenv("STAGE");
                        return "local".equals(stage) ? S3Client.create().listBuckets().toString() : input;
                """);
    }

    @Test
    void builtOnlyWhenAFlagFieldSetFromASystemPropertyIsOn() {
        assertReason("which reads the system property offline (through OFFLINE)", S3,
                "    private static final boolean OFFLINE = Boolean.getBoolean(\"offline\");\n", """
                        if (!OFFLINE) {
                            return S3Client.create().listBuckets().toString();
                        }
                        return input;
                """);
    }

    @Test
    void builtOnlyWhenAMethodThatReadsTheEnvironmentSaysSo() {
        assertReason("which reads the environment variable AWS_SAM_LOCAL (in runningLocally())", S3, """
                    private static boolean runningLocally() {
                        return "true".equals(System.getenv("AWS_SAM_LOCAL"));
                    }
                """, """
                        switch (String.valueOf(runningLocally())) {
                            case "true":
                                return S3Client.create().listBuckets().toString();
                            default:
                                return input;
                        }
                """);
    }

    @Test
    void builtUnderAConditionFromAVariableTheRuntimeDoesNotSet() {
        assertReason("it reads the environment variable QUEUE_ENDPOINT and is built only when the condition on line 10 "
                + "holds: in a static field it would read it wherever the class loads, and fail the class's "
                + "initialisation where it is not set", """
                        if (input.startsWith("archive")) {
                            S3Client s3 = S3Client.builder()
                                    .endpointOverride(java.net.URI.create(System.getenv("QUEUE_ENDPOINT"))).build();
                            return s3.listBuckets().toString();
                        }
                        return input;
                """);
    }

    @Test
    void builtFromTheEvent() {
        assertReason("built from per-invocation data (input)", """
                        S3Client s3 = S3Client.builder().endpointOverride(java.net.URI.create(input)).build();
                        return s3.toString();
                """);
    }

    @Test
    void systemPropertiesSetPerInvocationBeforeIt() {
        assertReason("sets system properties on every invocation (System.setProperty)", """
                        System.setProperty("aws.region", input);
                        return S3Client.create().toString();
                """);
    }

    @Test
    void systemPropertiesSetPerInvocationThroughAMethodReference() {
        assertReason("sets system properties on every invocation (System::setProperty)", """
                        java.util.Map.of("spring.profiles.active", input).forEach(System::setProperty);
                        return S3Client.create().toString();
                """);
    }

    @Test
    void builtFromABuilderKeptInALocal() {
        assertReason("builder is kept in a local variable", """
                        software.amazon.awssdk.services.s3.S3ClientBuilder builder = S3Client.builder();
                        builder.forcePathStyle(true);
                        return builder.build().toString();
                """);
    }

    @Test
    void builtInsideALambda() {
        assertReason("inside a lambda", """
                        return java.util.List.of(input).stream().map(i -> S3Client.create().toString()).toList()
                                .toString();
                """);
    }

    @Test
    void closedInsideALambda() {
        assertReason("closed inside a lambda", """
                        S3Client s3 = S3Client.create();
                        Runnable close = () -> s3.close();
                        close.run();
                        return input;
                """);
    }

    @Test
    void moreThanOneConstructionFeedsTheVariable() {
        Projects.write(dir, Map.of(HANDLER, handler(S3, "", """
                        S3Client s3;
                        if (input.isEmpty()) {
                            s3 = S3Client.create();
                        } else {
                            s3 = S3Client.builder().build();
                        }
                        return s3.toString();
                """)));
        AnalysisResult result = Projects.analyze(dir);
        assertEquals(2, result.findings().size(), () -> "two constructions: " + result.findings());
        for (FindingFix fix : result.fixes().findings()) {
            assertEquals("more than one construction feeds s3", fix.reason());
        }
        assertTrue(FixPlan.of(result, StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void aCallerClosesWhatTheHelperReturns() {
        FindingFix fix = onlyFinding(Map.of(HANDLER, handler(S3, "", """
                        try (S3Client s3 = s3()) {
                            return s3.toString();
                        }
                """).replace("    @Override", "    private static S3Client s3() {\n        return S3Client.create();\n"
                + "    }\n\n    @Override")));
        assertTrue(fix.reason().contains("a caller closes what s3() returns (src/main/java/com/acme/Handler.java:"),
                fix.reason());
    }

    @Test
    void theTypeItYieldsDependsOnTheService() {
        assertReason("not known to lambda-lint", "import com.amazonaws.services.s3.AmazonS3ClientBuilder;\n", "", """
                        return AmazonS3ClientBuilder.defaultClient().listBuckets().toString();
                """);
    }

    @Test
    void itReadsAFieldOfTheObject() {
        assertReason("a field of the object", S3 + "import software.amazon.awssdk.regions.Region;\n",
                "    private final Region region = Region.EU_WEST_1;\n\n", """
                        return S3Client.builder().region(region).build().toString();
                """);
    }

    @Test
    void itCallsAMethodOfTheObject() {
        assertReason("a method of the object", S3 + "import software.amazon.awssdk.regions.Region;\n",
                "    Region region() {\n        return Region.EU_WEST_1;\n    }\n\n", """
                        return S3Client.builder().region(region()).build().toString();
                """);
    }

    @Test
    void itReadsStaticStateThatTheInvocationChanges() {
        assertReason("which code outside its initialisation changes",
                S3 + "import software.amazon.awssdk.regions.Region;\n", "    private static Region current;\n\n", """
                        current = Region.of(input);
                        return S3Client.builder().region(current).build().toString();
                """);
    }

    @Test
    void aCatchOfACheckedExceptionCouldBeLeftCatchingNothing() {
        assertReason("the catch of IOException", """
                import java.io.IOException;
                import org.apache.http.impl.client.CloseableHttpClient;
                import org.apache.http.impl.client.HttpClients;
                """, "", """
                        try {
                            CloseableHttpClient http = HttpClients.createDefault();
                            http.close();
                        } catch (IOException e) {
                            return "failed";
                        }
                        return input;
                """);
    }

    @Test
    void aJaxbContextInATryThatCatchesItsException() {
        assertReason("catches its JAXBException", """
                import jakarta.xml.bind.JAXBContext;
                import jakarta.xml.bind.JAXBException;
                """, "", """
                        try {
                            return JAXBContext.newInstance(String.class).toString();
                        } catch (JAXBException e) {
                            return "failed";
                        }
                """);
    }

    @Test
    void anObjectBuiltInsideTheConstructionThrowsWhatTheTryAroundItCatches() {
        assertReason("catches its MalformedURLException", """
                import com.auth0.jwk.JwkProvider;
                import com.auth0.jwk.UrlJwkProvider;
                import java.net.MalformedURLException;
                import java.net.URL;
                """, "", """
                        try {
                            JwkProvider keys = new UrlJwkProvider(new URL("https://issuer.example.com/"));
                            return keys.toString();
                        } catch (MalformedURLException e) {
                            return "failed";
                        }
                """);
    }

    @Test
    void theObjectClosesItsField() {
        String exporter = """
                package com.acme;

                import software.amazon.awssdk.services.s3.S3Client;

                class Exporter implements AutoCloseable {
                    private final S3Client s3 = S3Client.create();

                    @Override
                    public void close() {
                        s3.close();
                    }
                }
                """;
        FindingFix fix = onlyFinding(Map.of(HANDLER, handler("", "", """
                        try (Exporter exporter = new Exporter()) {
                            return exporter.toString();
                        }
                """), "src/main/java/com/acme/Exporter.java", exporter));
        assertTrue(fix.reason().contains("the object closes its field s3"), fix.reason());
    }

    @Test
    void builtInsideAnAnonymousClass() {
        assertReason("anonymous class", """
                        Runnable task = new Runnable() {
                            @Override
                            public void run() {
                                S3Client.create().listBuckets();
                            }
                        };
                        task.run();
                        return input;
                """);
    }

    @Test
    void closedInTheSameExpressionThatBuildsIt() {
        assertReason("closed in the same expression", """
                        S3Client.create().close();
                        return input;
                """);
    }

    @Test
    void passedToAMethodThatClosesIt() {
        assertReason("passed to release(), which closes it", S3, "    private static void release(S3Client client) {\n"
                + "        client.close();\n    }\n\n", """
                        S3Client s3 = S3Client.create();
                        s3.listBuckets();
                        release(s3);
                        return input;
                """);
    }

    @Test
    void theClassesStaticInitialisationRunsTheCodeFirst() {
        assertReason("static initialisation calls s3(), which would read the new field before it is set", S3,
                "    private static final S3Client AT_START = s3();\n\n"
                + "    private static S3Client s3() {\n        return S3Client.create();\n    }\n\n", """
                        return s3().toString() + AT_START;
                """);
    }

    @Test
    void aSingletonCreatedByTheClassesStaticInitialisation() {
        String parser = """
                package com.acme;

                import com.fasterxml.jackson.databind.ObjectMapper;

                final class Parser {
                    static final Parser DEFAULT = new Parser();
                    private final ObjectMapper mapper = new ObjectMapper();

                    String parse(String body) {
                        return mapper.readTree(body).toString();
                    }
                }
                """;
        FindingFix fix = onlyFinding(Map.of(HANDLER, handler("", "", "        return new Parser().parse(input);\n"),
                "src/main/java/com/acme/Parser.java", parser));
        assertTrue(fix.reason().contains("static initialisation creates a Parser"), fix.reason());
    }

    @Test
    void aSuppressedFindingAndADisabledRulesFindingAreLeftAlone() {
        Projects.write(dir, Map.of(HANDLER, handler(S3 + "import com.fasterxml.jackson.databind.ObjectMapper;\n", "", """
                        // lambda-lint:ignore client-per-invocation credentials rotate per call
                        S3Client s3 = S3Client.create();
                        return s3.toString() + new ObjectMapper();
                """)));
        dev.lambdalint.AnalysisResult result = dev.lambdalint.LambdaLint.analyze(
                dev.lambdalint.AnalysisRequest.of(dir, List.of(Path.of("src/main/java"))).withRules(
                        new dev.lambdalint.config.RuleSettings(List.of(
                                dev.lambdalint.config.RuleConfig.disabled("init-per-invocation")))));

        assertEquals(List.of(), result.findings());
        assertEquals(List.of(), result.fixes().findings(), "no fix is planned for what does not count");
        assertTrue(FixPlan.of(result, StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void itUsesAValueThatDiffersOnEveryCall() {
        assertReason("it uses a clock reading, which differs on every call", """
                        S3Client s3 = S3Client.builder().overrideConfiguration(c -> c.putHeader("x-started",
                                String.valueOf(System.currentTimeMillis()))).build();
                        return s3.toString();
                """);
    }

    @Test
    void underSnapStartAPoolThatFillsItselfStaysOutOfInit() {
        String imports = "import com.zaxxer.hikari.HikariConfig;\nimport com.zaxxer.hikari.HikariDataSource;\n";
        String members = "    private static final HikariConfig CONFIG = new HikariConfig();\n\n";
        String body = "        HikariDataSource pool = new HikariDataSource(CONFIG);\n        return pool.toString();\n";
        String template = """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  OrdersFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.acme.Handler::handleRequest
                      Runtime: java21
                      SnapStart:
                        ApplyOn: PublishedVersions
                """;
        FindingFix fix = onlyFinding(Map.of(HANDLER, handler(imports, members, body), "template.yaml", template));
        assertTrue(fix.reason().contains("runs with SnapStart, and this pool opens its connections"), fix.reason());

        // the same pool without SnapStart is moved
        Projects.write(dir, Map.of("template.yaml", template.replace("PublishedVersions", "None")));
        assertTrue(Projects.plan(dir).changes().get(0).after()
                .contains("private static final HikariDataSource HIKARI_DATA_SOURCE = new HikariDataSource(CONFIG);"));
    }

    private static final String JACKSON = "import com.fasterxml.jackson.databind.ObjectMapper;\n"
            + "import com.fasterxml.jackson.databind.SerializationFeature;\n";

    @Test
    void aMapperConfiguredUnderAConditionWouldKeepOneCallsSettingIntoTheNext() {
        assertReason("it is configured after it is built (mapper.enable(…)) other than right after its construction",
                JACKSON, "", """
                        ObjectMapper mapper = new ObjectMapper();
                        if (input.startsWith("{")) {
                            mapper.enable(SerializationFeature.INDENT_OUTPUT);
                        }
                        return mapper.valueToTree(input).toString();
                """);
    }

    @Test
    void aMapperConfiguredAfterAUseWouldBeUsedWithTheLastCallsSettings() {
        assertReason("it is configured after it is built (mapper.enable(…))", JACKSON, "", """
                        ObjectMapper mapper = new ObjectMapper();
                        String plain = mapper.valueToTree(input).toString();
                        mapper.enable(SerializationFeature.INDENT_OUTPUT);
                        return plain + mapper.valueToTree(input);
                """);
    }

    @Test
    void aMapperConfiguredFromTheEventWouldKeepTheEventsSetting() {
        assertReason("from values that may differ between calls (it is built from per-invocation data (input))",
                JACKSON, "", """
                        ObjectMapper mapper = new ObjectMapper();
                        mapper.configure(SerializationFeature.INDENT_OUTPUT, input.isEmpty());
                        return mapper.valueToTree(input).toString();
                """);
    }

    @Test
    void aMapperAHelperReturnsAndACallerConfigures() {
        FindingFix fix = onlyFinding(Map.of(HANDLER, handler(JACKSON, "", """
                        ObjectMapper mapper = Mappers.mapper();
                        mapper.enable(SerializationFeature.INDENT_OUTPUT);
                        return mapper.valueToTree(input).toString();
                """), "src/main/java/com/acme/Mappers.java", """
                package com.acme;

                import com.fasterxml.jackson.databind.ObjectMapper;

                final class Mappers {
                    static ObjectMapper mapper() {
                        return new ObjectMapper();
                    }
                }
                """));
        assertTrue(fix.reason().contains("a caller configures what mapper() returns (mapper.enable(…))"), fix::reason);
    }

    @Test
    void aMapperPassedToAMethodThatConfiguresIt() {
        assertReason("it is passed to pretty(), which configures it (m.enable(…))", JACKSON, """
                    private static void pretty(ObjectMapper m) {
                        m.enable(SerializationFeature.INDENT_OUTPUT);
                    }

                """, """
                        ObjectMapper mapper = new ObjectMapper();
                        if (input.isEmpty()) {
                            pretty(mapper);
                        }
                        return mapper.valueToTree(input).toString();
                """);
    }

    @Test
    void aConstructionTheTestsMockStaysWhereTheMockReachesIt() {
        FindingFix fix = onlyFinding(Map.of(HANDLER, handler(S3, "", """
                        S3Client s3 = S3Client.create();
                        return s3.listBuckets().toString();
                """), "src/test/java/com/acme/HandlerTest.java", """
                package com.acme;

                import static org.mockito.Mockito.mockStatic;

                class HandlerTest {
                    void lists() {
                        try (var mocked = mockStatic(software.amazon.awssdk.services.s3.S3Client.class)) {
                            mocked.when(software.amazon.awssdk.services.s3.S3Client::create).thenReturn(null);
                        }
                    }
                }
                """));
        assertEquals("the project's tests mock its construction (mockStatic(S3Client.class) in "
                + "src/test/java/com/acme/HandlerTest.java): built once when the class loads, before a test sets the "
                + "mock up, it would escape the mock", fix.reason());
    }

    @Test
    void aMockAddedToTheTestsIsSeenByACachedAnalysis() {
        Projects.write(dir, Map.of(HANDLER, handler(S3, "", """
                        S3Client s3 = S3Client.create();
                        return s3.listBuckets().toString();
                """)));
        dev.lambdalint.AnalysisRequest request = dev.lambdalint.AnalysisRequest.of(dir, List.of(Path.of("src/main/java")))
                .withCache(dir.resolve("target/lambda-lint"));
        AnalysisResult cold = dev.lambdalint.LambdaLint.analyze(request);
        assertTrue(cold.fixes().of(cold.findings().get(0)).orElseThrow().fixable());

        Projects.write(dir, Map.of("src/test/java/com/acme/HandlerTest.java",
                "class HandlerTest { Object m = org.mockito.Mockito.mockStatic(S3Client.class); }\n"));
        AnalysisResult warm = dev.lambdalint.LambdaLint.analyze(request);
        assertFalse(warm.fromCache());
        assertFalse(warm.fixes().of(warm.findings().get(0)).orElseThrow().fixable());
    }
}

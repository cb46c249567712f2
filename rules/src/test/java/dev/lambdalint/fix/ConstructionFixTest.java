package dev.lambdalint.fix;

import static dev.lambdalint.fix.Projects.HANDLER;
import static dev.lambdalint.fix.Projects.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The move of a construction into a static final field, exactly as the file reads afterwards. */
class ConstructionFixTest {
    private static final String S3 = "import software.amazon.awssdk.services.s3.S3Client;\n";

    @TempDir
    Path dir;

    private String fixed(String path) {
        FixPlan plan = Projects.plan(dir);
        return plan.changes().stream().filter(c -> c.path().equals(path)).findFirst().orElseThrow(
                () -> new AssertionError("no change to " + path + "; not fixed: " + plan.notFixed())).after();
    }

    @Test
    void aLocalUsesTheFieldAndTheTryWithResourcesGivesWayToItsBody() {
        Projects.write(dir, Map.of(HANDLER, handler(S3, "", """
                        try (S3Client s3 = S3Client.create()) { // one per call
                            // list them
                            return s3.listBuckets().toString();
                        }
                """)));

        assertEquals(handler(S3, "    private static final S3Client S3_CLIENT = S3Client.create();\n\n", """
                        S3Client s3 = S3_CLIENT; // one per call
                        // list them
                        return s3.listBuckets().toString();
                """), fixed(HANDLER));
    }

    @Test
    void aBuilderNestedInWhatItBuildsGivesTheFieldTheEnclosingType() {
        String imports = "import retrofit2.Retrofit;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        return new Retrofit.Builder().baseUrl("https://api.example.com/").build().create(Api.class).toString();
                """)));

        String after = fixed(HANDLER);
        assertTrue(after.contains("private static final Retrofit RETROFIT = new Retrofit.Builder()"
                + ".baseUrl(\"https://api.example.com/\").build();"), after);
        assertTrue(after.contains("return RETROFIT.create(Api.class).toString();"), after);
    }

    @Test
    void aSchemaReadWholeFromAResourceIsLoadedInAStaticInitializerThatCatchesTheRead() {
        String imports = "import org.everit.json.schema.loader.SchemaLoader;\nimport org.json.JSONObject;\n"
                + "import org.json.JSONTokener;\nimport org.apache.commons.io.IOUtils;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        SchemaLoader.load(new JSONObject(IOUtils.toString(Handler.class.getResourceAsStream("/a.json"), "UTF-8"))).validate(input);
                        SchemaLoader.load(new JSONObject(new JSONTokener(Handler.class.getResourceAsStream("/b.json")))).validate(input);
                        return input;
                """)));

        String after = fixed(HANDLER);
        assertTrue(after.contains("import org.everit.json.schema.Schema;\nimport java.io.IOException;\n"), after);
        assertTrue(after.contains("""
                    static {
                        try {
                            SCHEMA = SchemaLoader.load(new JSONObject(IOUtils.toString(Handler.class.getResourceAsStream("/a.json"), "UTF-8")));
                        } catch (IOException e) {
                            throw new ExceptionInInitializerError(e);
                        }
                    }
                """), after);
        assertTrue(after.contains("private static final Schema SCHEMA_2 = SchemaLoader.load(new JSONObject("
                + "new JSONTokener(Handler.class.getResourceAsStream(\"/b.json\"))));"), after);
        assertTrue(after.contains("SCHEMA.validate(input);\n        SCHEMA_2.validate(input);"), after);
    }

    @Test
    void aStreamReadWholeInTheConstructionDeclaresItsIOException() {
        String imports = "import com.networknt.schema.JsonSchemaFactory;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        return JsonSchemaFactory.getInstance(null).getSchema(new String(Handler.class.getResourceAsStream("/a.json").readAllBytes())).toString();
                """)));

        String after = fixed(HANDLER);
        assertTrue(after.contains("private static final JsonSchema JSON_SCHEMA;"), after);
        assertTrue(after.contains("} catch (IOException e) {"), after);
        assertTrue(after.contains("return JSON_SCHEMA.toString();"), after);
    }

    @Test
    void aSpringContextStartedInAnExpressionIsKeptAsTheContextItReturns() {
        Projects.write(dir, Map.of(HANDLER, handler("import org.springframework.boot.SpringApplication;\n", "", """
                        return SpringApplication.run(Object.class).getBean(String.class);
                """)));

        String after = fixed(HANDLER);
        assertTrue(after.contains(
                "import org.springframework.context.ConfigurableApplicationContext;"), after);
        assertTrue(after.contains("private static final ConfigurableApplicationContext "
                + "CONFIGURABLE_APPLICATION_CONTEXT = SpringApplication.run(Object.class);"), after);
        assertTrue(
                after.contains("return CONFIGURABLE_APPLICATION_CONTEXT.getBean(String.class);"), after);
    }

    @Test
    void aTryThatKeepsItsCatchGetsTheDeclarationFirstInItsBlock() {
        String imports = S3 + "import software.amazon.awssdk.services.s3.model.S3Exception;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        try (S3Client s3 = S3Client.create()) {
                            return s3.listBuckets().toString();
                        } catch (S3Exception e) {
                            return "none";
                        }
                """)));

        assertEquals(handler(imports, "    private static final S3Client S3_CLIENT = S3Client.create();\n\n", """
                        try {
                            S3Client s3 = S3_CLIENT;
                            return s3.listBuckets().toString();
                        } catch (S3Exception e) {
                            return "none";
                        }
                """), fixed(HANDLER));
    }

    @Test
    void aCloseInFinallyGoesWithTheFinallyAndANullCheckAroundIt() {
        Projects.write(dir, Map.of(HANDLER, handler(S3, "", """
                        S3Client s3 = S3Client.builder()
                                .build();
                        try {
                            return s3.listBuckets().toString();
                        } finally {
                            if (s3 != null) {
                                s3.close();
                            }
                        }
                """)));

        assertEquals(handler(S3, """
                    private static final S3Client S3_CLIENT = S3Client.builder()
                            .build();

                """, """
                        S3Client s3 = S3_CLIENT;
                        return s3.listBuckets().toString();
                """), fixed(HANDLER));
    }

    @Test
    void aHelperReturnsTheFieldWhenNoCallerClosesWhatItReturns() {
        String helper = """
                package com.acme;

                import software.amazon.awssdk.services.s3.S3Client;

                final class Clients {
                    static S3Client s3() {
                        return S3Client.create();
                    }
                }
                """;
        Projects.write(dir, Map.of(HANDLER, handler("", "", "        return Clients.s3().listBuckets().toString();\n"),
                "src/main/java/com/acme/Clients.java", helper));

        assertEquals(helper.replace("final class Clients {\n", """
                final class Clients {
                    private static final S3Client S3_CLIENT = S3Client.create();

                """).replace("return S3Client.create();", "return S3_CLIENT;"),
                fixed("src/main/java/com/acme/Clients.java"));
    }

    @Test
    void aTypeNotImportedIsImportedInOrderAndANameInUseIsNotTaken() {
        String imports = "import software.amazon.awssdk.http.apache.ApacheHttpClient;\n"
                + "import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "    private static final String APACHE_HTTP_CLIENT = \"x\";\n",
                "        var http = ApacheHttpClient.builder().build();\n        return http + APACHE_HTTP_CLIENT;\n")));

        assertEquals(handler("import software.amazon.awssdk.http.SdkHttpClient;\n" + imports, """
                    private static final String APACHE_HTTP_CLIENT = "x";
                    private static final SdkHttpClient APACHE_HTTP_CLIENT_2 = ApacheHttpClient.builder().build();
                """, "        var http = APACHE_HTTP_CLIENT_2;\n        return http + APACHE_HTTP_CLIENT;\n"),
                fixed(HANDLER));
    }

    @Test
    void aConstructionUnderAConditionOnTheEventOrReadingWhatTheRuntimeSetsIsStillMoved() {
        String imports = S3 + "import software.amazon.awssdk.regions.Region;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        if (input.startsWith("archive")) {
                            S3Client s3 = S3Client.builder().region(Region.of(System.getenv("AWS_REGION"))).build();
                            return s3.listBuckets().toString();
                        }
                        for (String key : input.split(",")) {
                            S3Client each = S3Client.create();
                            each.listBuckets();
                        }
                        return input;
                """)));

        String after = fixed(HANDLER);
        assertTrue(after.contains("private static final S3Client S3_CLIENT = S3Client.builder().region(Region.of("
                + "System.getenv(\"AWS_REGION\"))).build();"), after);
        assertTrue(after.contains("private static final S3Client S3_CLIENT_2 = S3Client.create();"), after);
    }

    @Test
    void twoConstructionsOfTheSameValueInAClassShareOneField() {
        String imports = "import java.time.format.DateTimeFormatter;\nimport com.google.gson.GsonBuilder;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        String start = DateTimeFormatter.ofPattern("HH:mm").format(java.time.LocalTime.MIN);
                        String end = DateTimeFormatter.ofPattern( "HH:mm" ).format(java.time.LocalTime.MAX);
                        String day = DateTimeFormatter.ofPattern("dd").format(java.time.LocalDate.MIN);
                        String json = new GsonBuilder().create().toJson(start) + new GsonBuilder().create().toJson(end);
                        return start + end + day + json;
                """)));

        assertEquals(handler("import com.google.gson.Gson;\nimport java.time.format.DateTimeFormatter;\n"
                + "import com.google.gson.GsonBuilder;\n", """
                    private static final DateTimeFormatter DATE_TIME_FORMATTER = DateTimeFormatter.ofPattern("HH:mm");
                    private static final DateTimeFormatter DATE_TIME_FORMATTER_2 = DateTimeFormatter.ofPattern("dd");
                    private static final Gson GSON = new GsonBuilder().create();

                """, """
                        String start = DATE_TIME_FORMATTER.format(java.time.LocalTime.MIN);
                        String end = DATE_TIME_FORMATTER.format(java.time.LocalTime.MAX);
                        String day = DATE_TIME_FORMATTER_2.format(java.time.LocalDate.MIN);
                        String json = GSON.toJson(start) + GSON.toJson(end);
                        return start + end + day + json;
                """), fixed(HANDLER));
    }

    @Test
    void aConstructionInsideAnotherThatMovesMovesWithIt() {
        String imports = "import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClient;\n"
                + "import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapper;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        DynamoDBMapper mapper = new DynamoDBMapper(new AmazonDynamoDBClient());
                        return mapper.toString();
                """)));

        assertEquals(handler(imports, """
                    private static final DynamoDBMapper DYNAMO_DB_MAPPER = new DynamoDBMapper(new AmazonDynamoDBClient());

                """, """
                        DynamoDBMapper mapper = DYNAMO_DB_MAPPER;
                        return mapper.toString();
                """), fixed(HANDLER));
    }

    @Test
    void aFreeMarkerConfigurationSetUpWithoutANewTemplateLoaderMoves() {
        String imports = "import freemarker.template.Configuration;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);
                        freemarker.setDefaultEncoding("UTF-8");
                        return freemarker.getTemplate(input).toString();
                """)));

        assertEquals(handler(imports, """
                    private static final Configuration CONFIGURATION = new Configuration(Configuration.VERSION_2_3_32);

                """, """
                        Configuration freemarker = CONFIGURATION;
                        freemarker.setDefaultEncoding("UTF-8");
                        return freemarker.getTemplate(input).toString();
                """), fixed(HANDLER));
    }

    @Test
    void aTableSchemaFieldIsTypedByTheClassItIsBuiltFrom() {
        String imports = "import software.amazon.awssdk.enhanced.dynamodb.TableSchema;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        return TableSchema.fromBean(Order.class).itemType().rawClass().getName();
                """)));

        assertEquals(handler(imports, """
                    private static final TableSchema<Order> TABLE_SCHEMA = TableSchema.fromBean(Order.class);

                """, """
                        return TABLE_SCHEMA.itemType().rawClass().getName();
                """), fixed(HANDLER));
    }

    @Test
    void environmentVariablesAndConstantsMayBeUsed() {
        String imports = S3 + "import software.amazon.awssdk.regions.Region;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "    private static final String BUCKET = \"b\";\n", """
                        S3Client s3 = S3Client.builder().region(Region.of(System.getenv("AWS_REGION"))).build();
                        return s3.getObject(b -> b.bucket(BUCKET).key(input)).toString();
                """)));

        assertEquals(handler(imports, """
                    private static final String BUCKET = "b";
                    private static final S3Client S3_CLIENT = S3Client.builder().region(Region.of(System.getenv("AWS_REGION"))).build();
                """, """
                        S3Client s3 = S3_CLIENT;
                        return s3.getObject(b -> b.bucket(BUCKET).key(input)).toString();
                """), fixed(HANDLER));
    }

    @Test
    void aContextThatDeclaresACheckedExceptionIsBuiltInAStaticInitializer() {
        String imports = "import jakarta.xml.bind.JAXBContext;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        return JAXBContext.newInstance(String.class).toString();
                """)));

        assertEquals(handler("import jakarta.xml.bind.JAXBContext;\nimport jakarta.xml.bind.JAXBException;\n", """

                    private static final JAXBContext JAXB_CONTEXT;

                    static {
                        try {
                            JAXB_CONTEXT = JAXBContext.newInstance(String.class);
                        } catch (JAXBException e) {
                            throw new ExceptionInInitializerError(e);
                        }
                    }

                """, """
                        return JAXB_CONTEXT.toString();
                """), fixed(HANDLER));
    }

    @Test
    void whatAnObjectBuiltInsideTheConstructionDeclaresIsCaughtInTheStaticInitializer() {
        String imports = "import com.auth0.jwk.UrlJwkProvider;\nimport java.net.URL;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        try {
                            return new UrlJwkProvider(new URL("https://issuer.example.com/")).get(input).getId();
                        } catch (Exception e) {
                            return "failed";
                        }
                """)));

        assertEquals(handler("import com.auth0.jwk.UrlJwkProvider;\nimport java.net.MalformedURLException;\n"
                + "import java.net.URL;\n", """

                    private static final UrlJwkProvider URL_JWK_PROVIDER;

                    static {
                        try {
                            URL_JWK_PROVIDER = new UrlJwkProvider(new URL("https://issuer.example.com/"));
                        } catch (MalformedURLException e) {
                            throw new ExceptionInInitializerError(e);
                        }
                    }

                """, """
                        try {
                            return URL_JWK_PROVIDER.get(input).getId();
                        } catch (Exception e) {
                            return "failed";
                        }
                """), fixed(HANDLER));
    }

    @Test
    void anEndpointGivenAsANewUriIsBuiltInAStaticInitializer() {
        String imports = "import java.net.URI;\nimport software.amazon.awssdk.services.s3.S3Client;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        try {
                            S3Client s3 = S3Client.builder().endpointOverride(new URI("http://localhost:4566")).build();
                            return s3.toString();
                        } catch (Exception e) {
                            return "failed";
                        }
                """)));

        assertEquals(handler("import java.net.URI;\nimport java.net.URISyntaxException;\n"
                + "import software.amazon.awssdk.services.s3.S3Client;\n", """

                    private static final S3Client S3_CLIENT;

                    static {
                        try {
                            S3_CLIENT = S3Client.builder().endpointOverride(new URI("http://localhost:4566")).build();
                        } catch (URISyntaxException e) {
                            throw new ExceptionInInitializerError(e);
                        }
                    }

                """, """
                        try {
                            S3Client s3 = S3_CLIENT;
                            return s3.toString();
                        } catch (Exception e) {
                            return "failed";
                        }
                """), fixed(HANDLER));
    }

    @Test
    void anInnerClassesConstructionMovesToTheClassAroundIt() {
        String imports = "import com.fasterxml.jackson.databind.ObjectMapper;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, """
                    private final Parser parser = new Parser();

                    class Parser {
                        String parse(String body) {
                            return new ObjectMapper().readTree(body).toString();
                        }
                    }

                """, "        return parser.parse(input);\n")));

        assertEquals(handler(imports, """
                    private static final ObjectMapper OBJECT_MAPPER = new ObjectMapper();
                    private final Parser parser = new Parser();

                    class Parser {
                        String parse(String body) {
                            return OBJECT_MAPPER.readTree(body).toString();
                        }
                    }

                """, "        return parser.parse(input);\n"), fixed(HANDLER));
    }

    @Test
    void windowsLineEndsAndTabsAreKept() {
        String source = handler(S3, "", "\t\tS3Client s3 = S3Client.builder()\n\t\t\t\t.build();\n\t\treturn s3.toString();\n")
                .replace("    ", "\t").replace("\n", "\r\n");
        Projects.write(dir, Map.of(HANDLER, source));

        String expected = handler(S3, "\tprivate static final S3Client S3_CLIENT = S3Client.builder()\n\t\t\t.build();\n\n",
                "\t\tS3Client s3 = S3_CLIENT;\n\t\treturn s3.toString();\n").replace("    ", "\t").replace("\n", "\r\n");
        assertEquals(expected, fixed(HANDLER));
    }

    @Test
    void aBodyWhoseNameWouldClashAroundItStaysAPlainBlock() {
        Projects.write(dir, Map.of(HANDLER, handler(S3, "", """
                        try (S3Client s3 = S3Client.create()) {
                            s3.listBuckets();
                        }
                        try (S3Client s3 = S3Client.create()) {
                            s3.listBuckets();
                        }
                        return input;
                """)));

        assertEquals(handler(S3, """
                    private static final S3Client S3_CLIENT = S3Client.create();

                """, """
                        {
                            S3Client s3 = S3_CLIENT;
                            s3.listBuckets();
                        }
                        {
                            S3Client s3 = S3_CLIENT;
                            s3.listBuckets();
                        }
                        return input;
                """), fixed(HANDLER));
    }

    @Test
    void aClientWhoseCloseDeclaresNothingCheckedMayLeaveACatchAround() {
        String imports = S3 + "import java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        try {
                            S3Client s3 = S3Client.create();
                            s3.listBuckets();
                            s3.close();
                            return Files.readString(Path.of(input));
                        } catch (IOException e) {
                            return "unreadable";
                        }
                """)));

        assertEquals(handler(imports, "    private static final S3Client S3_CLIENT = S3Client.create();\n\n", """
                        try {
                            S3Client s3 = S3_CLIENT;
                            s3.listBuckets();
                            return Files.readString(Path.of(input));
                        } catch (IOException e) {
                            return "unreadable";
                        }
                """), fixed(HANDLER));
    }

    @Test
    void theNewFieldGoesAboveTheJavadocOfTheFirstMemberNotBetweenTheTwo() {
        String before = """
                package com.acme;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import software.amazon.awssdk.services.s3.S3Client;

                public class Handler implements RequestHandler<String, String> {

                    /**
                     * Lists the buckets; the "/* and // inside" of a string are no comment.
                     */
                    // the entry point
                    @Override
                    public String handleRequest(String input, Context context) {
                        S3Client s3 = S3Client.create();
                        return s3.listBuckets().toString() + "/* // */";
                    }
                }
                """;
        Projects.write(dir, Map.of(HANDLER, before));

        assertEquals(before.replace("""
                public class Handler implements RequestHandler<String, String> {

                """, """
                public class Handler implements RequestHandler<String, String> {

                    private static final S3Client S3_CLIENT = S3Client.create();

                """).replace("S3Client s3 = S3Client.create();", "S3Client s3 = S3_CLIENT;"), fixed(HANDLER));
    }

    @Test
    void aCloseStatementGoesWithTheCommentLinesAboveItButNotWithACommentAfterABlankLine() {
        Projects.write(dir, Map.of(HANDLER, handler(S3, "", """
                        S3Client s3 = S3Client.create();
                        // what the caller gets

                        String buckets = s3.listBuckets().toString(); // all of them
                        // done with the client:
                        // release its connections
                        s3.close();
                        return buckets;
                """)));

        assertEquals(handler(S3, "    private static final S3Client S3_CLIENT = S3Client.create();\n\n", """
                        S3Client s3 = S3_CLIENT;
                        // what the caller gets

                        String buckets = s3.listBuckets().toString(); // all of them
                        return buckets;
                """), fixed(HANDLER));
    }

    @Test
    void aMapperSetUpRightAfterItsConstructionWithFixedSettingsMovesAndKeepsItsSetup() {
        String imports = "import com.fasterxml.jackson.databind.ObjectMapper;\n"
                + "import com.fasterxml.jackson.databind.SerializationFeature;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        ObjectMapper mapper = new ObjectMapper();
                        mapper.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
                        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
                        return mapper.valueToTree(input).toString()
                                + new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).valueToTree(input);
                """)));

        assertEquals(handler(imports, """
                    private static final ObjectMapper OBJECT_MAPPER = new ObjectMapper();
                    private static final ObjectMapper OBJECT_MAPPER_2 = new ObjectMapper();

                """, """
                        ObjectMapper mapper = OBJECT_MAPPER;
                        mapper.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
                        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
                        return mapper.valueToTree(input).toString()
                                + OBJECT_MAPPER_2.disable(SerializationFeature.INDENT_OUTPUT).valueToTree(input);
                """), fixed(HANDLER));
    }

    @Test
    void mappersNothingSetsUpShareOneFieldAndASetUpOneKeepsItsOwn() {
        String imports = "import com.fasterxml.jackson.databind.ObjectMapper;\n"
                + "import com.fasterxml.jackson.databind.SerializationFeature;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        ObjectMapper reader = new ObjectMapper();
                        ObjectMapper writer = new ObjectMapper();
                        ObjectMapper pretty = new ObjectMapper();
                        pretty.enable(SerializationFeature.INDENT_OUTPUT);
                        return reader.valueToTree(input).toString() + writer.writeValueAsString(input)
                                + pretty.writeValueAsString(input);
                """)));

        assertEquals(handler(imports, """
                    private static final ObjectMapper OBJECT_MAPPER = new ObjectMapper();
                    private static final ObjectMapper OBJECT_MAPPER_2 = new ObjectMapper();

                """, """
                        ObjectMapper reader = OBJECT_MAPPER;
                        ObjectMapper writer = OBJECT_MAPPER;
                        ObjectMapper pretty = OBJECT_MAPPER_2;
                        pretty.enable(SerializationFeature.INDENT_OUTPUT);
                        return reader.valueToTree(input).toString() + writer.writeValueAsString(input)
                                + pretty.writeValueAsString(input);
                """), fixed(HANDLER));
    }

    @Test
    void aMockOfAnotherTypeInTheTestsLeavesTheFixAlone() {
        Projects.write(dir, Map.of(HANDLER, handler(S3, "", """
                        S3Client s3 = S3Client.create();
                        return s3.listBuckets().toString();
                """), "src/test/java/com/acme/HandlerTest.java", """
                package com.acme;

                class HandlerTest {
                    Object mocks = org.mockito.Mockito.mockStatic(S3Clients.class);
                }
                """));

        assertEquals(handler(S3, "    private static final S3Client S3_CLIENT = S3Client.create();\n\n", """
                        S3Client s3 = S3_CLIENT;
                        return s3.listBuckets().toString();
                """), fixed(HANDLER));
    }

    @Test
    void aConstructionInParenthesesGivesWayToTheBareField() {
        String imports = "import com.google.gson.Gson;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        return (new Gson()).toJson(input) + ((new Gson())).toJson(input);
                """)));

        assertEquals(handler(imports, """
                    private static final Gson GSON = new Gson();

                """, """
                        return GSON.toJson(input) + GSON.toJson(input);
                """), fixed(HANDLER));
    }
}

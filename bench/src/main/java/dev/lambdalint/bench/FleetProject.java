package dev.lambdalint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a generated Lambda monorepo into the benchmark corpus: many functions over one shared library that uses
 * the corpus's own Jackson, Guava and DynamoDB sources, so that every handler reaches deep into real code and the
 * invocation model has real work to do. Some functions make the mistakes the rules catch (a client or an
 * ObjectMapper per invocation, a static map that only grows), most do not. The library is the same whatever the
 * number of functions: the benchmark compares 10 and 100 handlers over the same code.
 */
final class FleetProject {
    static final String PACKAGE = "com.acme.fleet";
    static final int SERVICES = 20;

    private FleetProject() {
    }

    /** Writes the library and {@code functions} handlers under {@code root} (a source root). */
    static void write(Path root, int functions) throws IOException {
        Path pkg = root.resolve(PACKAGE.replace('.', '/'));
        write(pkg.resolve("common/Json.java"), json());
        write(pkg.resolve("common/Repository.java"), repository());
        write(pkg.resolve("common/Checks.java"), checks());
        for (int s = 0; s < SERVICES; s++) {
            write(pkg.resolve(String.format(Locale.ROOT, "services/Service%02d.java", s)), service(s));
        }
        for (int f = 0; f < functions; f++) {
            write(pkg.resolve(String.format(Locale.ROOT, "functions/Function%03d.java", f)), function(f));
        }
    }

    /** A pom for the fleet as a Maven project of its own (sources only: the checks compared need no compilation). */
    static String pom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>fleet</artifactId>
                  <version>1.0</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>17</maven.compiler.release>
                  </properties>
                </project>
                """;
    }

    /** Excludes (globs relative to the source root) that leave only the first {@code kept} of the functions. */
    static String keepFirstFunctions(int kept) {
        if (kept != 10) {
            throw new IllegalArgumentException("only the first 10 are selectable by glob");
        }
        return "**/functions/Function0[1-9]*.java";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String json() {
        return """
                package com.acme.fleet.common;

                import com.fasterxml.jackson.databind.JsonNode;
                import com.fasterxml.jackson.databind.ObjectMapper;
                import java.util.Map;

                /** One mapper for the whole execution environment. */
                public final class Json {
                    private static final ObjectMapper MAPPER = new ObjectMapper();

                    private Json() {
                    }

                    public static JsonNode tree(String text) {
                        try {
                            return MAPPER.readTree(text);
                        } catch (Exception e) {
                            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
                        }
                    }

                    public static String write(Object value) {
                        try {
                            return MAPPER.writeValueAsString(value);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }

                    public static Map<?, ?> map(String text) {
                        try {
                            return MAPPER.readValue(text, Map.class);
                        } catch (Exception e) {
                            throw new IllegalArgumentException(e);
                        }
                    }
                }
                """;
    }

    private static String repository() {
        return """
                package com.acme.fleet.common;

                import java.util.Map;
                import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
                import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
                import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
                import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
                import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

                /** Items in one table, through a client built once. */
                public final class Repository {
                    private static final DynamoDbClient DYNAMO = DynamoDbClient.create();
                    private final String table;

                    public Repository(String table) {
                        this.table = table;
                    }

                    public void put(String id, String body) {
                        DYNAMO.putItem(PutItemRequest.builder().tableName(table)
                                .item(Map.of("id", AttributeValue.fromS(id), "body", AttributeValue.fromS(body)))
                                .build());
                    }

                    public String get(String id) {
                        GetItemResponse response = DYNAMO.getItem(GetItemRequest.builder().tableName(table)
                                .key(Map.of("id", AttributeValue.fromS(id))).build());
                        return response.hasItem() ? response.item().get("body").s() : null;
                    }

                    public String table() {
                        return table;
                    }
                }
                """;
    }

    private static String checks() {
        return """
                package com.acme.fleet.common;

                import com.google.common.base.Preconditions;
                import com.google.common.base.Strings;
                import com.google.common.collect.ImmutableList;
                import com.google.common.collect.ImmutableMap;
                import java.util.List;
                import java.util.Map;

                /** Input checks every function shares. */
                public final class Checks {
                    private Checks() {
                    }

                    public static String id(Map<String, Object> event) {
                        Object id = event.get("id");
                        Preconditions.checkArgument(id != null, "no id");
                        return Strings.padStart(id.toString(), 12, '0');
                    }

                    public static List<String> tags(Map<String, Object> event) {
                        Object tags = event.getOrDefault("tags", "");
                        return ImmutableList.copyOf(tags.toString().split(","));
                    }

                    public static Map<String, String> labels(String id, List<String> tags) {
                        return ImmutableMap.of("id", id, "tags", String.join(",", tags));
                    }
                }
                """;
    }

    private static String service(int s) {
        int next = (s + 1) % SERVICES;
        int other = (s * 7 + 3) % SERVICES;
        return String.format(Locale.ROOT, """
                package com.acme.fleet.services;

                import com.acme.fleet.common.Checks;
                import com.acme.fleet.common.Json;
                import com.acme.fleet.common.Repository;
                import com.fasterxml.jackson.databind.JsonNode;
                import java.util.List;
                import java.util.Map;

                /** Business step %1$d: validates, transforms and stores, then hands over to another step. */
                public class Service%1$02d {
                    private final Repository repository = new Repository("table-%1$d");

                    public String handle(Map<String, Object> event, int depth) {
                        String id = Checks.id(event);
                        List<String> tags = Checks.tags(event);
                        String body = Json.write(Checks.labels(id, tags));
                        repository.put(id, body);
                        if (depth > 0) {
                            return new Service%2$02d().handle(event, depth - 1) + audit(id);
                        }
                        return summary(id);
                    }

                    public String summary(String id) {
                        String stored = repository.get(id);
                        JsonNode tree = Json.tree(stored == null ? "{}" : stored);
                        return id + ":" + tree.size() + ":" + new Service%3$02d().audit(id);
                    }

                    public String audit(String id) {
                        Map<?, ?> fields = Json.map("{\\"id\\":\\"" + id + "\\"}");
                        return fields.size() + "@" + repository.table();
                    }
                }
                """, s, next, other);
    }

    private static String function(int f) {
        String mistake;
        String imports = "";
        if (f % 10 == 3) {
            imports = "import software.amazon.awssdk.services.dynamodb.DynamoDbClient;\n";
            mistake = "        DynamoDbClient dynamo = DynamoDbClient.create();\n"
                    + "        dynamo.listTables();\n";
        } else if (f % 10 == 6) {
            imports = "import com.fasterxml.jackson.databind.ObjectMapper;\n";
            mistake = "        ObjectMapper mapper = new ObjectMapper();\n"
                    + "        mapper.valueToTree(event);\n";
        } else if (f % 10 == 8) {
            mistake = "        SEEN.put(context.getAwsRequestId(), result);\n";
        } else {
            mistake = "";
        }
        return String.format(Locale.ROOT, """
                package com.acme.fleet.functions;

                import com.acme.fleet.services.Service%2$02d;
                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import java.util.HashMap;
                import java.util.Map;
                %4$s
                /** Function %1$d of the fleet. */
                public class Function%1$03d implements RequestHandler<Map<String, Object>, String> {
                    private static final Map<String, String> SEEN = new HashMap<>();
                    private final Service%2$02d service = new Service%2$02d();

                    @Override
                    public String handleRequest(Map<String, Object> event, Context context) {
                        String result = service.handle(event, %3$d);
                %5$s        return result;
                    }
                }
                """, f, f % SERVICES, 1 + f % 3, imports, mistake);
    }
}

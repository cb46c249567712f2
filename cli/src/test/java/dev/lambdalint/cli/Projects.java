package dev.lambdalint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small Lambda projects written for a test. */
final class Projects {
    private Projects() {
    }

    /** A handler that builds a DynamoDB client on every invocation (line 11), under src/main/java. */
    static final String PER_INVOCATION = """
            package com.acme;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;
            import java.util.Map;
            import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

            public class OrderHandler implements RequestHandler<Map<String, String>, String> {
                @Override
                public String handleRequest(Map<String, String> order, Context context) {
                    DynamoDbClient ddb = DynamoDbClient.create();
                    ddb.putItem(b -> b.tableName("orders"));
                    return "ok";
                }
            }
            """;

    /** The same handler building its client once, in a static field. */
    static final String ONCE = """
            package com.acme;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;
            import java.util.Map;
            import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

            public class OrderHandler implements RequestHandler<Map<String, String>, String> {
                private static final DynamoDbClient DDB = DynamoDbClient.create();

                @Override
                public String handleRequest(Map<String, String> order, Context context) {
                    DDB.putItem(b -> b.tableName("orders"));
                    return "ok";
                }
            }
            """;

    static final String POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.acme</groupId>
              <artifactId>orders</artifactId>
              <version>1.0</version>
            </project>
            """;

    static Path withHandler(Path dir, String source) throws IOException {
        return write(dir, "src/main/java/com/acme/OrderHandler.java", source);
    }

    static Path write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return dir;
    }
}

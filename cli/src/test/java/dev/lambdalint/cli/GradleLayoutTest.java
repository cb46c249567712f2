package dev.lambdalint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Gradle multi-project build: the function's project compiles against a sibling project, whose code its handler
 * runs. The command line follows into the sibling's sources as the goal follows reactor dependencies, and judges
 * only the function's own handlers.
 */
class GradleLayoutTest {
    @TempDir
    Path dir;

    @Test
    void aSiblingProjectTheBuildScriptNamesIsFollowedInto() throws IOException {
        write("settings.gradle", "include 'server', 'shared'\n");
        write("server/build.gradle", "dependencies {\n    implementation project(':shared')\n}\n");
        write("server/src/main/java/com/acme/server/PostHandler.java", """
                package com.acme.server;

                import com.acme.shared.Json;
                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;

                public class PostHandler implements RequestHandler<String, String> {
                    @Override
                    public String handleRequest(String body, Context context) {
                        return Json.write(body);
                    }
                }
                """);
        write("shared/src/main/java/com/acme/shared/Json.java", """
                package com.acme.shared;

                import com.fasterxml.jackson.databind.ObjectMapper;

                public final class Json {
                    public static String write(Object value) {
                        try {
                            return new ObjectMapper().writeValueAsString(value);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                """);
        write("shared/src/main/java/com/acme/shared/SharedHandler.java", """
                package com.acme.shared;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import software.amazon.awssdk.services.sqs.SqsClient;

                /** The sibling's own handler: not judged from server. */
                public class SharedHandler implements RequestHandler<String, String> {
                    @Override
                    public String handleRequest(String body, Context context) {
                        return SqsClient.create().toString();
                    }
                }
                """);

        Cli cli = Cli.run("check", "--no-fail", dir.resolve("server").toString());

        assertEquals(LambdaLintCli.PASSED, cli.exit(), cli.toString());
        assertTrue(cli.toString().contains("[INFO] lambda-lint: Gradle projects followed into: :shared"), cli.toString());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("server/target/lambda-lint/lambda-lint.json").toFile());
        assertEquals(List.of("server com.acme.server.PostHandler::handleRequest"), ParentPomLayoutTest.handlers(json));
        assertEquals(List.of("init-per-invocation ../shared/src/main/java/com/acme/shared/Json.java:8"),
                ParentPomLayoutTest.findings(json));
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

package dev.lambdalint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single module with no .git, under a parent POM whose folder holds the template: the command line goes up to the
 * parent's folder as the goal does, so it finds the template, the handler only the template names, and names files
 * from the same root in SARIF. {@code CheckMojoParentLayoutTest} in the plugin expects the same of the goal.
 */
class ParentPomLayoutTest {
    @TempDir
    Path dir;

    @Test
    void theTemplateBesideTheParentPomIsFoundAsTheGoalFindsIt() throws IOException {
        write("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId><artifactId>jobs-parent</artifactId><version>1</version>
                  <packaging>pom</packaging>
                </project>
                """);
        write("template.yaml", """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  NightlyFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: jobs
                      Handler: com.acme.jobs.Nightly::run
                      Runtime: java17
                """);
        write("jobs/pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                  <parent><groupId>com.acme</groupId><artifactId>jobs-parent</artifactId><version>1</version></parent>
                  <artifactId>jobs</artifactId>
                </project>
                """);
        write("jobs/src/main/java/com/acme/jobs/Nightly.java", """
                package com.acme.jobs;

                import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

                /** No interface: only the template says this is a handler. */
                public class Nightly {
                    public void run() {
                        DynamoDbClient ddb = DynamoDbClient.create();
                        ddb.close();
                    }
                }
                """);

        Cli cli = Cli.run("check", "--no-fail", dir.resolve("jobs").toString());

        assertEquals(LambdaLintCli.PASSED, cli.exit(), cli.toString());
        Path reports = dir.resolve("jobs/target/lambda-lint");
        JsonNode json = new ObjectMapper().readTree(reports.resolve("lambda-lint.json").toFile());
        assertEquals(List.of("com.acme:jobs com.acme.jobs.Nightly::run"), handlers(json), "named by the template");
        assertEquals(List.of("client-per-invocation src/main/java/com/acme/jobs/Nightly.java:8"), findings(json));
        JsonNode sarif = new ObjectMapper().readTree(reports.resolve("lambda-lint.sarif").toFile());
        assertEquals("jobs/src/main/java/com/acme/jobs/Nightly.java",
                sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText(),
                "named from the parent's folder, the repository root");
    }

    static List<String> handlers(JsonNode json) {
        List<String> handlers = new ArrayList<>();
        json.path("handlers").forEach(h -> handlers.add(h.path("module").asText() + " " + h.path("handler").asText()));
        return handlers;
    }

    static List<String> findings(JsonNode json) {
        List<String> findings = new ArrayList<>();
        json.path("findings").forEach(f -> findings.add(f.path("ruleId").asText() + " " + f.path("path").asText()
                + ":" + f.path("line").asInt()));
        return findings;
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

package dev.lambdalint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single module with no .git, under a parent POM whose folder holds the template: the goal goes up to the parent's
 * folder, finds the template and the handler only it names, and names files from there in SARIF; the command line's
 * {@code ParentPomLayoutTest} expects the very same of the same layout.
 */
@MojoTest
class CheckMojoParentLayoutTest {
    private final MavenProject project = new MavenProject();
    private final RecordingLog log = new RecordingLog();

    @TempDir
    Path dir;

    @Provides
    MavenProject project() {
        return project;
    }

    @Provides
    Log log() {
        return log;
    }

    /** The project as Maven sees it in that layout: the module, with its parent project read from ../pom.xml. */
    @BeforeEach
    void setUpProject() throws IOException {
        layout();
        Path module = dir.resolve("jobs");
        project.setFile(module.resolve("pom.xml").toFile());
        project.setGroupId("com.acme");
        project.setArtifactId("jobs");
        project.setVersion("1");
        project.setPackaging("jar");
        project.addCompileSourceRoot(module.resolve("src/main/java").toString());
        project.getBuild().setDirectory(module.resolve("target").toString());
        MavenProject parent = new MavenProject();
        parent.setFile(dir.resolve("pom.xml").toFile());
        project.setParent(parent);
    }

    @Test
    @Basedir("/projects/clean")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void theTemplateBesideTheParentPomIsFoundAsTheCommandLineFindsIt(CheckMojo mojo) throws Exception {
        Path module = dir.resolve("jobs");
        mojo.execute();

        Path reports = module.resolve("target/lambda-lint");
        JsonNode json = new ObjectMapper().readTree(reports.resolve("lambda-lint.json").toFile());
        assertEquals(List.of("com.acme:jobs com.acme.jobs.Nightly::run"), handlers(json), "named by the template");
        assertEquals(List.of("client-per-invocation src/main/java/com/acme/jobs/Nightly.java:8"), findings(json));
        JsonNode sarif = new ObjectMapper().readTree(reports.resolve("lambda-lint.sarif").toFile());
        assertEquals("jobs/src/main/java/com/acme/jobs/Nightly.java",
                sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText(),
                "named from the parent's folder, the repository root");
    }

    private static List<String> handlers(JsonNode json) {
        List<String> handlers = new ArrayList<>();
        json.path("handlers").forEach(h -> handlers.add(h.path("module").asText() + " " + h.path("handler").asText()));
        return handlers;
    }

    private static List<String> findings(JsonNode json) {
        List<String> findings = new ArrayList<>();
        json.path("findings").forEach(f -> findings.add(f.path("ruleId").asText() + " " + f.path("path").asText()
                + ":" + f.path("line").asInt()));
        return findings;
    }

    /** The layout of the command line's {@code ParentPomLayoutTest}. */
    private void layout() throws IOException {
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
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

package dev.lambdalint.deploy;

import static dev.lambdalint.deploy.Templates.function;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.source.ParseProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where templates are found: the base directory, named files and directories, a CDK cloud assembly. */
class TemplateFilesTest {
    private static final String ONE_FUNCTION = """
            {"Resources": {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Handler": "com.acme.%s"}}}}
            """;

    @TempDir
    Path dir;

    @Test
    void searchesTheBaseDirectory() {
        Templates.write(dir, "template.yml", "Resources: {A: {Type: AWS::Serverless::Function}}\n");
        Templates.write(dir, "api.template.json", ONE_FUNCTION.formatted("Api"));
        Templates.write(dir, "serverless.yml", "service: s\nfunctions: {f: {handler: com.acme.F}}\n");
        Templates.write(dir, "nested/template.yaml", "Resources: {B: {Type: AWS::Serverless::Function}}\n");
        List<ParseProblem> problems = new ArrayList<>();
        List<String> found = TemplateFiles.find(dir, List.of(), problems).templates().stream()
                .map(TemplateFile::relativePath).toList();
        assertEquals(List.of("template.yml", "api.template.json", "serverless.yml"), found);
        assertEquals(List.of(), problems);
    }

    @Test
    void namedFilesAndDirectoriesReplaceTheSearch() {
        Templates.write(dir, "template.yaml", "Resources: {A: {Type: AWS::Serverless::Function}}\n");
        Templates.write(dir, "infra/stack.yaml", "Resources: {B: {Type: AWS::Serverless::Function}}\n");
        Templates.write(dir, "deploy/template.json", ONE_FUNCTION.formatted("C"));
        List<ParseProblem> problems = new ArrayList<>();
        TemplateFiles.Found found = TemplateFiles.find(dir,
                List.of(Path.of("infra/stack.yaml"), Path.of("deploy"), Path.of("missing.yaml")), problems);
        assertEquals(List.of("infra/stack.yaml", "deploy/template.json"),
                found.templates().stream().map(TemplateFile::relativePath).toList());
        assertEquals(1, problems.size());
        assertEquals("missing.yaml", problems.get(0).relativePath());
        assertTrue(problems.get(0).message().contains("does not exist"));
    }

    @Test
    void readsTheStacksOfACdkCloudAssembly() {
        Templates.write(dir, "cdk.out/manifest.json", """
                {"version": "36.0.0", "artifacts": {
                  "Api": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "Api.template.json"}},
                  "Db": {"type": "aws:cloudformation:stack",
                         "properties": {"templateFile": "Db.template.json", "stackName": "prod-db"}},
                  "Gone": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "Gone.template.json"}},
                  "Prod": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-Prod"}},
                  "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}}}}
                """);
        Templates.write(dir, "cdk.out/Api.template.json", ONE_FUNCTION.formatted("Api"));
        Templates.write(dir, "cdk.out/Db.template.json", ONE_FUNCTION.formatted("Db"));
        Templates.write(dir, "cdk.out/assembly-Prod/manifest.json", """
                {"artifacts": {"ProdWeb": {"type": "aws:cloudformation:stack",
                                           "properties": {"templateFile": "ProdWeb.template.json"}}}}
                """);
        Templates.write(dir, "cdk.out/assembly-Prod/ProdWeb.template.json", ONE_FUNCTION.formatted("Web"));
        List<ParseProblem> problems = new ArrayList<>();
        TemplateFiles.Found found = TemplateFiles.find(dir, List.of(), problems);
        assertEquals(List.of("Api", "prod-db", "ProdWeb"),
                found.templates().stream().map(TemplateFile::stackName).toList());
        assertEquals(List.of("cdk.out/manifest.json"), problems.stream().map(ParseProblem::relativePath).toList());
        assertTrue(problems.get(0).message().contains("Gone"), problems.get(0).message());
        assertTrue(found.inputs().contains(dir.resolve("cdk.out/assembly-Prod/manifest.json")));

        Deployment deployment = DeploymentReader.read(found.templates());
        LambdaFunction db = deployment.functions().stream().filter(f -> f.scope().equals("cdk.out/Db.template.json"))
                .findFirst().orElseThrow();
        assertTrue(((Value.Unknown) db.deployedName().value()).reason().contains("prod-db-Fn-<random suffix>"));
        assertEquals(3, deployment.handlerNames().size());
    }

    @Test
    void readsSnapStartFromACdkStackTemplate() {
        Templates.write(dir, "cdk.out/manifest.json", """
                {"artifacts": {"Api": {"type": "aws:cloudformation:stack",
                                       "properties": {"templateFile": "Api.template.json"}}}}
                """);
        Templates.write(dir, "cdk.out/Api.template.json", """
                {"Resources": {
                  "Snappy": {"Type": "AWS::Lambda::Function",
                             "Properties": {"Handler": "com.acme.Snappy", "Runtime": "java21",
                                            "SnapStart": {"ApplyOn": "PublishedVersions"}}},
                  "Plain": {"Type": "AWS::Lambda::Function", "Properties": {"Handler": "com.acme.Plain"}}}}
                """);
        Deployment deployment = Templates.read(dir);
        assertTrue(function(deployment, "Snappy").snapStartOn());
        assertEquals("cdk.out/Api.template.json:4", function(deployment, "Snappy").snapStart().at().toString());
        assertFalse(function(deployment, "Plain").snapStartOn());
    }

    @Test
    void aBrokenManifestIsAProblemNamingIt() {
        Templates.write(dir, "cdk.out/manifest.json", "{\"artifacts\": {\n  \"Api\": \n}");
        List<ParseProblem> problems = new ArrayList<>();
        TemplateFiles.find(dir, List.of(), problems);
        assertEquals(1, problems.size());
        assertEquals("cdk.out/manifest.json", problems.get(0).relativePath());
        assertEquals(3, problems.get(0).line());
    }

    @Test
    void malformedTemplatesAreProblemsAndTheOthersAreStillRead() {
        Templates.write(dir, "template.yaml", "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n  - bad\n");
        Templates.write(dir, "good.template.json", ONE_FUNCTION.formatted("Good"));
        Deployment deployment = Templates.read(dir);
        assertEquals(1, deployment.problems().size());
        ParseProblem problem = deployment.problems().get(0);
        assertEquals("template.yaml", problem.relativePath());
        assertEquals(4, problem.line());
        assertTrue(problem.message().startsWith("the template does not parse"), problem.message());
        assertEquals("com.acme.Good", function(deployment, "Fn").handlerName().orElseThrow().type());
    }

    @Test
    void handlerNames() {
        assertEquals(new HandlerName("com.acme.Jobs", "handleRequest"), HandlerName.parse("com.acme.Jobs").get());
        assertEquals(new HandlerName("com.acme.Jobs", "nightly"), HandlerName.parse(" com.acme.Jobs::nightly").get());
        assertEquals(new HandlerName("com.acme.Outer.Inner", "run"), HandlerName.parse("com.acme.Outer$Inner::run")
                .get());
        assertTrue(HandlerName.parse("index.handler::").isEmpty());
        assertTrue(HandlerName.parse("Jobs").isEmpty());
    }
}

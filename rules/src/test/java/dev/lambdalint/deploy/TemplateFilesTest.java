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
    void aTemplatesOtherNamesAreFoundHereAndAboveAndLookAlikesSkipped() {
        String snapStart = """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  ProductApiFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: product-api-%s
                      Handler: com.acme.Products::handleRequest
                      SnapStart: {ApplyOn: %s}
                """;
        Templates.write(dir, "template-snapstart.yaml", snapStart.formatted("snapstart", "PublishedVersions"));
        Templates.write(dir, "template-standard.yaml", snapStart.formatted("standard", "None"));
        Templates.write(dir, "template-api.yaml", "openapi: 3.0.1\ninfo: {title: Products}\npaths: {}\n");
        Templates.write(dir, "templates.yaml", "Resources: {Not: {Type: AWS::Serverless::Function}}\n");
        Templates.write(dir, "module/sam-template.yml", "Resources: {Own: {Type: AWS::Serverless::Function, "
                + "Properties: {Handler: com.acme.Own}}}\n");
        Templates.write(dir, ".git/HEAD", "ref: refs/heads/main\n");
        List<ParseProblem> problems = new ArrayList<>();
        TemplateFiles.Found found = TemplateFiles.find(dir.resolve("module"), dir, List.of(), problems);
        assertEquals(List.of("sam-template.yml", "../template-api.yaml", "../template-snapstart.yaml",
                "../template-standard.yaml"), found.templates().stream().map(TemplateFile::relativePath).toList());
        Deployment deployment = DeploymentReader.read(found.templates());
        assertEquals(List.of(), deployment.problems());
        assertEquals(List.of("Own", "ProductApiFunction", "ProductApiFunction"),
                deployment.functions().stream().map(LambdaFunction::name).toList(),
                "two variants deployed under their own names are two functions");
        assertEquals(List.of(false, true, false),
                deployment.functions().stream().map(LambdaFunction::snapStartOn).toList());
        assertTrue(deployment.notes().contains("skipped ../template-api.yaml: not a deployment template (it has no "
                + "Resources, AWSTemplateFormatVersion or Transform at its top level)"), deployment.notes().toString());
    }

    @Test
    void aFunctionAVariantTemplateDeclaresAgainIsReadOnceFromTheUsualTemplate() {
        String template = """
                Resources:
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: com.acme.Orders, MemorySize: %d}
                  %s:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: com.acme.%s}
                """;
        Templates.write(dir, "template.yaml", template.formatted(512, "Reports", "Reports"));
        Templates.write(dir, "template-dev.yaml", template.formatted(128, "DevTools", "DevTools"));
        Templates.write(dir, "template-prod.yaml", template.formatted(1024, "Reports", "OtherReports"));
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of("template.yaml:2", "template.yaml:5", "template-dev.yaml:5", "template-prod.yaml:5"),
                deployment.functions().stream().map(f -> f.at().toString()).toList(),
                "Orders once, from template.yaml; a Reports running another handler is another function");
        assertEquals("512", function(deployment, "Orders").memoryMb().value().literal().orElseThrow());
        assertTrue(deployment.notes().contains("skipped Orders of template-dev.yaml: template.yaml:2 declares it too "
                + "(same logical id, handler and deployed name), so it is read from there"),
                deployment.notes().toString());
        assertEquals(List.of("template.yaml:2", "template-dev.yaml:2"), Templates.read(dir,
                Path.of("template.yaml"), Path.of("template-dev.yaml")).functions().stream()
                .filter(f -> f.name().equals("Orders")).map(f -> f.at().toString()).toList(),
                "templates the user names are all read as they are");
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

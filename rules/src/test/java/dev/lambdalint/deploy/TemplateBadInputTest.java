package dev.lambdalint.deploy;

import static dev.lambdalint.deploy.Templates.assertLiteral;
import static dev.lambdalint.deploy.Templates.assertUnknown;
import static dev.lambdalint.deploy.Templates.env;
import static dev.lambdalint.deploy.Templates.function;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.source.ParseProblem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template half of the bad-input suite: each bad template gives one problem naming it (and its line where
 * known) that says what is wrong, never an exception; legitimate YAML (anchors, aliases, merge keys) reads
 * correctly; every other template, and every Java source, is still analyzed.
 */
class TemplateBadInputTest {
    /** A good template beside each bad one: it must still be read. */
    private static final String GOOD = """
            {"Resources": {"Good": {"Type": "AWS::Lambda::Function",
                                    "Properties": {"Handler": "com.acme.Good", "Runtime": "java21"}}}}
            """;
    private static final String HANDLER = """
            package com.acme;
            import com.amazonaws.services.lambda.runtime.*;
            import software.amazon.awssdk.services.s3.S3Client;
            public class Handler implements RequestHandler<String, String> {
                public String handleRequest(String in, Context c) {
                    return S3Client.create().toString();
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void binaryJunk() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[100] = 0;
        Files.write(dir.resolve("template.yaml"), junk);
        ParseProblem problem = skippedWhenFoundReportedWhenNamed("template.yaml");
        assertEquals("the template cannot be read, so its functions were not analyzed: it is a binary file (it holds "
                + "NUL bytes), not YAML or JSON text", problem.message());
    }

    @Test
    void textInAnotherEncodingThanUtf8() throws IOException {
        Files.write(dir.resolve("template.yaml"), """
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties: {Description: Café, Handler: com.acme.Fn}
                """.getBytes(StandardCharsets.ISO_8859_1));
        ParseProblem problem = theOnlyProblem("template.yaml");
        assertEquals("the template cannot be read, so its functions were not analyzed: it is not UTF-8 text (byte "
                + "0xE9 cannot be decoded); templates are read as UTF-8, as CloudFormation and the Serverless "
                + "Framework read them", problem.message());
        assertEquals(4, problem.line());
        assertEquals(34, problem.column());
    }

    @Test
    void byteOrderMarksAreFine() throws IOException {
        Files.write(dir.resolve("template.json"), ("\uFEFF" + GOOD.replace("Good", "Bom"))
                .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("utf16.template.json"), ("\uFEFF" + GOOD.replace("Good", "Wide"))
                .getBytes(StandardCharsets.UTF_16LE));
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        assertEquals(List.of("com.acme.Bom", "com.acme.Wide"),
                deployment.handlerNames().stream().map(HandlerName::type).toList());
    }

    @Test
    void javaSourceNamedTemplateYaml() throws IOException {
        Templates.write(dir, "template.yaml", HANDLER);
        assertEquals("is not a CloudFormation or SAM template (its top level is a single value, not a mapping), so "
                + "no function was read from it", skippedWhenFoundReportedWhenNamed("template.yaml").message());
    }

    @Test
    void javaSourceThatIsNotEvenYaml() throws IOException {
        Templates.write(dir, "serverless.yml", """
                @FunctionalInterface
                public interface Step {
                    void run();
                }
                """);
        ParseProblem problem = skippedWhenFoundReportedWhenNamed("serverless.yml");
        assertEquals("the template does not parse, so its functions were not analyzed: found character '@' that "
                + "cannot start any token (while scanning for the next token)", problem.message());
        assertEquals(1, problem.line());
    }

    @Test
    void jsonArrayAtTheTopLevel() throws IOException {
        Templates.write(dir, "template.json", "[" + GOOD + "]");
        assertEquals("is not a CloudFormation or SAM template (its top level is a list, not a mapping), so no "
                + "function was read from it", skippedWhenFoundReportedWhenNamed("template.json").message());
    }

    @Test
    void serverlessConfigurationThatIsAList() throws IOException {
        Templates.write(dir, "serverless.yml", "- service: a\n- service: b\n");
        assertEquals("is not a Serverless Framework configuration (its top level is a list, not a mapping), so no "
                + "function was read from it", skippedWhenFoundReportedWhenNamed("serverless.yml").message());
    }

    @Test
    void emptyFile() throws IOException {
        Templates.write(dir, "template.yaml", "");
        assertEquals("the template does not parse, so its functions were not analyzed: the template is empty",
                skippedWhenFoundReportedWhenNamed("template.yaml").message());
    }

    @Test
    void onlyComments() throws IOException {
        Templates.write(dir, "template.yaml", """
                # Resources:
                #   Fn:
                #     Type: AWS::Serverless::Function
                """);
        assertEquals("the template does not parse, so its functions were not analyzed: the template holds only "
                + "comments, no values", skippedWhenFoundReportedWhenNamed("template.yaml").message());
    }

    @Test
    void fiveMegabyteTemplateWithAnchorsOnEveryFunction() throws IOException {
        StringBuilder text = new StringBuilder("""
                Globals:
                  Function:
                    Runtime: java21
                Resources:
                  Defaults:
                    Type: AWS::SQS::Queue
                    Properties: &defaults
                      MemorySize: 2048
                      Timeout: 60
                      Environment:
                        Variables: {STAGE: prod, TABLE: orders, BUCKET: uploads}
                """);
        int count = 0;
        while (text.length() < 5_000_000) {
            text.append("  Function").append(count).append(":\n")
                    .append("    Type: AWS::Serverless::Function\n")
                    .append("    Properties:\n")
                    .append("      <<: *defaults\n")
                    .append("      Handler: com.acme.generated.Handler").append(count).append("::handle\n")
                    .append("      Description: generated function number ").append(count)
                    .append(" of a large stack, with a description long enough to make it big\n");
            count++;
        }
        Templates.write(dir, "template.yaml", text.toString());
        assertTrue(Files.size(dir.resolve("template.yaml")) >= 5_000_000);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        assertEquals(count, deployment.functions().size());
        LambdaFunction last = function(deployment, "Function" + (count - 1));
        assertLiteral("2048", last.memoryMb().value());
        assertLiteral("60", last.timeoutSeconds().value());
        assertLiteral("java21", last.runtime().value());
        assertLiteral("orders", env(last, "TABLE"));
        assertEquals(8, last.memoryMb().at().line());
    }

    @Test
    void templateLargerThanWhatIsRead() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("huge.template.json").toFile(), "rw")) {
            file.setLength(TemplateParser.MAX_TEMPLATE_BYTES + 1); // sparse: costs no disk
        }
        Deployment deployment = Templates.read(dir, Path.of("huge.template.json"));
        assertEquals(1, deployment.problems().size());
        assertEquals("the template cannot be read, so its functions were not analyzed: it is 65 MB, more than the "
                + "64 MB lambda-lint reads from a template", deployment.problems().get(0).message());
    }

    @Test
    void tenThousandLevelsDeep() throws IOException {
        Templates.write(dir, "template.yaml", "Resources:\n  Deep: " + "{a: ".repeat(10_000) + "\n");
        Templates.write(dir, "deep/template.yaml", "Resources:\n  Deep:\n" + "    - ".repeat(10_000) + "x\n");
        Templates.write(dir, "deep.template.json", "{\"Resources\": " + "[".repeat(10_000));
        Templates.write(dir, "good/template.json", GOOD);
        Deployment deployment = Templates.read(dir, Path.of("template.yaml"), Path.of("deep/template.yaml"),
                Path.of("deep.template.json"), Path.of("good"));
        assertEquals(List.of("template.yaml:2", "deep/template.yaml:3", "deep.template.json:1"),
                deployment.problems().stream().map(p -> p.relativePath() + ":" + p.line()).toList());
        for (ParseProblem problem : deployment.problems()) {
            assertEquals("the template does not parse, so its functions were not analyzed: values are nested more "
                    + "than 1000 levels deep, deeper than lambda-lint reads", problem.message());
        }
        assertEquals(List.of("Good"), deployment.functions().stream().map(LambdaFunction::name).toList());
    }

    @Test
    void unreadableTemplate() throws IOException {
        Path template = dir.resolve("template.yaml");
        Templates.write(dir, "template.yaml", "Resources: {}\n");
        Files.setPosixFilePermissions(template, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(template), "running as root: permissions cannot make a file unreadable");
        assertEquals("the template cannot be read, so its functions were not analyzed: permission denied",
                theOnlyProblem("template.yaml").message());
    }

    @Test
    void symbolicLinkLoopsAndDanglingLinks() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("infra"));
        Files.createSymbolicLink(templates.resolve("template.yaml"), Path.of("template.yaml"));
        Files.createSymbolicLink(templates.resolve("a.template.json"), Path.of("b.template.json"));
        Files.createSymbolicLink(templates.resolve("b.template.json"), Path.of("a.template.json"));
        Files.createSymbolicLink(templates.resolve("gone.template.json"), Path.of("deleted.json"));
        Files.createSymbolicLink(templates.resolve("again"), Path.of("."));
        Files.createSymbolicLink(dir.resolve("named.yaml"), Path.of("named.yaml"));
        Templates.write(templates, "good.template.json", GOOD);
        Deployment deployment = Templates.read(dir, Path.of("infra"), Path.of("named.yaml"));
        assertEquals(Map.of(
                        "infra/template.yaml", "is a symbolic link loop, so it was not analyzed",
                        "infra/a.template.json", "is a symbolic link loop, so it was not analyzed",
                        "infra/b.template.json", "is a symbolic link loop, so it was not analyzed",
                        "infra/gone.template.json",
                        "is a symbolic link to a file that does not exist, so it was not analyzed",
                        "named.yaml",
                        "the template named in the configuration is a symbolic link loop, so it was not analyzed"),
                problems(deployment));
        assertEquals(List.of("Good"), deployment.functions().stream().map(LambdaFunction::name).toList());
    }

    @Test
    void namedTemplateThatIsNoFile() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Deployment deployment = Templates.read(dir, Path.of("missing.yaml"), Path.of("sub/../missing.json"));
        assertEquals(Map.of("missing.yaml", "the template named in the configuration does not exist, so it was not "
                        + "analyzed", "missing.json", "the template named in the configuration does not exist, so it "
                        + "was not analyzed"), problems(deployment));
    }

    @Test
    void samAnchorsAliasesAndMergeKeys() throws IOException {
        Templates.write(dir, "template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function: &function-defaults
                    Runtime: java21
                    MemorySize: &memory 1024
                    Timeout: 30
                    Environment:
                      Variables: &common-variables
                        STAGE: prod
                        TABLE: orders
                Resources:
                  Jobs:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.acme.Jobs::nightly
                      MemorySize: *memory
                      Environment:
                        Variables:
                          <<: *common-variables
                          TABLE: jobs
                  Raw:
                    Type: AWS::Lambda::Function
                    Properties:
                      <<: *function-defaults
                      Handler: com.acme.Missing::handle
                      Timeout: 900
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());

        LambdaFunction jobs = function(deployment, "Jobs");
        assertLiteral("1024", jobs.memoryMb().value());
        assertEquals(16, jobs.memoryMb().at().line()); // where the function sets it, through the alias
        assertLiteral("30", jobs.timeoutSeconds().value());
        assertLiteral("jobs", env(jobs, "TABLE"));
        assertLiteral("prod", env(jobs, "STAGE"));
        assertEquals(9, jobs.environment().get("STAGE").at().line()); // merged: where the value is written

        LambdaFunction raw = function(deployment, "Raw");
        assertLiteral("java21", raw.runtime().value());
        assertLiteral("1024", raw.memoryMb().value());
        assertEquals(5, raw.memoryMb().at().line());
        assertLiteral("900", raw.timeoutSeconds().value());
        assertLiteral("orders", env(raw, "TABLE"));
        assertEquals(List.of(new HandlerName("com.acme.Jobs", "nightly"), new HandlerName("com.acme.Missing", "handle")),
                deployment.handlerNames());
    }

    @Test
    void serverlessAnchorsAndMergeKeys() throws IOException {
        Templates.write(dir, "serverless.yml", """
                service: media
                custom:
                  java: &java
                    runtime: java21
                    memorySize: 512
                    timeout: 20
                functions:
                  resize:
                    <<: *java
                    handler: com.acme.Resize
                    memorySize: 1536
                  thumbnail:
                    <<: *java
                    handler: com.acme.Thumbnail
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        assertLiteral("1536", function(deployment, "resize").memoryMb().value());
        assertLiteral("20", function(deployment, "resize").timeoutSeconds().value());
        assertLiteral("512", function(deployment, "thumbnail").memoryMb().value());
        assertLiteral("java21", function(deployment, "thumbnail").runtime().value());
    }

    @Test
    void aliasesThatAreBrokenOrExplode() throws IOException {
        Templates.write(dir, "template.yaml", """
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties: *undefined
                """);
        StringBuilder laughs = new StringBuilder("service: lol\ncustom:\n  l0: &l0 [ha, ha, ha, ha, ha, ha, ha, ha]\n");
        for (int i = 1; i < 12; i++) {
            laughs.append("  l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(8, "*l" + (i - 1)))).append("]\n");
        }
        laughs.append("functions: {lol: {handler: com.acme.Lol}}\n");
        Templates.write(dir, "serverless.yml", laughs.toString());
        Templates.write(dir, "good.template.json", GOOD);
        Deployment deployment = Templates.read(dir);
        assertEquals(Map.of(
                "template.yaml", "the template does not parse, so its functions were not analyzed: the alias "
                        + "*undefined refers to no anchor &undefined written before it",
                "serverless.yml", "the template does not parse, so its functions were not analyzed: its aliases "
                        + "expand it to more than 1000000 values (aliases of aliases, as in a \"billion laughs\" "
                        + "document), more than lambda-lint reads"), problems(deployment));
        assertEquals(List.of("template.yaml:4", "serverless.yml:9"),
                deployment.problems().stream().map(p -> p.relativePath() + ":" + p.line()).toList());
        assertEquals(List.of("Good"), deployment.functions().stream().map(LambdaFunction::name).toList());
    }

    @Test
    void handlerClassThatDoesNotExistIsStillAFunction() throws IOException {
        Templates.write(dir, "template.yaml", """
                Resources:
                  Ghost:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: com.acme.DoesNotExist::handle, Runtime: java21}
                  Script:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: index.handler, Runtime: nodejs20.x}
                  Odd:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: "com..acme.Odd", Runtime: java21}
                """);
        Templates.write(dir, "long.template.json", "{\"Resources\": {\"Long\": {\"Type\": \"AWS::Lambda::Function\","
                + " \"Properties\": {\"Handler\": \"" + "a.".repeat(1_000_000) + "Long\"}}}}");
        Deployment deployment = Templates.read(dir, Path.of("template.yaml"), Path.of("long.template.json"));
        assertEquals(List.of(), deployment.problems());
        assertEquals(4, deployment.functions().size());
        assertEquals(List.of("com.acme.DoesNotExist::handle"),
                deployment.handlerNames().stream().limit(1).map(HandlerName::toString).toList());
        assertEquals(2, deployment.handlerNames().size()); // the script and the malformed name are no Java handler
    }

    @Test
    void serverlessVariablesKnownOnlyAtDeployTimeStayUnknown() throws IOException {
        Templates.write(dir, "serverless.yml", """
                service: billing
                provider:
                  name: aws
                  runtime: java21
                  memorySize: ${file(./config/${opt:stage}.yml):memory}
                  timeout: ${ssm:/billing/timeout}
                  environment:
                    TABLE: ${file(./config.yml):table}
                    SECRET: ${ssm:/billing/secret~true}
                    REGION: ${ssm(eu-west-1):/billing/region, 'eu-west-1'}
                    SELF: ${self:custom.a}
                custom:
                  a: ${self:custom.b}
                  b: ${self:custom.a}
                functions:
                  invoice:
                    handler: com.acme.Invoice
                  statement: ${file(./functions/statement.yml)}
                """);
        Templates.write(dir, "more/serverless.yml", """
                service: more
                provider: ${file(./provider.yml)}
                functions:
                  - ${file(./functions/a.yml)}
                  - report:
                      handler: com.acme.Report
                      memorySize: 256
                """);
        Templates.write(dir, "split/serverless.yml", """
                service: split
                functions: ${file(./functions.yml)}
                """);
        Deployment deployment = Templates.read(dir, Path.of("serverless.yml"), Path.of("more/serverless.yml"),
                Path.of("split/serverless.yml"));
        assertEquals(Map.of(
                "more/serverless.yml", "functions are declared in ${file(./functions/a.yml)}, which lambda-lint "
                        + "does not follow: it is resolved only at deploy time, so they were not analyzed",
                "split/serverless.yml", "functions are declared in ${file(./functions.yml)}, which lambda-lint does "
                        + "not follow: it is resolved only at deploy time, so they were not analyzed"),
                problems(deployment));
        assertEquals(List.of("more/serverless.yml:4", "split/serverless.yml:2"),
                deployment.problems().stream().map(p -> p.relativePath() + ":" + p.line()).toList());

        LambdaFunction invoice = function(deployment, "invoice");
        assertUnknown(invoice.memoryMb().value());
        assertUnknown(invoice.timeoutSeconds().value());
        assertUnknown(env(invoice, "TABLE"));
        assertUnknown(env(invoice, "SECRET"));
        assertLiteral("eu-west-1", env(invoice, "REGION"));
        assertUnknown(env(invoice, "SELF"));
        assertLiteral("java21", invoice.runtime().value());

        LambdaFunction statement = function(deployment, "statement");
        for (Setting setting : List.of(statement.memoryMb(), statement.timeoutSeconds(), statement.runtime(),
                statement.handler(), statement.deployedName(), statement.architecture())) {
            assertUnknown(setting.value());
        }
        assertEquals(18, statement.memoryMb().at().line());

        LambdaFunction report = function(deployment, "report");
        assertLiteral("256", report.memoryMb().value());
        assertUnknown(report.timeoutSeconds().value()); // the provider's, from a file
        assertTrue(((Value.Unknown) report.timeoutSeconds().value()).reason().contains("${file(./provider.yml)}"));
        assertUnknown(report.deployedName().value()); // the stage, too, is the provider's
        assertEquals(List.of("com.acme.Invoice", "com.acme.Report"),
                deployment.handlerNames().stream().map(HandlerName::type).toList());
    }

    @Test
    void cdkManifestsWithBadContent() throws IOException {
        Templates.write(dir, "cdk.out/manifest.json", """
                {"artifacts": {
                  "Nul": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "a\\u0000b.json"}},
                  "Self": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "."}},
                  "Api": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "Api.template.json"}}}}
                """);
        Templates.write(dir, "cdk.out/Api.template.json", GOOD);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(new ParseProblem("cdk.out/manifest.json", 1, 1, "the template file of stack Nul is no "
                + "valid path, so the stack was not analyzed")), deployment.problems());
        assertEquals(List.of("Good"), deployment.functions().stream().map(LambdaFunction::name).toList());

        Files.write(dir.resolve("cdk.out/manifest.json"), new byte[] {(byte) 0xC3, 0x28, 0, 1});
        Deployment binary = Templates.read(dir);
        assertEquals(List.of("cdk.out/manifest.json"),
                binary.problems().stream().map(ParseProblem::relativePath).toList());
        assertTrue(binary.problems().get(0).message().startsWith("cannot read the CDK manifest"),
                binary.problems().get(0).message());
    }

    /** End to end: every kind of bad template at once, and a handler beside them still checked. */
    @Test
    void theAnalysisGoesOnAndWritesOnlyItsOutput() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/com/acme"));
        Files.writeString(src.resolve("Handler.java"), HANDLER);
        Files.writeString(src.resolve("Jobs.java"), """
                package com.acme;
                import software.amazon.awssdk.services.sqs.SqsClient;
                public class Jobs {
                    public void nightly(Object event) {
                        SqsClient.create().close();
                    }
                }
                """);
        byte[] junk = new byte[2048];
        new Random(11).nextBytes(junk);
        Files.write(Files.createDirectories(dir.resolve("bad/binary")).resolve("template.yaml"), junk);
        Templates.write(dir, "bad/java/template.yaml", HANDLER);
        Templates.write(dir, "bad/array/template.json", "[" + GOOD + "]");
        Templates.write(dir, "bad/empty/template.yaml", "");
        Templates.write(dir, "bad/comments/template.yaml", "# nothing here\n");
        Templates.write(dir, "bad/deep/template.yaml", "Resources: " + "[".repeat(10_000) + "\n");
        Templates.write(dir, "bad/alias/template.yaml", "Resources: *nowhere\n");
        Files.createDirectories(dir.resolve("bad/loop"));
        Files.createSymbolicLink(dir.resolve("bad/loop/template.yaml"), Path.of("template.yaml"));
        Templates.write(dir, "bad/sls/serverless.yml", """
                service: jobs
                provider: {name: aws, memorySize: '${ssm:/jobs/memory}'}
                functions: ${file(./functions.yml)}
                """);
        // the Jobs handler is named only through an alias: found only when the alias is replayed
        Templates.write(dir, "infra/template.yaml", """
                Globals:
                  Function: &defaults {Runtime: java21, MemorySize: 512}
                Parameters:
                  JobsHandler: {Type: String, Default: &jobs com.acme.Jobs::nightly}
                Resources:
                  Nightly:
                    Type: AWS::Lambda::Function
                    Properties:
                      <<: *defaults
                      Handler: *jobs
                  Ghost:
                    Type: AWS::Lambda::Function
                    Properties:
                      <<: *defaults
                      Handler: com.acme.Ghost
                """);
        List<Path> templates = Stream.of("bad/binary", "bad/java", "bad/array", "bad/empty", "bad/comments",
                "bad/deep", "bad/alias", "bad/loop", "bad/sls", "infra").map(Path::of).toList();
        Path output = dir.resolve("target/lambda-lint");
        Map<String, String> before = tree(dir);

        AnalysisResult result = LambdaLint.analyze(AnalysisRequest.of(dir, List.of(Path.of("src")))
                .withTemplates(templates).withCache(output));

        Map<String, String> parseErrors = new TreeMap<>();
        result.findings().stream().filter(f -> f.ruleId().equals("parse-error"))
                .forEach(f -> parseErrors.merge(f.path(), f.message(), (a, b) -> a + " | " + b));
        // the folders are searched: what is found there and is no template is skipped, the broken templates reported
        assertEquals(List.of("bad/alias/template.yaml", "bad/deep/template.yaml", "bad/loop/template.yaml",
                "bad/sls/serverless.yml"), List.copyOf(parseErrors.keySet()));
        for (String skipped : List.of("bad/binary/template.yaml", "bad/java/template.yaml", "bad/array/template.json",
                "bad/empty/template.yaml", "bad/comments/template.yaml")) {
            assertTrue(result.inputNotes().stream().anyMatch(n -> n.startsWith("skipped " + skipped + ": ")),
                    skipped + " in " + result.inputNotes());
        }
        assertTrue(parseErrors.get("bad/deep/template.yaml").contains("nested more than 1000 levels deep"));
        assertTrue(parseErrors.get("bad/loop/template.yaml").contains("symbolic link loop"));
        assertTrue(parseErrors.get("bad/alias/template.yaml").contains("*nowhere"));
        assertTrue(parseErrors.values().stream().noneMatch(m -> m.contains("Exception") || m.contains("\n")),
                parseErrors.toString());

        assertEquals(List.of("src/com/acme/Handler.java", "src/com/acme/Jobs.java"),
                result.findings().stream().filter(f -> f.ruleId().equals("client-per-invocation"))
                        .map(Finding::path).toList());
        assertTrue(result.handlers().stream().noneMatch(h -> h.contains("Ghost")), result.handlers().toString());

        Map<String, String> after = tree(dir);
        after.keySet().removeIf(p -> p.startsWith("target/lambda-lint/"));
        assertEquals(before, after);
        assertTrue(Files.list(output).findAny().isPresent(), "the cache is in the output directory");
    }

    /** Every file under a directory (links not followed) with its size and modification time. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                if (Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    files.put(root.relativize(path).toString().replace('\\', '/'),
                            Files.size(path) + " " + Files.getLastModifiedTime(path));
                }
            }
        }
        return files;
    }

    /**
     * A file that is no template: found by the search, it is skipped with a note naming it; named in the
     * configuration, it is the one problem, returned. The good template beside it is read either way.
     */
    private ParseProblem skippedWhenFoundReportedWhenNamed(String path) throws IOException {
        Templates.write(dir, "good.template.json", GOOD);
        Deployment found = Templates.read(dir);
        assertEquals(List.of(), found.problems());
        assertTrue(found.notes().stream().anyMatch(n -> n.startsWith("skipped " + path + ": ")),
                found.notes().toString());
        assertEquals(List.of("Good"), found.functions().stream().map(LambdaFunction::name).toList());
        Deployment named = Templates.read(dir, Path.of(path), Path.of("good.template.json"));
        assertEquals(List.of(path), named.problems().stream().map(ParseProblem::relativePath).toList(),
                named.problems().toString());
        assertEquals(List.of("Good"), named.functions().stream().map(LambdaFunction::name).toList());
        return named.problems().get(0);
    }

    /** The problems of a read of the directory: exactly one, naming {@code path}; the good template still read. */
    private ParseProblem theOnlyProblem(String path) throws IOException {
        Templates.write(dir, "good.template.json", GOOD);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(path), deployment.problems().stream().map(ParseProblem::relativePath).toList(),
                deployment.problems().toString());
        assertEquals(List.of("Good"), deployment.functions().stream().map(LambdaFunction::name).toList());
        return deployment.problems().get(0);
    }

    private static Map<String, String> problems(Deployment deployment) {
        Map<String, String> byPath = new TreeMap<>();
        for (ParseProblem problem : deployment.problems()) {
            byPath.merge(problem.relativePath(), problem.message(), (a, b) -> a + " | " + b);
        }
        return byPath;
    }
}

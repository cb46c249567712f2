package dev.lambdalint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.StaticJavaParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix} on a copy of the bundled example: what {@code mvn lambda-lint:fix} does, printed as the goal logs it. */
class FixCommandTest {
    private static final Path EXAMPLE = Path.of("../examples/orders-service");
    private static final String CLIENTS = "src/main/java/com/example/orders/aws/Clients.java";
    private static final String QUOTE = "src/main/java/com/example/orders/handlers/PriceQuoteHandler.java";

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheExample() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = EXAMPLE.relativize(file);
                if (!relative.startsWith("target")) {
                    Files.createDirectories(dir.resolve(relative).getParent());
                    Files.copy(file, dir.resolve(relative));
                }
            }
        }
    }

    @Test
    void fixesTheClientsBuiltPerInvocationAndTheFixedSourcesParseAndCheckClean() throws IOException {
        Map<String, String> before = sources();

        Cli fix = Cli.run("fix", "--color", "never", dir.toString());

        assertEquals(LambdaLintCli.PASSED, fix.exit(), fix.toString());
        assertTrue(fix.out().contains("[INFO] lambda-lint: fixed " + CLIENTS + ":[21,16] client-per-invocation: "
                + "build the DynamoDbClient once, in a new static final field DYNAMO_DB_CLIENT of Clients"),
                fix.toString());
        assertTrue(fix.out().contains("[INFO] lambda-lint: fixed " + QUOTE + ":[25,27] client-per-invocation:"),
                fix.toString());
        assertTrue(fix.out().contains("[INFO] diff --git a/" + CLIENTS + " b/" + CLIENTS), fix.toString());
        assertTrue(fix.out().strip().endsWith("[INFO] lambda-lint: 2 fixes made in 2 files, 2 findings left to fix "
                + "by hand"), fix.toString());
        assertTrue(fix.out().contains("[INFO] lambda-lint: not fixed template.yaml:[57,7] memory-overprovisioned: no "
                + "automatic fix, it is a template setting"), fix.toString());
        assertEquals("", fix.err());

        Map<String, String> after = sources();
        for (String file : before.keySet()) {
            if (file.equals(CLIENTS) || file.equals(QUOTE)) {
                assertFalse(after.get(file).equals(before.get(file)), file + " is fixed");
                StaticJavaParser.parse(after.get(file));
            } else {
                assertEquals(before.get(file), after.get(file), file + " has nothing to fix and is not touched");
            }
        }
        assertTrue(after.get(CLIENTS).contains("        return DYNAMO_DB_CLIENT;"), after.get(CLIENTS));

        Cli check = Cli.run("check", "--no-cache", "--color", "never", dir.toString());
        assertFalse(check.out().contains("client-per-invocation:"), "the findings are gone: " + check);
        assertTrue(check.out().contains("memory-overprovisioned:"), "the usage from pom.xml is still read: " + check);
    }

    @Test
    void aDryRunWritesThePatchAndChangesNothing() throws IOException {
        Map<String, String> before = sources();

        Cli fix = Cli.run("fix", "--dry-run", "--color", "never", dir.toString());

        assertEquals(LambdaLintCli.PASSED, fix.exit(), fix.toString());
        assertEquals(before, sources(), "no source changed");
        assertTrue(fix.out().contains("[INFO] lambda-lint: would fix " + CLIENTS + ":[21,16] client-per-invocation:"),
                fix.toString());
        assertTrue(fix.out().strip().endsWith("[INFO] lambda-lint: dry run, no source changed; 2 fixes in 2 files "
                + "written to " + Path.of("target/lambda-lint/fixes.patch") + " (apply it with git apply)"),
                fix.toString());
        String patch = Files.readString(dir.resolve("target/lambda-lint/fixes.patch"));
        assertTrue(patch.contains("+++ b/" + CLIENTS + "\n") && patch.contains("+++ b/" + QUOTE + "\n"), patch);
        assertTrue(patch.contains("+        return DYNAMO_DB_CLIENT;"), patch);
    }

    @Test
    void thePomsDryRunIsTheDefaultAndTheOptionGivenWins() throws IOException {
        String pom = Files.readString(dir.resolve("pom.xml"));
        Files.writeString(dir.resolve("pom.xml"), pom.replace("<configuration>", "<configuration><dryRun>true</dryRun>"));
        Map<String, String> before = sources();

        Cli fromPom = Cli.run("fix", dir.toString());
        assertEquals(before, sources(), "dryRun from pom.xml: " + fromPom);
        assertTrue(Files.isRegularFile(dir.resolve("target/lambda-lint/fixes.patch")), fromPom.toString());
        assertTrue(fromPom.out().contains("settings from pom.xml: dryRun, usage"), fromPom.toString());

        Cli given = Cli.run("fix", "--no-dry-run", dir.toString());
        assertEquals(LambdaLintCli.PASSED, given.exit(), given.toString());
        assertFalse(before.get(CLIENTS).equals(sources().get(CLIENTS)), "--no-dry-run fixes: " + given);
    }

    @Test
    void checkMarksTheFixableFindingsAsTheGoalDoes() {
        Cli check = Cli.run("check", "--color", "never", dir.toString());

        assertEquals(2, check.out().lines().filter(l -> l.equals("    fixable with lambda-lint:fix")).count(),
                check.toString());
        assertTrue(check.out().contains("[INFO] lambda-lint: where to start (the function that runs most has the "
                + "most to gain): 1. InvoiceFunction"), "the usage lines the goal logs: " + check);
    }

    /** Every Java source of the copy, by its path relative to the project. */
    private Map<String, String> sources() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir.resolve("src"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    sources.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return sources;
    }
}

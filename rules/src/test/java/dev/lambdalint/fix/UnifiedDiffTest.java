package dev.lambdalint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.check.SampleVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff of a fix, and the patch of a whole plan that real {@code git apply} accepts and applies exactly. */
class UnifiedDiffTest {
    @TempDir
    Path repo;

    @Test
    void hunksHoldThreeLinesOfContextAndCountTheirLines() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "a\nb\nc\nd\nE\nf\ng\nh\n";

        assertEquals("""
                diff --git a/x.txt b/x.txt
                --- a/x.txt
                +++ b/x.txt
                @@ -2,7 +2,7 @@
                 b
                 c
                 d
                -e
                +E
                 f
                 g
                 h
                """, UnifiedDiff.of("x.txt", before, after));
    }

    @Test
    void aLastLineWithoutLineEndIsMarked() {
        assertEquals("""
                diff --git a/x.txt b/x.txt
                --- a/x.txt
                +++ b/x.txt
                @@ -1 +1,2 @@
                -a
                \\ No newline at end of file
                +a
                +b
                \\ No newline at end of file
                """, UnifiedDiff.of("x.txt", "a", "a\nb"));
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("x.txt", "same\n", "same\n"));
    }

    @Test
    void gitApplyAcceptsThePatchesOfTheSamplesAndMakesExactlyTheFixedFiles() throws Exception {
        assumeTrue(run(repo, "git", "--version") == 0, "git is not installed");
        List<String> samples = List.of("client-per-invocation", "init-per-invocation", "connection-per-invocation");
        for (String sample : samples) {
            copy(SampleVerifier.SAMPLES.resolve(sample), repo.resolve(sample));
        }
        Path crlf = repo.resolve("client-per-invocation/com/acme/orders/ShipmentHandler.java");
        Files.writeString(crlf, Files.readString(crlf).replace("\n", "\r\n"));
        assertEquals(0, run(repo, "git", "init", "-q", "."));
        assertEquals(0, run(repo, "git", "-c", "core.autocrlf=false", "add", "."));
        assertEquals(0, run(repo, "git", "-c", "user.name=lambda-lint", "-c", "user.email=test@lambda-lint.dev",
                "-c", "core.autocrlf=false", "commit", "-q", "-m", "samples"));
        for (String sample : samples) {
            Path module = repo.resolve(sample);
            FixPlan plan = FixPlan.of(LambdaLint.analyze(SampleVerifier.request(module)), StandardCharsets.UTF_8);
            assertFalse(plan.isEmpty(), sample);
            Path patch = plan.writePatch(module.resolve("target/lambda-lint/fixes.patch"));

            // from the module's directory, as the README says: git takes the patch's paths relative to it
            assertEquals(0, run(module, "git", "apply", "--check", patch.toString()), sample + ": git apply --check");
            assertEquals(0, run(module, "git", "apply", patch.toString()), sample + ": git apply");
            for (FixPlan.Change change : plan.changes()) {
                assertEquals(change.after(), Files.readString(module.resolve(change.path())), change.path());
            }
        }
    }

    @Test
    void aPatchChangingASiblingModulesSourceNamesItFromTheRootAndSaysToApplyItThere() throws Exception {
        assumeTrue(run(repo, "git", "--version") == 0, "git is not installed");
        copy(SampleVerifier.SAMPLES.resolve("init-per-invocation"), repo.resolve("shared"));
        Files.createDirectories(repo.resolve("app"));
        Files.writeString(repo.resolve("app/README.md"), "the module whose build reads ../shared\n");
        assertEquals(0, run(repo, "git", "init", "-q", "."));
        assertEquals(0, run(repo, "git", "-c", "core.autocrlf=false", "add", "."));
        assertEquals(0, run(repo, "git", "-c", "user.name=lambda-lint", "-c", "user.email=test@lambda-lint.dev",
                "-c", "core.autocrlf=false", "commit", "-q", "-m", "modules"));
        Path module = repo.resolve("app");
        FixPlan plan = FixPlan.of(LambdaLint.analyze(AnalysisRequest.of(module, List.of(module.resolve("../shared")))),
                StandardCharsets.UTF_8);
        assertFalse(plan.isEmpty());
        assertTrue(plan.reachesOutside());
        assertTrue(plan.changes().get(0).path().startsWith("../shared/"), plan.changes().get(0).path());
        Path patch = plan.writePatch(module.resolve("target/lambda-lint/fixes.patch"));

        assertFalse(Files.readString(patch).contains("/../"), "git apply refuses a path that goes up");
        assertTrue(FixReport.dryRunSummary(plan, patch).contains("from the repository's root"));
        assertEquals(0, run(repo, "git", "apply", "--check", patch.toString()), "git apply --check");
        assertEquals(0, run(repo, "git", "apply", patch.toString()), "git apply");
        for (FixPlan.Change change : plan.changes()) {
            assertEquals(change.after(), Files.readString(module.resolve(change.path())), change.path());
        }
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(files::add);
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(target);
            } else {
                Files.copy(file, target);
            }
        }
    }
}

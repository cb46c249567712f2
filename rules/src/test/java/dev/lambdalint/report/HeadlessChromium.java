package dev.lambdalint.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Debian package's headless Chromium, driven from its command line (no WebDriver): it loads a page from disk,
 * runs its script, and dumps the resulting DOM or takes a screenshot. Each run has a fresh profile and the flags a
 * machine without outside network needs. Console messages (script errors, Content-Security-Policy refusals) are
 * read from Chromium's log on stderr.
 */
final class HeadlessChromium {
    static final Path BINARY = Path.of(System.getProperty("lambda-lint.chromium", "/usr/bin/chromium"));
    private static final long TIMEOUT_SECONDS = 90;

    /** The DOM after the page's script ran, and every console message the page produced. */
    record Page(String dom, List<String> console) {
    }

    private final Path workDir;

    HeadlessChromium(Path workDir) {
        this.workDir = workDir;
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** Loads {@code html} with {@code fragment} (without '#', may be empty) and dumps the DOM. */
    Page dumpDom(Path html, String fragment) throws IOException, InterruptedException {
        String url = html.toUri() + (fragment.isEmpty() ? "" : "#" + fragment);
        Run run = run(List.of("--dump-dom", url));
        return new Page(run.stdout(), run.console());
    }

    /** Saves a PNG of the page's first {@code width} x {@code height} CSS pixels. */
    List<String> screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        return run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", html.toUri().toString())).console();
    }

    private record Run(String stdout, List<String> console) {
    }

    private Run run(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        Path out = Files.createTempFile(workDir, "chromium", ".out");
        Path err = Files.createTempFile(workDir, "chromium", ".err");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(":CONSOLE"))
                .toList();
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Chromium exited with " + process.exitValue() + ": "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), console);
    }
}

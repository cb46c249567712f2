package dev.lambdalint.maven;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.Severity;
import dev.lambdalint.report.ConsoleReport;
import dev.lambdalint.report.ReportWriter;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Finds the code of AWS Lambda handlers that does per invocation what should be done once per execution
 * environment, writes the reports and fails the build when a finding reaches {@code failOnSeverity}.
 *
 * <p>This class holds no analysis: it maps the Maven configuration to an {@link AnalysisRequest}, calls the
 * engine, logs, writes the reports and turns the result into the build outcome.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Skips the check: nothing is analyzed and no report is written. */
    @Parameter(property = "lambda-lint.skip", defaultValue = "false")
    private boolean skip;

    /** Fails the build when a finding reaches {@code failOnSeverity}; when false the findings are only reported. */
    @Parameter(property = "lambda-lint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The least severe finding that fails the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "lambda-lint.failOnSeverity", defaultValue = "warning")
    private String failOnSeverity;

    /**
     * Directories holding the Java sources to analyze, absolute or relative to the project base directory (a
     * comma-separated list on the command line). Default: the project's compile source roots. Directories that do
     * not exist are skipped.
     */
    @Parameter(property = "lambda-lint.sourceRoots")
    private List<String> sourceRoots;

    /** Glob patterns, relative to a source root, of the files to analyze (default: every {@code *.java}). */
    @Parameter(property = "lambda-lint.includes")
    private List<String> includes;

    /** Glob patterns, relative to a source root, of files to leave out. */
    @Parameter(property = "lambda-lint.excludes")
    private List<String> excludes;

    /** Where {@code report.html}, {@code lambda-lint.sarif} and {@code lambda-lint.json} are written. */
    @Parameter(property = "lambda-lint.outputDirectory", defaultValue = "${project.build.directory}/lambda-lint")
    private File outputDirectory;

    /**
     * Fully qualified names of in-house client types, added to the catalog of known clients: building one with
     * {@code new}, {@code create()} or {@code builder()...build()} per invocation is a finding.
     */
    @Parameter(property = "lambda-lint.clientTypes")
    private List<String> clientTypes;

    /**
     * Reuses the last analysis (kept in {@code outputDirectory}) when no input changed: sources, configuration,
     * catalog and plugin build.
     */
    @Parameter(property = "lambda-lint.cache", defaultValue = "true")
    private boolean cache;

    /**
     * How many threads parse the sources. Default: one per core, or 1 when Maven itself builds several modules
     * in parallel ({@code -T}). The findings are the same whatever the count.
     */
    @Parameter(property = "lambda-lint.threads")
    private Integer threads;

    /** The sources' encoding. */
    @Parameter(property = "lambda-lint.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** For reproducible builds: when set, the time shown in the HTML report instead of now. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("lambda-lint: skipped (lambda-lint.skip=true)");
            return;
        }
        Severity threshold = parseThreshold();
        if ("pom".equals(project.getPackaging())) {
            log.info("lambda-lint: skipped, packaging 'pom' has no sources");
            return;
        }

        Path baseDir = project.getBasedir().toPath().toAbsolutePath().normalize();
        AnalysisRequest request = new AnalysisRequest(baseDir, existingSourceRoots(baseDir), splitAll(includes),
                splitAll(excludes), splitAll(clientTypes))
                .withEncoding(sourceEncoding())
                .withThreads(parserThreads())
                .withCache(cache ? outputDirectory.toPath().toAbsolutePath().normalize() : null);
        AnalysisResult result;
        try {
            result = LambdaLint.analyze(request);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("lambda-lint: the analysis failed: " + e.getMessage(), e);
        }

        for (Finding finding : result.findings()) {
            // one log entry per finding: the compiler-style line, then the call chain without a level prefix
            logFor(log, finding.severity()).accept(String.join(System.lineSeparator(), ConsoleReport.lines(finding)));
        }

        long failing = result.countAtLeast(threshold);
        boolean fails = failOnViolation && failing > 0;
        String verdict = verdict(result, threshold, failing, fails);

        Path outDir = outputDirectory.toPath().toAbsolutePath().normalize();
        try {
            ReportWriter.writeAll(result, outDir, toolVersion(), verdict, generatedAt());
        } catch (Exception e) {
            throw new MojoExecutionException("lambda-lint: could not write the reports to " + outDir + ": "
                    + e.getMessage(), e);
        }
        log.info(ConsoleReport.summary(result, relativize(baseDir, outDir.resolve(ReportWriter.HTML_FILE))));

        if (fails) {
            throw new MojoFailureException(failureMessage(result, threshold, failing));
        }
        if (failing > 0) {
            log.warn("lambda-lint: " + plural(failing, "finding") + " at or above " + threshold.id()
                    + "; failOnViolation is false, so the build goes on");
        }
    }

    private Charset sourceEncoding() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("lambda-lint: unknown encoding '" + encoding
                    + "' for parameter encoding (lambda-lint.encoding, default project.build.sourceEncoding)", e);
        }
    }

    private int parserThreads() throws MojoExecutionException {
        if (threads != null) {
            if (threads < 1) {
                throw new MojoExecutionException("lambda-lint: parameter threads (lambda-lint.threads) must be 1 or "
                        + "more, not " + threads);
            }
            return threads;
        }
        boolean parallelReactor = session != null && session.isParallel() && session.getProjects().size() > 1;
        return parallelReactor ? 1 : 0;
    }

    private Severity parseThreshold() throws MojoExecutionException {
        if (failOnSeverity == null || failOnSeverity.isBlank()) {
            throw new MojoExecutionException("lambda-lint: parameter failOnSeverity (lambda-lint.failOnSeverity) "
                    + "is empty; expected error, warning or info");
        }
        try {
            return Severity.parse(failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("lambda-lint: invalid value '" + failOnSeverity
                    + "' for parameter failOnSeverity (lambda-lint.failOnSeverity); expected error, warning or info",
                    e);
        }
    }

    /** The configured source roots, or the project's compile source roots; those that are no directory are left out. */
    private List<Path> existingSourceRoots(Path baseDir) {
        List<String> configured = splitAll(sourceRoots);
        List<String> roots = configured.isEmpty() ? project.getCompileSourceRoots() : configured;
        List<Path> existing = new ArrayList<>();
        for (String root : roots == null ? List.<String>of() : roots) {
            Path dir = baseDir.resolve(root).normalize();
            if (Files.isDirectory(dir) && !existing.contains(dir)) {
                existing.add(dir);
            } else if (!Files.isDirectory(dir)) {
                getLog().debug("lambda-lint: no source root " + dir + ", skipped");
            }
        }
        return existing;
    }

    /** Each entry may itself be a comma-separated list (as given with -Dlambda-lint.x=a,b); blanks are dropped. */
    static List<String> splitAll(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                String trimmed = part.trim();
                if (!trimmed.isEmpty()) {
                    out.add(trimmed);
                }
            }
        }
        return out;
    }

    private static Consumer<String> logFor(Log log, Severity severity) {
        return switch (severity) {
            case ERROR -> log::error;
            case WARNING -> log::warn;
            case INFO -> log::info;
        };
    }

    /** The build outcome, as the HTML report shows it at the top. */
    private static String verdict(AnalysisResult result, Severity threshold, long failing, boolean fails) {
        if (fails) {
            return "The build fails: " + countsAtLeast(result, threshold, failing) + ".";
        }
        if (failing > 0) {
            return "The build passes because failOnViolation is false: " + countsAtLeast(result, threshold, failing)
                    + ".";
        }
        return "The build passes: no finding at or above " + threshold.id() + ".";
    }

    /** "lambda-lint found 3 findings at or above warning (2 errors, 1 warning)". */
    static String failureMessage(AnalysisResult result, Severity threshold, long failing) {
        return "lambda-lint found " + countsAtLeast(result, threshold, failing);
    }

    /** "3 findings at or above warning (2 errors, 1 warning)". */
    private static String countsAtLeast(AnalysisResult result, Severity threshold, long failing) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = result.count(s);
            if (n > 0 && s.atLeast(threshold)) {
                parts.add(s == Severity.INFO ? n + " info" : plural(n, s.id()));
            }
        }
        return plural(failing, "finding") + " at or above " + threshold.id() + " (" + String.join(", ", parts) + ")";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static Path relativize(Path baseDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs;
    }

    /** {@code project.build.outputTimestamp} (ISO-8601 or epoch seconds) when it is set, else now. */
    private Instant generatedAt() {
        String stamp = outputTimestamp == null ? "" : outputTimestamp.trim();
        if (stamp.length() > 1) {
            try {
                return stamp.chars().allMatch(Character::isDigit)
                        ? Instant.ofEpochSecond(Long.parseLong(stamp))
                        : OffsetDateTime.parse(stamp).toInstant();
            } catch (RuntimeException e) {
                getLog().debug("lambda-lint: outputTimestamp '" + stamp + "' not understood, using the current time");
            }
        }
        return Instant.now();
    }

    private String toolVersion() {
        if (pluginVersion != null && !pluginVersion.isBlank()) {
            return pluginVersion;
        }
        Package pkg = CheckMojo.class.getPackage();
        String v = pkg == null ? null : pkg.getImplementationVersion();
        return v == null ? "unknown" : v;
    }
}

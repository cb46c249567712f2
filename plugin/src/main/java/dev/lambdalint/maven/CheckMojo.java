package dev.lambdalint.maven;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.Severity;
import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.baseline.BaselineEntry;
import dev.lambdalint.baseline.BaselineMatch;
import dev.lambdalint.report.ConsoleColour;
import dev.lambdalint.report.ConsoleReport;
import dev.lambdalint.report.ReportInput;
import dev.lambdalint.report.ReportWriter;
import dev.lambdalint.sizing.UsageInput;
import dev.lambdalint.usage.LiveOptions;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
     * Deployment templates to read (SAM/CloudFormation YAML or JSON, serverless.yml, cdk.out), files or directories,
     * absolute or relative to the project (comma-separated on the command line). Default: the templates found in
     * the project base directory ({@code template.yaml}, {@code *.template.json}, {@code serverless.yml},
     * {@code cdk.out/manifest.json}).
     */
    @Parameter(property = "lambda-lint.templates")
    private List<String> templates;

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

    /**
     * The baseline: findings it lists are reported (marked as baselined) but do not fail the build. Used when the
     * file exists; {@code lambda-lint:baseline} writes it.
     */
    @Parameter(property = "lambda-lint.baseline", defaultValue = "${project.basedir}/" + Baseline.FILE_NAME)
    private File baseline;

    /**
     * Per-rule settings, each a {@code <rule>} with an {@code <id>} and any of {@code <enabled>false</enabled>},
     * {@code <severity>error|warning|info</severity>} and {@code <options>} (key/value elements the rule documents).
     */
    @Parameter
    private List<RuleSetting> rules;

    /**
     * Recorded usage to judge the templates' memory and timeout by: files or directories (absolute or relative to
     * the project; comma-separated on the command line) of REPORT log lines, {@code aws logs filter-log-events}
     * output or CloudWatch Logs Insights exports. None by default.
     */
    @Parameter(property = "lambda-lint.usage")
    private List<String> usage;

    /**
     * Which template function a usage function name belongs to, when no rule of the matching finds it: entries
     * {@code usage-name=LogicalId} (comma-separated on the command line).
     */
    @Parameter(property = "lambda-lint.functionNames")
    private List<String> functionNames;

    /** The CloudFormation stack the templates deploy as: generated names are {@code <stack>-<LogicalId>-<suffix>}. */
    @Parameter(property = "lambda-lint.stackName")
    private String stackName;

    /** Reads usage live from AWS (Lambda and CloudWatch Logs, SDK default credentials); off unless set. */
    @Parameter(property = "lambda-lint.aws", defaultValue = "false")
    private boolean aws;

    /** The AWS region of the live mode; default: the SDK's chain (AWS_REGION, the profile). */
    @Parameter(property = "lambda-lint.awsRegion")
    private String awsRegion;

    /** The AWS profile of the live mode; default: the SDK's default credentials chain. */
    @Parameter(property = "lambda-lint.awsProfile")
    private String awsProfile;

    /** How many days of logs the live mode reads, back from now. */
    @Parameter(property = "lambda-lint.awsLookBackDays", defaultValue = "14")
    private int awsLookBackDays;

    /** In live mode, also read every function whose deployed name starts with this (lambda:ListFunctions). */
    @Parameter(property = "lambda-lint.awsFunctionPrefix")
    private String awsFunctionPrefix;

    /** The most time the live mode may take in all, retries included; what was read by then is used. */
    @Parameter(property = "lambda-lint.awsTimeBudgetSeconds", defaultValue = "120")
    private int awsTimeBudgetSeconds;

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
        if (!hasSources()) {
            log.info("lambda-lint: skipped, packaging 'pom' has no sources");
            return;
        }

        Path baseDir = analysisBaseDir();
        AnalysisResult all = analyze();
        BaselineMatch match = matchBaseline(all);
        AnalysisResult result = match.fresh();

        boolean colour = colour();
        for (Finding finding : result.findings()) {
            // one log entry per finding: the compiler-style line, then the call chain without a level prefix
            logFor(log, finding.severity()).accept(String.join(System.lineSeparator(),
                    ConsoleReport.lines(finding, colour, all.fixes())));
        }
        logStaleEntries(match);
        all.sizing().problems().forEach(line -> log.warn("lambda-lint: " + line));
        all.sizing().notes().forEach(line -> log.info("lambda-lint: " + line));

        long failing = result.countAtLeast(threshold);
        boolean fails = failOnViolation && failing > 0;
        String verdict = verdict(result, threshold, failing, fails);

        Path outDir = outputDirectory.toPath().toAbsolutePath().normalize();
        ReportInput reports = ReportInput.of(all, toolVersion(), verdict, generatedAt())
                .withAutomationId(automationId())
                .withBaselined(baselineFile().isPresent() ? new HashSet<>(match.baselined()) : null);
        try {
            ReportWriter.writeAll(reports, outDir);
        } catch (Exception e) {
            throw new MojoExecutionException("lambda-lint: could not write the reports to " + outDir + ": "
                    + e.getMessage(), e);
        }
        log.info(ConsoleReport.summary(result, match.baselined().size(),
                relativize(baseDir, outDir.resolve(ReportWriter.HTML_FILE)), colour));

        if (fails) {
            throw new MojoFailureException(failureMessage(result, threshold, failing));
        }
        if (failing > 0) {
            log.warn("lambda-lint: " + plural(failing, "finding") + " at or above " + threshold.id()
                    + "; failOnViolation is false, so the build goes on");
        }
    }

    /** Writes every current finding to the baseline file: the {@code baseline} goals. */
    void writeBaseline() throws MojoExecutionException {
        if (skip) {
            getLog().info("lambda-lint: skipped (lambda-lint.skip=true)");
            return;
        }
        if (!hasSources()) {
            getLog().info("lambda-lint: skipped, packaging 'pom' has no sources");
            return;
        }
        AnalysisResult result = analyze();
        Path file = baseline.toPath().toAbsolutePath().normalize();
        try {
            Baseline.of(result).write(file);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("lambda-lint: could not write the baseline " + file + ": "
                    + e.getMessage(), e);
        }
        getLog().info("lambda-lint: baseline of " + plural(result.findings().size(), "finding") + " written to "
                + relativize(analysisBaseDir(), file) + "; check now fails only on new findings. Commit the file.");
    }

    /** Whether this project has sources to analyze; a {@code pom} module has none. */
    boolean hasSources() {
        return !"pom".equals(project.getPackaging());
    }

    /** The directory finding paths are relative to. */
    Path analysisBaseDir() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    /** The existing source directories to analyze. */
    List<Path> analysisSourceRoots() {
        return existingSourceRoots(project);
    }

    /** SARIF {@code automationDetails.id}: distinct per module, as GitHub requires for several runs in one upload. */
    String automationId() {
        return "lambda-lint/" + project.getArtifactId() + "/";
    }

    MavenProject project() {
        return project;
    }

    /** Whether the user asked to skip, for the goals built on this one. */
    boolean skipRequested() {
        return skip;
    }

    /** Where the outputs go: {@code outputDirectory}. */
    Path outputPath() {
        return outputDirectory.toPath().toAbsolutePath().normalize();
    }

    MavenSession session() {
        return session;
    }

    AnalysisResult analyze() throws MojoExecutionException {
        AnalysisRequest request = new AnalysisRequest(analysisBaseDir(), analysisSourceRoots(), splitAll(includes),
                splitAll(excludes), splitAll(clientTypes))
                .withEncoding(sourceEncoding())
                .withThreads(parserThreads())
                .withCache(cache ? outputDirectory.toPath().toAbsolutePath().normalize() : null)
                .withRules(RuleSetting.toSettings(rules))
                .withTemplates(splitAll(templates).stream().map(Path::of).toList())
                .withUsage(usageInput());
        try {
            return LambdaLint.analyze(request);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("lambda-lint: the analysis failed: " + e.getMessage(), e);
        }
    }

    /** The usage parameters as the engine takes them; the live mode only when {@code aws} is on. */
    private UsageInput usageInput() throws MojoExecutionException {
        Map<String, String> names = new TreeMap<>();
        for (String entry : splitAll(functionNames)) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new MojoExecutionException("lambda-lint: invalid functionNames entry '" + entry
                        + "'; expected usage-name=LogicalId");
            }
            names.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
        }
        LiveOptions live = null;
        if (aws) {
            if (awsLookBackDays < 1 || awsTimeBudgetSeconds < 1) {
                throw new MojoExecutionException("lambda-lint: awsLookBackDays and awsTimeBudgetSeconds must be 1 or "
                        + "more, not " + awsLookBackDays + " and " + awsTimeBudgetSeconds);
            }
            live = LiveOptions.defaults().withRegion(blankToNull(awsRegion)).withProfile(blankToNull(awsProfile))
                    .withLookBack(Duration.ofDays(awsLookBackDays))
                    .withTimeBudget(Duration.ofSeconds(awsTimeBudgetSeconds));
        }
        return new UsageInput(splitAll(usage).stream().map(Path::of).toList(), names, stackName, live,
                awsFunctionPrefix);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private Optional<Path> baselineFile() {
        return Optional.ofNullable(baseline).map(f -> f.toPath().toAbsolutePath().normalize())
                .filter(Files::isRegularFile);
    }

    private BaselineMatch matchBaseline(AnalysisResult result) throws MojoExecutionException {
        Optional<Path> file = baselineFile();
        if (file.isEmpty()) {
            return BaselineMatch.none(result);
        }
        try {
            return Baseline.read(file.get()).match(result);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("lambda-lint: cannot use the baseline " + file.get() + ": "
                    + e.getMessage(), e);
        }
    }

    private void logStaleEntries(BaselineMatch match) {
        if (match.stale().isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        int count = match.stale().size();
        lines.add("lambda-lint: " + count + (count == 1 ? " baseline entry no longer matches" : " baseline entries "
                + "no longer match") + " a finding (fixed, or moved to another file); prune "
                + (count == 1 ? "it" : "them") + " from " + baseline.getName() + " or rerun lambda-lint:baseline:");
        for (BaselineEntry entry : match.stale()) {
            lines.add("    " + entry.path() + " " + entry.ruleId() + ": " + entry.message());
        }
        getLog().warn(String.join(System.lineSeparator(), lines));
    }

    /** ANSI colour by Maven's rules: {@code style.color}, batch mode ({@code -B}), {@code NO_COLOR}, a terminal. */
    private boolean colour() {
        String style = session == null ? null : session.getUserProperties().getProperty("style.color");
        boolean batch = session == null || session.getRequest() == null || !session.getRequest().isInteractiveMode();
        return ConsoleColour.enabled(style, batch, System.getenv("NO_COLOR"), System.getenv("TERM"),
                System.console() != null);
    }

    Charset sourceEncoding() throws MojoExecutionException {
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

    /**
     * The configured source roots (relative to the module), or the module's compile source roots; those that are no
     * directory are left out.
     */
    List<Path> existingSourceRoots(MavenProject module) {
        Path baseDir = module.getBasedir().toPath().toAbsolutePath().normalize();
        List<String> configured = splitAll(sourceRoots);
        List<String> roots = configured.isEmpty() ? module.getCompileSourceRoots() : configured;
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

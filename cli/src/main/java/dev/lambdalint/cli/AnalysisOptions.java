package dev.lambdalint.cli;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.SourceModule;
import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.config.GradleProjects;
import dev.lambdalint.config.Parameters;
import dev.lambdalint.config.RepositoryRoot;
import dev.lambdalint.config.PluginConfiguration;
import dev.lambdalint.config.ProjectPom;
import dev.lambdalint.config.UsageParameters;
import dev.lambdalint.outcome.Policy;
import dev.lambdalint.report.ConsoleColour;
import dev.lambdalint.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command shares, named as the plugin's parameters in kebab-case, and the project directory.
 * An option not given takes the value the project's {@code pom.xml} gives the plugin's parameter (see
 * {@link ProjectPom}), else the plugin's default. They become the engine's request and policy through the same
 * {@link Parameters} the plugin uses, so both accept and refuse the same values. Paths are relative to the project
 * directory, as in the plugin.
 */
final class AnalysisOptions {
    /** Messages name a parameter as it is spelt here: failOnSeverity is --fail-on-severity. */
    static final Parameters PARAMETERS = new Parameters(AnalysisOptions::optionName);
    static final String DEFAULT_SOURCE_ROOT = "src/main/java";
    static final String DEFAULT_OUTPUT = "target/lambda-lint";

    private final Map<String, String> env;
    /** The project's pom.xml, read once by {@link #pom(Console)}. */
    private ProjectPom pom;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR", defaultValue = ".",
            description = "The project to analyze (default: the current directory). Paths in options are "
                    + "relative to it.")
    private Path projectDir;

    @Option(names = "--source-roots", paramLabel = "DIR[,DIR...]",
            description = "Directories of the Java sources to analyze (default: " + DEFAULT_SOURCE_ROOT + "). "
                    + "Directories that do not exist are skipped.")
    private List<String> sourceRoots;

    @Option(names = "--includes", paramLabel = "GLOB[,GLOB...]",
            description = "Files to analyze, relative to a source root (default: every *.java).")
    private List<String> includes;

    @Option(names = "--excludes", paramLabel = "GLOB[,GLOB...]", description = "Files to leave out.")
    private List<String> excludes;

    @Option(names = "--client-types", paramLabel = "TYPE[,TYPE...]",
            description = "Fully qualified names of in-house client types, added to the catalog of known clients.")
    private List<String> clientTypes;

    @Option(names = "--templates", paramLabel = "PATH[,PATH...]",
            description = "Deployment templates (SAM/CloudFormation, serverless.yml, a CDK app's cdk.json or cdk.out), "
                    + "files or directories (default: found as the Maven plugin finds them).")
    private List<String> templates;

    @Option(names = "--repository-root", paramLabel = "DIR",
            description = "With no --templates, how far up from the project templates are looked for, and under which "
                    + "folder CDK apps (cdk.json) are; also the folder the SARIF names files from (default: the "
                    + "nearest folder holding .git, else the project).")
    private Path repositoryRoot;

    @Option(names = "--usage", paramLabel = "PATH[,PATH...]",
            description = "Recorded usage (REPORT log lines, filter-log-events output, Logs Insights exports), files "
                    + "or directories, to judge the templates' memory and timeout by.")
    private List<String> usage;

    @Option(names = "--function-names", paramLabel = "NAME=LOGICAL_ID[,...]",
            description = "Which template function a usage function name belongs to.")
    private List<String> functionNames;

    @Option(names = "--stack-name", paramLabel = "STACK",
            description = "The CloudFormation stack the templates deploy as.")
    private String stackName;

    @Option(names = "--fail-on-severity", paramLabel = "SEVERITY", defaultValue = "warning",
            description = "The least severe finding that fails: error, warning or info (default: ${DEFAULT-VALUE}).")
    private String failOnSeverity;

    @Option(names = "--no-fail", negatable = true,
            description = "--no-fail reports the findings but exits 0 (the plugin's failOnViolation=false); --fail "
                    + "exits 1 on them whatever pom.xml says (default: pom.xml's failOnViolation, else --fail).")
    private boolean noFail;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Where report.html, lambda-lint.sarif and lambda-lint.json go (default: "
                    + DEFAULT_OUTPUT + ").")
    private Path outputDir;

    @Option(names = "--automation-id", paramLabel = "ID",
            description = "SARIF automationDetails.id (default: lambda-lint/<artifactId of pom.xml, else the "
                    + "directory's name>/, as the plugin names it).")
    private String automationId;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The baseline: its findings are reported but do not fail (default: "
                    + Baseline.FILE_NAME + "; used when it exists).")
    private Path baseline;

    @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: one per core).")
    private Integer threads;

    @Option(names = "--cache", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Reuse the last analysis (kept in the output directory) when no input changed "
                    + "(default: on).")
    private boolean cache;

    @Option(names = "--parse-all", description = "Parse every source and report every syntax error, for builds "
            + "that do not compile (default: only the files that can take part in a handler's model).")
    private boolean parseAll;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "The sources' encoding (default: ${DEFAULT-VALUE}).")
    private String encoding;

    @Option(names = "--rule", paramLabel = "RULE:SEVERITY",
            description = "A rule's severity instead of its default, e.g. unbounded-cache:error. Repeatable.")
    private List<String> ruleSeverities;

    @Option(names = "--enable-rule", paramLabel = "RULE",
            description = "Turns on a rule pom.xml turns off. Repeatable.")
    private List<String> enabledRules;

    @Option(names = "--disable-rule", paramLabel = "RULE", description = "Turns a rule off. Repeatable.")
    private List<String> disabledRules;

    @Option(names = "--rule-option", paramLabel = "RULE.OPTION=VALUE",
            description = "An option the rule declares, e.g. memory-overprovisioned.minInvocations=100. Repeatable.")
    private List<String> ruleOptions;

    @Option(names = "--aws", description = "Read usage live from AWS (Lambda, CloudWatch Logs; SDK default "
            + "credentials). Off unless given.")
    private boolean aws;

    @Option(names = "--aws-region", paramLabel = "REGION", description = "The live mode's region.")
    private String awsRegion;

    @Option(names = "--aws-profile", paramLabel = "PROFILE", description = "The live mode's profile.")
    private String awsProfile;

    @Option(names = "--aws-look-back-days", paramLabel = "DAYS", defaultValue = "14",
            description = "Days of logs the live mode reads (default: ${DEFAULT-VALUE}).")
    private int awsLookBackDays;

    @Option(names = "--aws-function-prefix", paramLabel = "PREFIX",
            description = "In live mode, also read every function whose deployed name starts with this.")
    private String awsFunctionPrefix;

    @Option(names = "--aws-time-budget-seconds", paramLabel = "SECONDS", defaultValue = "120",
            description = "The most time the live mode may take in all (default: ${DEFAULT-VALUE}).")
    private int awsTimeBudgetSeconds;

    @Option(names = "--offline", description = "Never use the network: live mode is refused.")
    private boolean offline;

    /** As Maven's {@code style.color}. */
    enum ColorMode { auto, always, never }

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the console: auto (a terminal, no NO_COLOR, TERM not dumb), always or never.")
    private ColorMode color;

    AnalysisOptions(Map<String, String> env) {
        this.env = env;
    }

    /** The project directory, which must exist. */
    Path projectDir() {
        Path dir = projectDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "the project directory " + dir
                    + (Files.exists(dir) ? " is not a directory" : " does not exist"));
        }
        return dir;
    }

    /** Where the command prints, coloured or not. */
    Console console() {
        return new Console(spec.commandLine().getOut(), colour());
    }

    /**
     * Reads the project's pom.xml, whose lambda-lint configuration gives the options not given here, and prints what
     * of it was taken and what not: a POM it cannot read is a warning and the command goes on with the defaults.
     */
    ProjectPom pom(Console console) {
        pom = ProjectPom.read(projectDir(), spec.name(), AnalysisOptions::optionsFor);
        pom.problem().ifPresent(problem -> console.warn("lambda-lint: " + problem));
        PluginConfiguration configuration = pom.configuration();
        List<String> taken = configuration.names().stream().filter(PomDefaults.PARAMETERS::contains)
                .filter(parameter -> !"dryRun".equals(parameter) || "fix".equals(spec.name()))
                .filter(parameter -> !PomDefaults.IGNORED.contains(parameter)).toList();
        if (!taken.isEmpty()) {
            console.info("lambda-lint: settings from " + ProjectPom.FILE_NAME + ": " + String.join(", ", taken)
                    + " (an option given here wins)");
        }
        pom.notes().forEach(note -> console.info("lambda-lint: " + note));
        for (String parameter : configuration.names()) {
            if (!PomDefaults.PARAMETERS.contains(parameter)) {
                console.info("lambda-lint: " + ProjectPom.FILE_NAME + ": " + parameter + " is no parameter of "
                        + "lambda-lint; not taken");
            }
        }
        if (configuration.bool("skip").orElse(false)) {
            console.info("lambda-lint: " + ProjectPom.FILE_NAME + " sets skip, which the goals obey; the command "
                    + "line runs as asked");
        }
        return pom;
    }

    /** Options given here, else the POM's values: call after {@link #pom(Console)}. */
    PomDefaults values() {
        return new PomDefaults(pom == null ? PluginConfiguration.NONE : pom.configuration(), this::given);
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** What to analyze, as the plugin would ask it on the same project. */
    AnalysisRequest request(ProjectPom pom, Console console) {
        Path base = projectDir();
        PomDefaults values = values();
        List<Path> roots = existingSourceRoots(base, console, values);
        Path repository = values.path("repositoryRoot", repositoryRoot);
        Path top = RepositoryRoot.of(base, repository, List.of());
        List<SourceModule> modules = modules(base, roots, pom, console);
        return new AnalysisRequest(base, roots, Parameters.split(values.list("includes", includes)),
                Parameters.split(values.list("excludes", excludes)),
                Parameters.split(values.list("clientTypes", clientTypes)))
                .withEncoding(PARAMETERS.encoding(encoding()))
                .withThreads(PARAMETERS.threads(values.integer("threads", threads), 0))
                .withCache(values.bool("cache", cache) ? outputDirectory() : null)
                .withParseAll(values.bool("parseAll", parseAll))
                .withRules(RuleFlags.settings(pom.configuration().rules(), ruleSeverities, enabledRules,
                        disabledRules, ruleOptions))
                .withTemplates(Parameters.paths(values.list("templates", templates)))
                .withTemplateRoot(top)
                .withUsage(PARAMETERS.usage(new UsageParameters(values.list("usage", usage),
                        values.list("functionNames", functionNames), values.string("stackName", stackName),
                        values.bool("aws", aws), values.string("awsRegion", awsRegion),
                        values.string("awsProfile", awsProfile), values.integer("awsLookBackDays", awsLookBackDays),
                        values.string("awsFunctionPrefix", awsFunctionPrefix),
                        values.integer("awsTimeBudgetSeconds", awsTimeBudgetSeconds))))
                .withModules(modules)
                .withOffline(offline);
    }

    /**
     * The project as one judged module and, in a Gradle multi-project build, the projects its code compiles against,
     * followed into as the goal follows reactor dependencies.
     */
    private static List<SourceModule> modules(Path base, List<Path> roots, ProjectPom pom, Console console) {
        GradleProjects.Dependencies gradle = GradleProjects.of(base);
        gradle.problems().forEach(problem -> console.warn("lambda-lint: " + problem));
        List<String> dependsOn = gradle.self().map(GradleProjects.Project::dependsOn).orElse(List.of());
        List<SourceModule> modules = new ArrayList<>(List.of(new SourceModule(pom.coordinates(), roots, dependsOn, true,
                pom.libraries())));
        for (GradleProjects.Project project : gradle.projects()) {
            Path sources = project.directory().resolve(DEFAULT_SOURCE_ROOT);
            modules.add(SourceModule.dependency(project.path(), Files.isDirectory(sources) ? List.of(sources)
                    : List.of(), project.dependsOn()).in(project.directory()));
        }
        if (!gradle.projects().isEmpty()) {
            console.info("lambda-lint: Gradle projects followed into: " + String.join(", ", gradle.projects().stream()
                    .map(GradleProjects.Project::path).toList()));
        }
        return modules;
    }

    /** The sources' encoding: given, the POM's encoding, its project.build.sourceEncoding (the plugin's default). */
    java.nio.charset.Charset sourceEncoding() {
        return PARAMETERS.encoding(encoding());
    }

    private String encoding() {
        if (given("--encoding") || pom == null) {
            return encoding;
        }
        return pom.configuration().string("encoding").or(pom::sourceEncoding).orElse(encoding);
    }

    /** How the findings decide the exit code. */
    Policy policy() {
        PomDefaults values = values();
        boolean failOnViolation = given("--no-fail") ? !noFail : values.bool("failOnViolation", true);
        return new Policy(PARAMETERS.failOnSeverity(values.string("failOnSeverity", failOnSeverity)), failOnViolation,
                baselineFile());
    }

    Path outputDirectory() {
        String fallback = (pom == null ? "target" : pom.buildDirectory()) + "/lambda-lint";
        Path dir = values().path("outputDirectory", outputDir);
        return projectDir().resolve(dir == null ? Path.of(fallback) : dir).normalize();
    }

    Path baselineFile() {
        Path file = values().path("baseline", baseline);
        return projectDir().resolve(file == null ? Path.of(Baseline.FILE_NAME) : file).normalize();
    }

    Path htmlReport() {
        return outputDirectory().resolve(ReportWriter.HTML_FILE);
    }

    /** SARIF {@code automationDetails.id}: given, or {@code lambda-lint/<artifactId>/} as the plugin writes it. */
    String automationId(ProjectPom pom) {
        return automationId != null && !automationId.isBlank() ? automationId.trim()
                : "lambda-lint/" + pom.artifactId() + "/";
    }

    /** ANSI colour by the same rules as the plugin's, with --color in place of Maven's style.color. */
    boolean colour() {
        return ConsoleColour.enabled(color.name(), false, env.get("NO_COLOR"), env.get("TERM"),
                System.console() != null);
    }

    /** {@code SOURCE_DATE_EPOCH} (reproducible builds) when it is set, else now: only the HTML report shows it. */
    Instant generatedAt() {
        return Parameters.timestamp(env.get("SOURCE_DATE_EPOCH")).orElseGet(Instant::now);
    }

    /** {@code file} relative to the project when it is inside it, as the plugin shows paths. */
    Path shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = projectDir();
        return abs.startsWith(base) ? base.relativize(abs) : abs;
    }

    /**
     * The source roots that exist; one the user named that does not is worth a warning. Default: the POM's
     * sourceDirectory, else src/main/java (the project's compile source root, as the plugin's default).
     */
    private List<Path> existingSourceRoots(Path base, Console console, PomDefaults values) {
        List<String> named = Parameters.split(values.list("sourceRoots", sourceRoots));
        String fallback = pom == null ? DEFAULT_SOURCE_ROOT : pom.sourceDirectory().orElse(DEFAULT_SOURCE_ROOT);
        List<Path> existing = new ArrayList<>();
        for (String root : named.isEmpty() ? List.of(fallback) : named) {
            Path dir = base.resolve(root).normalize();
            if (Files.isDirectory(dir)) {
                if (!existing.contains(dir)) {
                    existing.add(dir);
                }
            } else if (!named.isEmpty()) {
                console.warn("lambda-lint: no source root " + dir + ", skipped");
            }
        }
        return existing;
    }

    /** How messages name the options that stand for a plugin parameter. */
    static String optionsFor(String parameter) {
        return switch (parameter) {
            case "rules" -> "--rule, --enable-rule, --disable-rule, --rule-option";
            case "failOnViolation" -> "--no-fail or --fail";
            case "outputDirectory" -> "--output-dir";
            default -> PomDefaults.PARAMETERS.contains(parameter) && !PomDefaults.IGNORED.contains(parameter)
                    ? optionName(parameter) : "";
        };
    }

    /** failOnSeverity -> --fail-on-severity. */
    static String optionName(String parameter) {
        StringBuilder option = new StringBuilder("--");
        for (char c : parameter.toCharArray()) {
            if (Character.isUpperCase(c)) {
                option.append('-').append(Character.toLowerCase(c));
            } else {
                option.append(c);
            }
        }
        return option.toString().toLowerCase(Locale.ROOT);
    }
}

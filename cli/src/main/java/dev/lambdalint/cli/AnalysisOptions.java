package dev.lambdalint.cli;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.SourceModule;
import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.config.Parameters;
import dev.lambdalint.config.UsageParameters;
import dev.lambdalint.deploy.TemplateFiles;
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
 * They become the engine's request and policy through the same {@link Parameters} the plugin uses, so both accept
 * and refuse the same values. Paths are relative to the project directory, as in the plugin.
 */
final class AnalysisOptions {
    /** Messages name a parameter as it is spelt here: failOnSeverity is --fail-on-severity. */
    static final Parameters PARAMETERS = new Parameters(AnalysisOptions::optionName);
    static final String DEFAULT_SOURCE_ROOT = "src/main/java";
    static final String DEFAULT_OUTPUT = "target/lambda-lint";

    private final Map<String, String> env;

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
                    + "folder CDK apps (cdk.json) are (default: the nearest folder holding .git, else the project).")
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

    @Option(names = "--no-fail", description = "Report the findings but exit 0 (the plugin's failOnViolation=false).")
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
     * The project's pom.xml as far as the command line reads it; a POM it cannot read is a warning. Plugin parameters
     * the POM sets and no option here gives are named in a note: the goal and this command would see different
     * settings.
     */
    ProjectPom pom(Console console) {
        ProjectPom pom = ProjectPom.of(projectDir());
        pom.problem().ifPresent(problem -> console.warn("lambda-lint: " + problem));
        // parameters with no option here (skip, followReactorDependencies) mean nothing to this command
        List<String> notGiven = pom.configured().stream()
                .filter(parameter -> !optionsFor(parameter).isEmpty())
                .filter(parameter -> optionsFor(parameter).stream().noneMatch(this::given)).toList();
        if (!notGiven.isEmpty()) {
            console.info("lambda-lint: " + ProjectPom.FILE_NAME + " configures the Maven plugin (" + String.join(", ",
                    notGiven) + "), which the command line does not read; to check with the same settings, give "
                    + String.join(", ", notGiven.stream().flatMap(p -> optionsFor(p).stream()).distinct().toList()));
        }
        return pom;
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** The options standing for a plugin parameter (failOnViolation is --no-fail, rules are three); none for some. */
    private List<String> optionsFor(String parameter) {
        List<String> options = switch (parameter) {
            case "rules" -> List.of("--rule", "--disable-rule", "--rule-option");
            case "failOnViolation" -> List.of("--no-fail");
            case "outputDirectory" -> List.of("--output-dir");
            default -> List.of(optionName(parameter));
        };
        return options.stream().filter(option -> spec.findOption(option) != null).toList();
    }

    /** What to analyze, as the plugin would ask it on the same project. */
    AnalysisRequest request(ProjectPom pom, Console console) {
        Path base = projectDir();
        List<Path> roots = existingSourceRoots(base, console);
        SourceModule module = new SourceModule(pom.coordinates(), roots, List.of(), true, pom.libraries());
        return new AnalysisRequest(base, roots, Parameters.split(includes), Parameters.split(excludes),
                Parameters.split(clientTypes))
                .withEncoding(PARAMETERS.encoding(encoding))
                .withThreads(PARAMETERS.threads(threads, 0))
                .withCache(cache ? outputDirectory() : null)
                .withParseAll(parseAll)
                .withRules(RuleFlags.settings(ruleSeverities, disabledRules, ruleOptions))
                .withTemplates(Parameters.paths(templates))
                .withTemplateRoot(repositoryRoot != null ? base.resolve(repositoryRoot).normalize()
                        : TemplateFiles.repositoryRoot(base, base))
                .withUsage(PARAMETERS.usage(new UsageParameters(usage, functionNames, stackName, aws, awsRegion,
                        awsProfile, awsLookBackDays, awsFunctionPrefix, awsTimeBudgetSeconds)))
                .withModules(List.of(module))
                .withOffline(offline);
    }

    /** How the findings decide the exit code. */
    Policy policy() {
        return new Policy(PARAMETERS.failOnSeverity(failOnSeverity), !noFail, baselineFile());
    }

    Path outputDirectory() {
        return projectDir().resolve(outputDir == null ? Path.of(DEFAULT_OUTPUT) : outputDir).normalize();
    }

    Path baselineFile() {
        return projectDir().resolve(baseline == null ? Path.of(Baseline.FILE_NAME) : baseline).normalize();
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

    /** The source roots that exist; one the user named that does not is worth a warning. */
    private List<Path> existingSourceRoots(Path base, Console console) {
        List<String> named = Parameters.split(sourceRoots);
        List<Path> existing = new ArrayList<>();
        for (String root : named.isEmpty() ? List.of(DEFAULT_SOURCE_ROOT) : named) {
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

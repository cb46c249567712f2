package dev.lambdalint.maven;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.ConfigurationException;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.SourceModule;
import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.config.Parameters;
import dev.lambdalint.config.RepositoryRoot;
import dev.lambdalint.config.UsageParameters;
import dev.lambdalint.outcome.Outcome;
import dev.lambdalint.outcome.Policy;
import dev.lambdalint.report.ConsoleColour;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every lambda-lint goal shares: the parameters, read into the engine's {@link AnalysisRequest} and
 * {@link Policy}, and the call of the engine's one entry point, {@link LambdaLint#check}. The goals only render the
 * {@link Outcome}: {@code check} logs and writes the reports, {@code baseline} writes the baseline; the
 * {@code aggregate} variants analyze the whole reactor. Nothing here decides about findings.
 */
abstract class LambdaLintMojo extends AbstractMojo {
    /** Messages name a parameter as the POM spells it. */
    private static final Parameters PARAMETERS = new Parameters(name -> name);

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Skips the goal: nothing is analyzed and nothing is written. */
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
     * Deployment templates to read (SAM/CloudFormation YAML or JSON, serverless.yml, a CDK app's cdk.json or
     * cdk.out), files or directories, absolute or relative to the project (comma-separated on the command line).
     * Default: the templates found in the module's folder and the folders above it up to {@code repositoryRoot}
     * ({@code template.yaml}, {@code *.template.json}, {@code serverless.yml}, {@code cdk.out/manifest.json}), and
     * the CDK apps under it (Java source, else cdk.out); only the functions that run this module's code are judged.
     */
    @Parameter(property = "lambda-lint.templates")
    private List<String> templates;

    /**
     * With no {@code templates} given, how far up from the module the templates are looked for, and under which
     * folder CDK apps ({@code cdk.json}) are looked for; also the folder the SARIF names files from, as GitHub code
     * scanning resolves them. Default: the nearest folder holding {@code .git}, else the
     * top of the Maven build (the top-level project, the multi-module project directory, or the highest parent pom
     * on disk above the module).
     */
    @Parameter(property = "lambda-lint.repositoryRoot")
    private File repositoryRoot;

    /**
     * Reuses the last analysis (kept in {@code outputDirectory}) when no input changed: sources, configuration,
     * catalog and plugin build; when some sources changed, only they are read and parsed again.
     */
    @Parameter(property = "lambda-lint.cache", defaultValue = "true")
    private boolean cache;

    /**
     * Parses every source and reports every syntax error, for builds that run lambda-lint without compiling. By
     * default only the files that can take part in a handler's invocation model are parsed (the compiler reports
     * the others' errors).
     */
    @Parameter(property = "lambda-lint.parseAll", defaultValue = "false")
    private boolean parseAll;

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
     * {@code <severity>error|warning|info</severity>} and {@code <options>} (key/value elements the rule declares).
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

    /**
     * Reads usage live from AWS (Lambda and CloudWatch Logs, SDK default credentials); off unless set. Refused in an
     * offline build ({@code mvn -o}).
     */
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

    /**
     * Follows calls into the sources of the modules of the same build that this module depends on (a shared
     * {@code common} module): what they build per invocation is reported here, with paths relative to this module.
     * Their own handlers are judged in their own modules.
     */
    @Parameter(property = "lambda-lint.followReactorDependencies", defaultValue = "true")
    private boolean followReactorDependencies = true;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** For reproducible builds: when set, the time shown in the HTML report instead of now. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("lambda-lint: skipped (lambda-lint.skip=true)");
            return;
        }
        Policy policy = policy();
        if (!hasSources()) {
            getLog().info("lambda-lint: skipped, packaging 'pom' has no sources");
            return;
        }
        run(policy);
    }

    /** The goal's work, once the parameters are valid and there are sources to analyze. */
    abstract void run(Policy policy) throws MojoExecutionException, MojoFailureException;

    /** Runs the engine: analysis and the stage after the rules. A configuration problem is a build error. */
    final Outcome check(Policy policy) throws MojoExecutionException {
        AnalysisRequest request = request();
        try {
            Outcome outcome = LambdaLint.check(request, policy);
            outcome.analysis().inputNotes().forEach(note -> getLog().debug("lambda-lint: " + note));
            return outcome;
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("lambda-lint: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("lambda-lint: the analysis failed: " + e.getMessage(), e);
        }
    }

    /** Whether this project has sources to analyze; a {@code pom} module has none. */
    boolean hasSources() {
        return !"pom".equals(project.getPackaging());
    }

    /** The directory finding paths are relative to. */
    final Path analysisBaseDir() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    /** The existing source directories to analyze. */
    List<Path> analysisSourceRoots() {
        return existingSourceRoots(project);
    }

    /**
     * The modules to analyze: this one, judged, and the build's modules it depends on, whose sources are followed
     * into (see {@link ReactorModules}).
     */
    List<SourceModule> analysisModules() {
        List<SourceModule> modules = ReactorModules.of(session, project, this::existingSourceRoots)
                .forCheck(project, followReactorDependencies);
        if (modules.size() > 1) {
            getLog().debug("lambda-lint: following the sources of the modules this one depends on: " + modules
                    .subList(1, modules.size()).stream().map(SourceModule::name).toList());
        }
        return modules;
    }

    /** The source roots of every module of the reactor, for the aggregate goals. */
    final List<Path> reactorSourceRoots() {
        List<Path> roots = new ArrayList<>();
        for (MavenProject module : reactorProjects()) {
            if (!"pom".equals(module.getPackaging())) {
                existingSourceRoots(module).stream().filter(r -> !roots.contains(r)).forEach(roots::add);
            }
        }
        return roots;
    }

    /**
     * For the aggregate goals: every module, judged, each resolved with its own classes and those of the modules it
     * depends on.
     */
    final List<SourceModule> reactorModules() {
        return ReactorModules.of(session, project, this::existingSourceRoots).forAggregate(reactorProjects());
    }

    private List<MavenProject> reactorProjects() {
        List<MavenProject> projects = session == null ? null : session.getProjects();
        return projects == null || projects.isEmpty() ? List.of(project) : projects;
    }

    /** SARIF {@code automationDetails.id}: distinct per module, as GitHub requires for several runs in one upload. */
    final String automationId() {
        return "lambda-lint/" + project.getArtifactId() + "/";
    }

    final Path outputDirectory() {
        return outputDirectory.toPath().toAbsolutePath().normalize();
    }

    final Path baselineFile() {
        return baseline.toPath().toAbsolutePath().normalize();
    }

    /** ANSI colour by Maven's rules: {@code style.color}, batch mode ({@code -B}), {@code NO_COLOR}, a terminal. */
    final boolean colour() {
        String style = session == null ? null : session.getUserProperties().getProperty("style.color");
        boolean batch = session == null || session.getRequest() == null || !session.getRequest().isInteractiveMode();
        return ConsoleColour.enabled(style, batch, System.getenv("NO_COLOR"), System.getenv("TERM"),
                System.console() != null);
    }

    /** {@code project.build.outputTimestamp} (ISO-8601 or epoch seconds) when it is set, else now. */
    final Instant generatedAt() {
        return Parameters.timestamp(outputTimestamp).orElseGet(Instant::now);
    }

    final String toolVersion() {
        if (pluginVersion != null && !pluginVersion.isBlank()) {
            return pluginVersion;
        }
        Package pkg = LambdaLintMojo.class.getPackage();
        String v = pkg == null ? null : pkg.getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /** {@code file} relative to the project when it is inside it. */
    final Path shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path baseDir = analysisBaseDir();
        return abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs;
    }

    /** The repository root as the engine decides it ({@link RepositoryRoot}), from what Maven knows of the build. */
    final Path templateRoot() {
        return RepositoryRoot.of(analysisBaseDir(), repositoryRoot == null ? null : repositoryRoot.toPath(),
                buildFolders());
    }

    /**
     * The folders Maven knows to be the build's: the top-level project's, the multi-module project directory
     * ({@code .mvn}'s) and the parent projects' found on disk.
     */
    private List<Path> buildFolders() {
        List<File> folders = new ArrayList<>();
        if (session != null) {
            if (session.getTopLevelProject() != null) {
                folders.add(session.getTopLevelProject().getBasedir());
            }
            if (session.getRequest() != null) {
                folders.add(session.getRequest().getMultiModuleProjectDirectory());
            }
        }
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getFile() != null) {
                folders.add(parent.getBasedir());
            }
        }
        return folders.stream().filter(java.util.Objects::nonNull).map(File::toPath).toList();
    }

    private AnalysisRequest request() throws MojoExecutionException {
        try {
            return new AnalysisRequest(analysisBaseDir(), analysisSourceRoots(), Parameters.split(includes),
                    Parameters.split(excludes), Parameters.split(clientTypes))
                    .withEncoding(PARAMETERS.encoding(encoding))
                    .withThreads(PARAMETERS.threads(threads, parallelReactor() ? 1 : 0))
                    .withCache(cache ? outputDirectory() : null)
                    .withParseAll(parseAll)
                    .withRules(RuleSetting.toSettings(rules))
                    .withTemplates(Parameters.paths(templates))
                    .withTemplateRoot(templateRoot())
                    .withUsage(PARAMETERS.usage(new UsageParameters(usage, functionNames, stackName, aws, awsRegion,
                            awsProfile, awsLookBackDays, awsFunctionPrefix, awsTimeBudgetSeconds)))
                    .withModules(analysisModules())
                    .withOffline(session != null && session.isOffline());
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("lambda-lint: " + e.getMessage(), e);
        }
    }

    private Policy policy() throws MojoExecutionException {
        try {
            return new Policy(PARAMETERS.failOnSeverity(failOnSeverity), failOnViolation,
                    baseline == null ? null : baselineFile());
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("lambda-lint: " + e.getMessage(), e);
        }
    }

    /** The sources' encoding, as the analysis reads them; the fix writes them back in it. */
    final java.nio.charset.Charset sourceEncoding() throws MojoExecutionException {
        try {
            return PARAMETERS.encoding(encoding);
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("lambda-lint: " + e.getMessage(), e);
        }
    }

    /** Maven builds several modules at once ({@code -T}): the parser then keeps to one thread. */
    private boolean parallelReactor() {
        return session != null && session.isParallel() && session.getProjects().size() > 1;
    }

    /**
     * The configured source roots (relative to the module), or the module's compile source roots; those that are no
     * directory are left out.
     */
    final List<Path> existingSourceRoots(MavenProject module) {
        Path baseDir = module.getBasedir().toPath().toAbsolutePath().normalize();
        List<String> configured = Parameters.split(sourceRoots);
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
}

package dev.lambdalint;

import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.cache.AnalysisCache;
import dev.lambdalint.cache.FileCache;
import dev.lambdalint.cache.HashStamps;
import dev.lambdalint.cache.TestMocks;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.Rules;
import dev.lambdalint.check.memory.SizingOptions;
import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.deploy.Deployment;
import dev.lambdalint.deploy.DeploymentReader;
import dev.lambdalint.deploy.HandlerName;
import dev.lambdalint.deploy.LambdaFunction;
import dev.lambdalint.deploy.ModuleDeployments;
import dev.lambdalint.deploy.TemplateFiles;
import dev.lambdalint.live.LiveStep;
import dev.lambdalint.fix.ModuleFixes;
import dev.lambdalint.fix.TestDoubles;
import dev.lambdalint.model.HandlerFinder;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.outcome.Outcome;
import dev.lambdalint.outcome.Policy;
import dev.lambdalint.outcome.Stage;
import dev.lambdalint.sizing.Sizing;
import dev.lambdalint.source.FileMemory;
import dev.lambdalint.source.ParseProblem;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.Relevance;
import dev.lambdalint.source.SourceScanner;
import dev.lambdalint.usage.UsageFiles;
import dev.lambdalint.usage.UsageThresholds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The engine's front door. The pipeline runs one way: sources -> project index -> handlers -> invocation
 * model (and templates -> deployment -> live usage from AWS when asked -> sizing against recorded usage) -> rules ->
 * every finding with its facts -> the one stage that decides (settings, suppressions, baseline, verdict:
 * {@link Stage}), with the fix of each finding that counts (planned while the module's model is at hand, applied only
 * by {@code lambda-lint:fix}). Knows nothing of Maven; every front end calls {@link #check}.
 */
public final class LambdaLint {
    private LambdaLint() {
    }

    /** Generated code can nest deeply enough to exhaust a default stack in the tree walks: give them room. */
    private static final long ANALYSIS_STACK_BYTES = 1024L * 1024 * 1024;

    /**
     * Analyzes the project and decides: the findings after the user's settings and suppressions, the baseline's
     * part, and the verdict. Configuration problems are found before any file is analyzed.
     *
     * @throws ConfigurationException when the request or the policy cannot be used: live mode in an offline run, a
     *                                baseline file that cannot be read or is of an earlier format, contradicting
     *                                rule options (unknown rules and options are refused earlier, by
     *                                {@link RuleSettings})
     */
    public static Outcome check(AnalysisRequest request, Policy policy) {
        LiveStep.requireNetwork(request.usage(), request.offline());
        SizingOptions.thresholds(request.rules());
        Optional<Baseline> baseline = policy.readBaseline();
        return Stage.decide(report(request, true), request.rules(), policy, baseline);
    }

    /** The findings after the user's settings and suppressions, with no baseline or verdict. */
    public static AnalysisResult analyze(AnalysisRequest request) {
        return analyze(request, true);
    }

    /** With {@code prefilter} off every syntax tree is kept: only to prove that the pre-filter changes nothing. */
    static AnalysisResult analyze(AnalysisRequest request, boolean prefilter) {
        LiveStep.requireNetwork(request.usage(), request.offline());
        return Stage.decide(report(request, prefilter), request.rules(), Policy.DEFAULT, Optional.empty()).analysis();
    }

    /** Every finding every rule reported, with its facts, nothing decided yet. */
    private static AnalysisResult report(AnalysisRequest request, boolean prefilter) {
        FutureTask<AnalysisResult> task = new FutureTask<>(() -> run(request, prefilter));
        Thread thread = new Thread(null, task, "lambda-lint-analysis", ANALYSIS_STACK_BYTES);
        thread.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the analysis", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /**
     * What the analysis thread's failure becomes for the caller: running out of heap anywhere (a parsing worker's
     * wraps it) is {@link OutOfMemory}, which says what to do; another error is thrown again as it is.
     */
    static RuntimeException failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError error) {
                return new OutOfMemory(error, Runtime.getRuntime().maxMemory());
            }
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static AnalysisResult run(AnalysisRequest request, boolean prefilter) {
        long start = System.nanoTime();
        RuleSettings settings = request.rules();
        UsageThresholds thresholds = SizingOptions.thresholds(settings);
        Path baseDir = request.baseDir().toAbsolutePath().normalize();
        Path repositoryRoot = request.templateRoot() == null ? null : baseDir.resolve(request.templateRoot());
        SourceScanner scanner = new SourceScanner(baseDir, request.includes(), request.excludes(),
                request.encoding(), request.effectiveThreads());
        List<ParseProblem> listingProblems = new ArrayList<>();
        ModuleGroups modules = ModuleGroups.list(request.effectiveModules(), scanner, listingProblems);
        List<Path> javaFiles = modules.allFiles();
        TemplateFiles.Found templates = TemplateFiles.find(baseDir, request.templateRoot(), request.templates(),
                listingProblems);
        // live usage changes in AWS while no file here does: a live run is never answered from the cache
        AnalysisCache cache = request.cacheDirectory() == null || request.usage().live() != null ? null
                : new AnalysisCache(request.cacheDirectory());
        List<Path> usageFiles = UsageFiles.files(request.usage().files().stream().map(baseDir::resolve).toList());
        // the sources are hashed once: for the whole result's key, and for the memory of each file's content
        HashStamps stamps = cache == null ? null : HashStamps.open(request.cacheDirectory());
        Map<Path, String> hashes = cache == null ? Map.of() : scanner.hashes(javaFiles, stamps);
        // the constructions the tests mock stay where they are: what the tests mock is part of the fixes' input
        TestMocks mocks = cache == null ? null : TestMocks.open(request.cacheDirectory(), request.encoding());
        TestDoubles doubles = cache == null
                ? TestDoubles.read(baseDir, request.effectiveModules(), request.encoding())
                : TestDoubles.read(baseDir, request.effectiveModules(), request.encoding(), stamps, mocks);
        if (cache != null) {
            stamps.save();
            mocks.save();
        }
        String cacheKey = cache == null ? null : AnalysisCache.key(request.withThreads(0).withOffline(false) + " "
                        + listingProblems + " " + doubles,
                javaFiles, hashes, Stream.of(templates.inputs(), usageFiles).flatMap(List::stream).toList());
        if (cache != null) {
            Optional<AnalysisResult> cached = cache.load(cacheKey, baseDir, elapsedMillis(start));
            if (cached.isPresent()) {
                return cached.get().withRepositoryRoot(repositoryRoot);
            }
        }
        FileCache files = cache == null ? null : FileCache.open(request.cacheDirectory().resolve("files"),
                request.encoding());
        try {
            // the deployed functions judged here are those that run the code of the judged modules, each module's its own
            ModuleDeployments deployments = DeploymentReader.read(templates.templates(), modules.judgedCode(baseDir));
            Deployment deployment = deployments.all();
            Catalog catalog = Catalog.load(request.extraClientTypes());
            SourceScanner.Scan scan = scanner.parse(javaFiles, listingProblems,
                    prefilter ? Relevance.forHandlers(deployment.handlerNames().stream().map(HandlerName::simpleTypeName)
                            .collect(Collectors.toSet()), catalog) : null, request.parseAll(), hashes,
                    files == null ? FileMemory.NONE : files);
            LiveStep.Result live = LiveStep.read(request.usage(), deployment.functions(), request.offline());
            Sizing sizing = Sizing.assess(deployment, request.usage(), live, baseDir, thresholds,
                    settings.enabled("memory-overprovisioned")).withModules(deployments::owners);
            List<ParseProblem> problems = Stream.concat(scan.problems().stream(), deployment.problems().stream()).toList();
            ModuleFindings found = new ModuleFindings();
            ModuleFixes fixes = new ModuleFixes(catalog, request.encoding(), finding -> Stage.counts(finding, settings),
                    deployment.functions().stream().anyMatch(LambdaFunction::snapStartOn), doubles);
            for (ModuleGroups.Group group : modules.groups(scan.files())) {
                Deployment own = deployments.of(group.module());
                ProjectIndex index = new ProjectIndex(group.visible());
                HandlerFinder finder = new HandlerFinder(index, catalog);
                InvocationModel model = finder.model(finder.find(file -> group.own().contains(file.path()),
                        own.handlerNames(), group.libraries()));
                RuleContext context = new RuleContext(model, catalog, problems, settings, own)
                        .withSizing(sizing.only(own.functions()), baseDir);
                // every rule runs and reports everything: whether a finding counts is decided after the rules (Stage)
                for (Rule rule : Rules.all()) {
                    rule.check(context);
                }
                found.add(group.module(), context, model.handlers());
                fixes.add(model, context.findings());
            }
            AnalysisResult result = new AnalysisResult(baseDir, found.numbered(), found.handlers(),
                    scan.javaFiles(), elapsedMillis(start), 0, false, sizing.summary(),
                    Stream.concat(templates.notes().stream(), deployment.notes().stream()).toList(), fixes.result(),
                    found.handlerModules(), repositoryRoot);
            if (cache != null) {
                files.save(hashes.values());
                cache.store(cacheKey, result);
            }
            return result;
        } finally {
            if (files != null) {
                files.close(); // saved or not: the packs opened are closed
            }
        }
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}

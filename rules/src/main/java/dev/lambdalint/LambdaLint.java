package dev.lambdalint;

import dev.lambdalint.cache.AnalysisCache;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.Rules;
import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.deploy.Deployment;
import dev.lambdalint.deploy.DeploymentReader;
import dev.lambdalint.deploy.HandlerName;
import dev.lambdalint.deploy.TemplateFiles;
import dev.lambdalint.fix.FixPlanner;
import dev.lambdalint.fix.FixSet;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.HandlerFinder;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.sizing.Sizing;
import dev.lambdalint.source.ParseProblem;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.Relevance;
import dev.lambdalint.source.SourceScanner;
import dev.lambdalint.usage.UsageFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The engine's front door. The pipeline runs one way: sources -> project index -> handlers -> invocation
 * model (and templates -> deployment -> sizing against recorded usage) -> rules -> sorted findings -> the fix of
 * each (planned while the model is at hand, applied only by {@code lambda-lint:fix}). Knows nothing of Maven.
 */
public final class LambdaLint {
    private LambdaLint() {
    }

    /** Generated code can nest deeply enough to exhaust a default stack in the tree walks: give them room. */
    private static final long ANALYSIS_STACK_BYTES = 1024L * 1024 * 1024;

    public static AnalysisResult analyze(AnalysisRequest request) {
        return analyze(request, true);
    }

    /** With {@code prefilter} off every syntax tree is kept: only to prove that the pre-filter changes nothing. */
    static AnalysisResult analyze(AnalysisRequest request, boolean prefilter) {
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
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static AnalysisResult run(AnalysisRequest request, boolean prefilter) {
        long start = System.nanoTime();
        Path baseDir = request.baseDir().toAbsolutePath().normalize();
        SourceScanner scanner = new SourceScanner(baseDir, request.includes(), request.excludes(),
                request.encoding(), request.effectiveThreads());
        List<ParseProblem> listingProblems = new ArrayList<>();
        List<Path> javaFiles = scanner.javaFiles(request.sourceRoots(), listingProblems);
        TemplateFiles.Found templates = TemplateFiles.find(baseDir, request.templates(), listingProblems);
        // live usage changes in AWS while no file here does: a live run is never answered from the cache
        AnalysisCache cache = request.cacheDirectory() == null || request.usage().live() != null ? null
                : new AnalysisCache(request.cacheDirectory());
        List<Path> usageFiles = UsageFiles.files(request.usage().files().stream().map(baseDir::resolve).toList());
        String cacheKey = cache == null ? null : AnalysisCache.key(request.withThreads(0) + " " + listingProblems,
                Stream.of(javaFiles, templates.inputs(), usageFiles).flatMap(List::stream).toList());
        if (cache != null) {
            Optional<AnalysisResult> cached = cache.load(cacheKey, baseDir, elapsedMillis(start));
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        Deployment deployment = DeploymentReader.read(templates.templates());
        SourceScanner.Scan scan = scanner.parse(javaFiles, listingProblems,
                prefilter ? new Relevance(deployment.handlerNames().stream().map(HandlerName::simpleTypeName)
                        .collect(Collectors.toSet())) : null);
        ProjectIndex index = new ProjectIndex(scan.files());
        Catalog catalog = Catalog.load(request.extraClientTypes());
        HandlerFinder finder = new HandlerFinder(index);
        List<Handler> handlers = finder.withConfigured(finder.implementations(), deployment.handlerNames());
        InvocationModel model = new InvocationModel(index, catalog, handlers);
        // the user's rule settings apply here and only here: disabled rules do not run, severities are replaced
        RuleSettings settings = request.rules();
        Sizing sizing = Sizing.assess(deployment, request.usage(), baseDir, settings);
        RuleContext context = new RuleContext(model, catalog,
                Stream.concat(scan.problems().stream(), deployment.problems().stream()).toList(), settings, deployment)
                .withSizing(sizing, baseDir);
        for (Rule rule : Rules.all()) {
            if (settings.enabled(rule)) {
                rule.check(context);
            }
        }
        List<Finding> findings = context.findings().stream().map(settings::apply).toList();
        FixSet fixes = FixPlanner.plan(model, catalog, findings, request.encoding());
        AnalysisResult result = new AnalysisResult(baseDir, findings,
                model.handlers().stream().map(Handler::id).toList(), scan.javaFiles(), elapsedMillis(start),
                context.suppressedCount(), false, sizing.summary(), fixes);
        if (cache != null) {
            cache.store(cacheKey, result);
        }
        return result;
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}

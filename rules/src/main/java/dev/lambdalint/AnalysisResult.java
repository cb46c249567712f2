package dev.lambdalint;

import dev.lambdalint.catalog.Copies;
import dev.lambdalint.fix.FixSet;
import dev.lambdalint.sizing.SizingSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one analysis: findings sorted by {@link Finding#ORDER}, the handlers found (as
 * "com.acme.OrderHandler::handleRequest"), how many files were read, how long it took, how many findings
 * the user suppressed (counted, never silently lost), and whether it was reused from the cache because no
 * input had changed; {@code sizing} is the templates' functions against their recorded usage, for the reports;
 * {@code inputNotes} say which deployment descriptions were looked for, read and skipped, and which functions are
 * this module's, for a debug log; {@code fixes} is what {@code lambda-lint:fix} would do about each finding;
 * {@code handlerModules} names, position by position, the module declaring each of {@code handlers} (empty when the
 * analysis did not tell modules apart), so that reports can tell two modules' {@code helloworld.App} apart;
 * {@code repositoryRoot} is the folder of the repository holding {@code baseDir} (the request's template root: the
 * configured one, else the nearest folder with {@code .git}), against which SARIF names files as GitHub code scanning
 * resolves them; null when unknown.
 */
public record AnalysisResult(Path baseDir, List<Finding> findings, List<String> handlers, int filesAnalyzed,
                             long durationMillis, int suppressed, boolean fromCache, SizingSummary sizing,
                             List<String> inputNotes, FixSet fixes, List<String> handlerModules,
                             Path repositoryRoot) {

    public AnalysisResult {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        handlers = List.copyOf(handlers);
        sizing = sizing == null ? SizingSummary.NONE : sizing;
        inputNotes = Copies.listOrEmpty(inputNotes);
        fixes = fixes == null ? FixSet.NONE : fixes;
        handlerModules = Copies.listOrEmpty(handlerModules);
        if (!handlerModules.isEmpty() && handlerModules.size() != handlers.size()) {
            throw new IllegalArgumentException("one module per handler: " + handlerModules + " for " + handlers);
        }
        repositoryRoot = repositoryRoot == null ? null : repositoryRoot.toAbsolutePath().normalize();
    }

    public AnalysisResult(Path baseDir, List<Finding> findings, List<String> handlers, int filesAnalyzed,
                          long durationMillis, int suppressed, boolean fromCache, SizingSummary sizing,
                          List<String> inputNotes, FixSet fixes, List<String> handlerModules) {
        this(baseDir, findings, handlers, filesAnalyzed, durationMillis, suppressed, fromCache, sizing, inputNotes,
                fixes, handlerModules, null);
    }

    public AnalysisResult(Path baseDir, List<Finding> findings, List<String> handlers, int filesAnalyzed,
                          long durationMillis, int suppressed, boolean fromCache, SizingSummary sizing,
                          List<String> inputNotes, FixSet fixes) {
        this(baseDir, findings, handlers, filesAnalyzed, durationMillis, suppressed, fromCache, sizing, inputNotes,
                fixes, List.of());
    }

    public AnalysisResult(Path baseDir, List<Finding> findings, List<String> handlers, int filesAnalyzed,
                          long durationMillis, int suppressed, boolean fromCache, SizingSummary sizing,
                          List<String> inputNotes) {
        this(baseDir, findings, handlers, filesAnalyzed, durationMillis, suppressed, fromCache, sizing, inputNotes,
                FixSet.NONE);
    }

    public AnalysisResult(Path baseDir, List<Finding> findings, List<String> handlers, int filesAnalyzed,
                          long durationMillis, int suppressed, boolean fromCache, SizingSummary sizing) {
        this(baseDir, findings, handlers, filesAnalyzed, durationMillis, suppressed, fromCache, sizing, List.of());
    }

    public AnalysisResult(Path baseDir, List<Finding> findings, List<String> handlers, int filesAnalyzed,
                          long durationMillis, int suppressed, boolean fromCache) {
        this(baseDir, findings, handlers, filesAnalyzed, durationMillis, suppressed, fromCache, SizingSummary.NONE);
    }

    public AnalysisResult(Path baseDir, List<Finding> findings, List<String> handlers, int filesAnalyzed,
                          long durationMillis, int suppressed) {
        this(baseDir, findings, handlers, filesAnalyzed, durationMillis, suppressed, false);
    }

    public AnalysisResult(Path baseDir, List<Finding> findings, List<String> handlers, int filesAnalyzed,
                          long durationMillis) {
        this(baseDir, findings, handlers, filesAnalyzed, durationMillis, 0, false);
    }

    /** The same analysis with other findings: what the stage after the rules keeps, or what a baseline leaves. */
    public AnalysisResult withFindings(List<Finding> kept, int suppressedCount) {
        return new AnalysisResult(baseDir, kept, handlers, filesAnalyzed, durationMillis, suppressedCount, fromCache,
                sizing, inputNotes, fixes, handlerModules, repositoryRoot);
    }

    /** The same analysis with the fixes of its findings. */
    public AnalysisResult withFixes(FixSet fixSet) {
        return new AnalysisResult(baseDir, findings, handlers, filesAnalyzed, durationMillis, suppressed, fromCache,
                sizing, inputNotes, fixSet, handlerModules, repositoryRoot);
    }

    /** The same analysis of a project in this repository (null when unknown). */
    public AnalysisResult withRepositoryRoot(Path root) {
        return new AnalysisResult(baseDir, findings, handlers, filesAnalyzed, durationMillis, suppressed, fromCache,
                sizing, inputNotes, fixes, handlerModules, root);
    }

    /** The module declaring the handler at {@code index} of {@link #handlers}; null when modules are not told apart. */
    public String handlerModule(int index) {
        return handlerModules.isEmpty() ? null : handlerModules.get(index);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Findings at or above the threshold. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }

    public Map<String, Long> countsByRule() {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1L, Long::sum));
        return counts;
    }
}

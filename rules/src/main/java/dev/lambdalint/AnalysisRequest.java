package dev.lambdalint;

import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.sizing.UsageInput;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * What to analyze.
 *
 * @param baseDir            the project base; finding paths are relative to it
 * @param sourceRoots        directories holding Java sources (absolute, or relative to baseDir)
 * @param includes           glob patterns (relative to a source root) of files to analyze; empty means all *.java
 * @param excludes           glob patterns of files to skip
 * @param extraClientTypes   fully qualified names of in-house client types, added to the catalog: constructing
 *                           one with {@code new}, {@code create()} or {@code builder()...build()} counts
 * @param encoding           the sources' encoding (the build's {@code project.build.sourceEncoding})
 * @param threads            how many threads parse; 0 means one per available core. The output is the same
 *                           whatever the count
 * @param cacheDirectory     where the last analysis is kept for reuse when no input changed; null for none
 * @param rules              the user's per-rule settings (disabled rules, severities, options)
 * @param templates          deployment templates to read: files, or directories to search (absolute, or relative
 *                           to baseDir); empty means search baseDir for template.yaml/.yml/.json, *.template.json,
 *                           serverless.yml/.yaml and cdk.out/manifest.json
 * @param usage              recorded usage to judge the templates' memory and timeout by: files, the mapping of
 *                           usage names to template functions, the live mode (off unless given)
 * @param modules            the build's modules, when code must be resolved module by module (see
 *                           {@link SourceModule}); they replace {@code sourceRoots}. Empty means the source roots
 *                           are one module whose handlers are all judged
 * @param offline            the run may not use the network (Maven's {@code -o}): live mode is refused with a
 *                           message instead of trying AWS
 * @param templateRoot       with no templates named, how far up the search goes: from baseDir up to this folder
 *                           (the repository root, see {@code TemplateFiles.repositoryRoot}), looking for CDK apps
 *                           under it too; null for baseDir alone
 * @param parseAll           parse every file and report every syntax error; otherwise only the files that can take
 *                           part in a handler's model are parsed (the compiler reports the others' errors)
 */
public record AnalysisRequest(
        Path baseDir,
        List<Path> sourceRoots,
        List<String> includes,
        List<String> excludes,
        List<String> extraClientTypes,
        Charset encoding,
        int threads,
        Path cacheDirectory,
        RuleSettings rules,
        List<Path> templates,
        UsageInput usage,
        List<SourceModule> modules,
        boolean offline,
        Path templateRoot,
        boolean parseAll) {

    public AnalysisRequest {
        rules = rules == null ? RuleSettings.DEFAULTS : rules;
        sourceRoots = List.copyOf(sourceRoots);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        extraClientTypes = List.copyOf(extraClientTypes);
        templates = templates == null ? List.of() : List.copyOf(templates);
        usage = usage == null ? UsageInput.NONE : usage;
        modules = modules == null ? List.of() : List.copyOf(modules);
        if (modules.stream().map(SourceModule::name).distinct().count() != modules.size()) {
            throw new ConfigurationException("two modules share a name: " + modules.stream()
                    .map(SourceModule::name).toList());
        }
        if (threads < 0) {
            throw new ConfigurationException("threads must be 0 (one per core) or more, not " + threads);
        }
    }

    public AnalysisRequest(Path baseDir, List<Path> sourceRoots, List<String> includes, List<String> excludes,
                           List<String> extraClientTypes, Charset encoding, int threads, Path cacheDirectory,
                           RuleSettings rules, List<Path> templates, UsageInput usage, List<SourceModule> modules) {
        this(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads, cacheDirectory, rules,
                templates, usage, modules, false, null, false);
    }

    public AnalysisRequest(Path baseDir, List<Path> sourceRoots, List<String> includes, List<String> excludes,
                           List<String> extraClientTypes, Charset encoding, int threads, Path cacheDirectory,
                           RuleSettings rules, List<Path> templates, UsageInput usage) {
        this(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads, cacheDirectory, rules,
                templates, usage, List.of(), false, null, false);
    }

    public AnalysisRequest(Path baseDir, List<Path> sourceRoots, List<String> includes, List<String> excludes,
                           List<String> extraClientTypes, Charset encoding, int threads, Path cacheDirectory,
                           RuleSettings rules, List<Path> templates) {
        this(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads, cacheDirectory, rules,
                templates, UsageInput.NONE);
    }

    public AnalysisRequest(Path baseDir, List<Path> sourceRoots, List<String> includes, List<String> excludes,
                           List<String> extraClientTypes, Charset encoding, int threads, Path cacheDirectory,
                           RuleSettings rules) {
        this(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads, cacheDirectory, rules,
                List.of());
    }

    public AnalysisRequest(Path baseDir, List<Path> sourceRoots, List<String> includes, List<String> excludes,
                           List<String> extraClientTypes, Charset encoding, int threads, Path cacheDirectory) {
        this(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads, cacheDirectory, null);
    }

    public AnalysisRequest(Path baseDir, List<Path> sourceRoots, List<String> includes, List<String> excludes,
                           List<String> extraClientTypes) {
        this(baseDir, sourceRoots, includes, excludes, extraClientTypes, StandardCharsets.UTF_8, 0, null);
    }

    public static AnalysisRequest of(Path baseDir, List<Path> sourceRoots) {
        return new AnalysisRequest(baseDir, sourceRoots, List.of(), List.of(), List.of());
    }

    public AnalysisRequest withEncoding(Charset charset) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, charset, threads,
                cacheDirectory, rules, templates, usage, modules, offline, templateRoot, parseAll);
    }

    public AnalysisRequest withThreads(int count) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, count,
                cacheDirectory, rules, templates, usage, modules, offline, templateRoot, parseAll);
    }

    /** Keeps the analysis in {@code directory} and reuses it while no input changes; null turns the cache off. */
    public AnalysisRequest withCache(Path directory) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads,
                directory, rules, templates, usage, modules, offline, templateRoot, parseAll);
    }

    /** The user's per-rule settings; null means every rule on, at its default severity. */
    public AnalysisRequest withRules(RuleSettings settings) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads,
                cacheDirectory, settings, templates, usage, modules, offline, templateRoot, parseAll);
    }

    /** The deployment templates to read (files or directories); empty searches the base directory. */
    public AnalysisRequest withTemplates(List<Path> files) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads,
                cacheDirectory, rules, files, usage, modules, offline, templateRoot, parseAll);
    }

    /** The recorded usage to judge the templates' memory and timeout by; null for none. */
    public AnalysisRequest withUsage(UsageInput input) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads,
                cacheDirectory, rules, templates, input, modules, offline, templateRoot, parseAll);
    }

    /** The build's modules, each resolved with the classes it can see; they replace the source roots. */
    public AnalysisRequest withModules(List<SourceModule> buildModules) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads,
                cacheDirectory, rules, templates, usage, buildModules, offline, templateRoot, parseAll);
    }

    /**
     * Sources of other modules the analyzed code depends on (a shared module of the same build): parsed and followed
     * into, but no handler of theirs is judged.
     */
    public AnalysisRequest withDependencySources(List<Path> roots) {
        return withModules(List.of(SourceModule.judged(".", sourceRoots, List.of("dependencies")),
                SourceModule.dependency("dependencies", roots, List.of())));
    }

    /** Whether the run may not use the network; with live mode on, the check then stops with a message. */
    public AnalysisRequest withOffline(boolean value) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads,
                cacheDirectory, rules, templates, usage, modules, value, templateRoot, parseAll);
    }

    /** How far up from the base directory templates are looked for (and CDK apps under it); null for the base alone. */
    public AnalysisRequest withTemplateRoot(Path root) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads,
                cacheDirectory, rules, templates, usage, modules, offline, root, parseAll);
    }

    /** Parse every file and report every syntax error, for builds that run lambda-lint without compiling. */
    public AnalysisRequest withParseAll(boolean all) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads,
                cacheDirectory, rules, templates, usage, modules, offline, templateRoot, all);
    }

    /** The modules to analyze: those given, or the source roots as one module whose handlers are judged. */
    public List<SourceModule> effectiveModules() {
        return modules.isEmpty() ? List.of(SourceModule.judged(".", sourceRoots, List.of())) : modules;
    }

    /** The thread count to use: the configured one, or one per available core. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}

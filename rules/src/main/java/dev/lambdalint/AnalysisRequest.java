package dev.lambdalint;

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
 */
public record AnalysisRequest(
        Path baseDir,
        List<Path> sourceRoots,
        List<String> includes,
        List<String> excludes,
        List<String> extraClientTypes,
        Charset encoding,
        int threads,
        Path cacheDirectory) {

    public AnalysisRequest {
        sourceRoots = List.copyOf(sourceRoots);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        extraClientTypes = List.copyOf(extraClientTypes);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per core) or more, not " + threads);
        }
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
                cacheDirectory);
    }

    public AnalysisRequest withThreads(int count) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, count,
                cacheDirectory);
    }

    /** Keeps the analysis in {@code directory} and reuses it while no input changes; null turns the cache off. */
    public AnalysisRequest withCache(Path directory) {
        return new AnalysisRequest(baseDir, sourceRoots, includes, excludes, extraClientTypes, encoding, threads,
                directory);
    }

    /** The thread count to use: the configured one, or one per available core. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}

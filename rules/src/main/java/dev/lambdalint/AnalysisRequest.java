package dev.lambdalint;

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
 */
public record AnalysisRequest(
        Path baseDir,
        List<Path> sourceRoots,
        List<String> includes,
        List<String> excludes,
        List<String> extraClientTypes) {

    public AnalysisRequest {
        sourceRoots = List.copyOf(sourceRoots);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        extraClientTypes = List.copyOf(extraClientTypes);
    }

    public static AnalysisRequest of(Path baseDir, List<Path> sourceRoots) {
        return new AnalysisRequest(baseDir, sourceRoots, List.of(), List.of(), List.of());
    }
}

package dev.lambdalint.baseline;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import java.util.List;

/**
 * An analysis compared with a baseline.
 *
 * @param fresh     the analysis with only the findings the baseline does not hold: these decide the build
 * @param baselined the findings the baseline accepted
 * @param stale     baseline entries no current finding matches: fixed or moved to another file, to be pruned
 */
public record BaselineMatch(AnalysisResult fresh, List<Finding> baselined, List<BaselineEntry> stale) {

    public BaselineMatch {
        baselined = List.copyOf(baselined);
        stale = List.copyOf(stale);
    }

    /** The comparison with no baseline: everything is fresh. */
    public static BaselineMatch none(AnalysisResult result) {
        return new BaselineMatch(result, List.of(), List.of());
    }
}

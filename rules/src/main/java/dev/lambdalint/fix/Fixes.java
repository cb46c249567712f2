package dev.lambdalint.fix;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.LambdaLint;
import java.nio.charset.Charset;

/**
 * The front door of fixing, for any front end (the Maven goal, a command line): analyze, then plan the fixes of
 * the findings. The plan changes nothing until it is applied.
 */
public final class Fixes {
    private Fixes() {
    }

    /** Analyzes the project as {@code request} says and plans the fixes of its findings. */
    public static FixPlan plan(AnalysisRequest request) {
        return plan(LambdaLint.analyze(request), request);
    }

    /** The fixes of an analysis already made with {@code request}. */
    public static FixPlan plan(AnalysisResult result, AnalysisRequest request) {
        return plan(result, request.encoding());
    }

    /** The fixes of an analysis already made, against its sources read in {@code encoding}. */
    public static FixPlan plan(AnalysisResult result, Charset encoding) {
        return FixPlan.of(result, encoding);
    }
}

package dev.lambdalint;

import java.util.List;

/** The engine's front door: sources in, sorted findings out. Knows nothing of Maven. */
public final class LambdaLint {
    private LambdaLint() {
    }

    public static AnalysisResult analyze(AnalysisRequest request) {
        // placeholder until the engine lands
        return new AnalysisResult(request.baseDir(), List.of(), List.of(), 0, 0);
    }
}

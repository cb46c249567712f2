package dev.lambdalint;

import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.Rules;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.HandlerFinder;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceScanner;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine's front door. The pipeline runs one way: sources -> project index -> handlers -> invocation
 * model -> rules -> sorted findings. Knows nothing of Maven.
 */
public final class LambdaLint {
    private LambdaLint() {
    }

    public static AnalysisResult analyze(AnalysisRequest request) {
        long start = System.nanoTime();
        Path baseDir = request.baseDir().toAbsolutePath().normalize();
        SourceScanner.Scan scan = new SourceScanner(baseDir, request.includes(), request.excludes())
                .scan(request.sourceRoots());
        ProjectIndex index = new ProjectIndex(scan.files());
        Catalog catalog = Catalog.load(request.extraClientTypes());
        List<Handler> handlers = new HandlerFinder(index).implementations();
        InvocationModel model = new InvocationModel(index, catalog, handlers);
        RuleContext context = new RuleContext(model, catalog, scan.problems());
        for (Rule rule : Rules.all()) {
            rule.check(context);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new AnalysisResult(baseDir, context.findings(), model.handlers().stream().map(Handler::id).toList(),
                scan.files().size() + scan.problems().size(), millis, context.suppressedCount());
    }
}

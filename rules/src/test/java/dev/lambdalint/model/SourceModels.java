package dev.lambdalint.model;

import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceScanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The invocation model of the Java sources under a test project's {@code src}, every handler its classes hold. */
public final class SourceModels {
    private SourceModels() {
    }

    public static InvocationModel of(Path project) {
        SourceScanner.Scan scan = new SourceScanner(project, List.of(), List.of(), StandardCharsets.UTF_8, 1)
                .scan(List.of(project.resolve("src")));
        HandlerFinder finder = new HandlerFinder(new ProjectIndex(scan.files()), Catalog.load(List.of()));
        return finder.model(finder.find(f -> true, List.of(), List.of()));
    }
}

package dev.lambdalint.usage;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The usage files under src/test/resources/usage, and small finders over what they read to. */
final class Samples {
    private Samples() {
    }

    static Path path(String relative) {
        try {
            return Path.of(Objects.requireNonNull(Samples.class.getResource("/usage/" + relative), relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RecordedUsage read(String relative) {
        return UsageFiles.readFile(path(relative));
    }

    static ReportRecord report(RecordedUsage usage, String requestId) {
        return usage.reports().stream().filter(r -> requestId.equals(r.requestId())).findFirst()
                .orElseThrow(() -> new AssertionError("no REPORT for " + requestId + " in " + usage.reports()));
    }

    static List<String> problems(RecordedUsage usage) {
        return usage.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    }
}

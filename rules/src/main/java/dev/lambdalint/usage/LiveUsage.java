package dev.lambdalint.usage;

import java.time.Duration;
import java.util.List;

/**
 * What a live fetch found: the deployed functions, their records (named {@link NameSource#DEPLOYED}) and one
 * problem line per thing that failed. {@code complete} is false when the fetch stopped early (time budget,
 * credentials, no connection), so the figures cover part of the window.
 */
public record LiveUsage(List<DeployedFunction> functions, RecordedUsage usage, Duration window, boolean complete) {

    public LiveUsage {
        functions = List.copyOf(functions);
    }
}

package dev.lambdalint.model;

import dev.lambdalint.CallStep;
import dev.lambdalint.source.SourceFile;
import java.util.List;

/**
 * A code unit that runs on every invocation of {@code handler}, how it is reached ({@code chain}, from the
 * handler's entry to this unit), and the file that declares it.
 */
public record Reach(Handler handler, CodeUnit unit, List<CallStep> chain, SourceFile file) {
}

package dev.lambdalint.usage;

import java.util.List;

/**
 * Why lowering memory may make a function slower and not cheaper: CPU is allotted in proportion to memory
 * (1,769 MB = one vCPU), and the records suggest duration depends on it. {@code signals} are the reasons found;
 * {@code message} says it in one paragraph.
 */
public record CpuBoundWarning(List<String> signals, String message) {

    public CpuBoundWarning {
        signals = List.copyOf(signals);
    }
}

package dev.lambdalint.usage;

/** What a function is configured with, from its template or from AWS: memory in MB, timeout in seconds. */
public record FunctionSettings(int memoryMb, int timeoutSeconds, Architecture architecture) {

    public FunctionSettings {
        if (memoryMb <= 0 || timeoutSeconds <= 0 || architecture == null) {
            throw new IllegalArgumentException("memory and timeout must be positive and the architecture known");
        }
    }
}

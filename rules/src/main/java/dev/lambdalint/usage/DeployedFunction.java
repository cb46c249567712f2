package dev.lambdalint.usage;

/** A function's settings as Lambda reports them; {@code logFormat} is Text or JSON. */
public record DeployedFunction(String name, int memoryMb, int timeoutSeconds, Architecture architecture,
                               String logGroup, String logFormat) {

    public FunctionSettings settings() {
        return new FunctionSettings(memoryMb, timeoutSeconds, architecture);
    }
}

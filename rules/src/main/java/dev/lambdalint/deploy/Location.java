package dev.lambdalint.deploy;

/** Where something is written in a template: the file relative to the analysis base ('/' separators), 1-based. */
public record Location(String path, int line, int column) {
    @Override
    public String toString() {
        return path + ":" + line;
    }
}

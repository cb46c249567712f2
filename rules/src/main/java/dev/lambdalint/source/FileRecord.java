package dev.lambdalint.source;

/**
 * What one file's content contributes to an analysis, whatever its path: its pre-filter signature, whether its
 * bytes were valid in the source encoding, and, once it has been parsed, whether it parsed (a failure keeps the
 * first problem's position and message) and, when its tree is kept, its {@link Declarations} (else null). Kept
 * between runs by {@link FileMemory}, keyed by a hash of the bytes.
 */
public record FileRecord(Relevance.Signature signature, boolean malformed, Parsed parsed, Declarations declarations) {
    public FileRecord(Relevance.Signature signature, boolean malformed, Parsed parsed) {
        this(signature, malformed, parsed, null);
    }


    /**
     * How the content parsed: fine, or the first problem at a 1-based line and column, with its kind (as
     * {@link ParseProblem#kind()} names it).
     */
    public record Parsed(boolean ok, int line, int column, String message, String kind) {
        public static final Parsed OK = new Parsed(true, 0, 0, "", "");
    }

    FileRecord withParsed(Parsed outcome, Declarations kept) {
        return new FileRecord(signature, malformed, outcome, kept);
    }
}

package dev.lambdalint.analysis;

/** Where a string the code sends to AWS comes from, as far as the code tells. */
public sealed interface Origin {

    /** Written out (or concatenated from written-out parts). */
    public record Literal(String text) implements Origin {
    }

    /** An environment variable the template may set. */
    public record EnvironmentVariable(String name) implements Origin {
    }

    /** The running function's own name or ARN; {@code how} is the code that reads it, for messages. */
    public record OwnName(String how) implements Origin {
    }

    /** The bucket of the S3 event record being handled. */
    public record EventBucket() implements Origin {
    }

    /** The object key of the S3 event record being handled. */
    public record EventKey() implements Origin {
    }

    public record Unknown() implements Origin {
    }

    Origin UNKNOWN = new Unknown();
}

package dev.lambdalint.check;

/** Where a string the code sends to AWS comes from, as far as the code tells. */
sealed interface Origin {

    /** Written out (or concatenated from written-out parts). */
    record Literal(String text) implements Origin {
    }

    /** An environment variable the template may set. */
    record EnvironmentVariable(String name) implements Origin {
    }

    /** The running function's own name or ARN; {@code how} is the code that reads it, for messages. */
    record OwnName(String how) implements Origin {
    }

    /** The bucket of the S3 event record being handled. */
    record EventBucket() implements Origin {
    }

    /** The object key of the S3 event record being handled. */
    record EventKey() implements Origin {
    }

    record Unknown() implements Origin {
    }

    Origin UNKNOWN = new Unknown();
}

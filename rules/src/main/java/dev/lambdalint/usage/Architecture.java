package dev.lambdalint.usage;

import java.util.Locale;

/** The instruction set a function runs on; it sets the price per GB-second. */
public enum Architecture {
    X86_64("x86_64"), ARM64("arm64");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    /** The name Lambda, SAM and CloudFormation use: {@code x86_64} or {@code arm64}. */
    public String id() {
        return id;
    }

    /** Parses x86_64 or arm64 as templates and the Lambda API write them; null or blank is Lambda's default, x86_64. */
    public static Architecture parse(String text) {
        if (text == null || text.isBlank()) {
            return X86_64;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Architecture a : values()) {
            if (a.id.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + text + "' (expected x86_64 or arm64)");
    }
}

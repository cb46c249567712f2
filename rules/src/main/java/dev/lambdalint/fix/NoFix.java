package dev.lambdalint.fix;

/** Why a finding gets no automatic fix; thrown where planning its fix finds out, caught per finding. */
final class NoFix extends RuntimeException {
    NoFix(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}

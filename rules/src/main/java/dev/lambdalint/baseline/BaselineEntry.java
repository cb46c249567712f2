package dev.lambdalint.baseline;

/**
 * One accepted finding. Rule, path and fingerprint identify it; the message is there for whoever reads or prunes
 * the file.
 */
public record BaselineEntry(String ruleId, String path, String fingerprint, String message) {

    String key() {
        return ruleId + '\0' + path + '\0' + fingerprint;
    }
}

package dev.lambdalint.usage;

/** Numbers as exports write them: "512", "2600.0", "1.28E8". */
final class Numbers {
    private Numbers() {
    }

    /** The value, or null when the text is blank or no finite number. */
    static Double parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package dev.lambdalint.analysis;

import java.util.List;

/**
 * What is known of an S3 key the code writes: a sequence of written-out parts, the key of the S3 event being
 * handled, and unknown parts. Enough to decide, sometimes, that a trigger's prefix or suffix filter excludes it.
 */
public record KeyShape(List<Origin> parts) {

    public static final KeyShape UNKNOWN = new KeyShape(List.of(Origin.UNKNOWN));

    /**
     * Whether the filter surely excludes the key. The event's own key passed the filter, so it starts with the
     * prefix and ends with the suffix.
     */
    public boolean excludedBy(String prefix, String suffix) {
        String start = known(prefix, suffix, false);
        String end = known(prefix, suffix, true);
        boolean prefixExcludes = !prefix.isEmpty() && !start.startsWith(prefix) && !prefix.startsWith(start);
        boolean suffixExcludes = !suffix.isEmpty() && !end.endsWith(suffix) && !suffix.endsWith(end);
        return prefixExcludes || suffixExcludes;
    }

    /** Whether the key is the event's key itself: the object that triggered the function, overwritten. */
    public boolean isEventKey() {
        return parts.size() == 1 && parts.get(0) instanceof Origin.EventKey;
    }

    /** The known text at the start of the key (from the end, when {@code fromEnd}). */
    private String known(String prefix, String suffix, boolean fromEnd) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Origin part = parts.get(fromEnd ? parts.size() - 1 - i : i);
            if (part instanceof Origin.Literal literal) {
                text.insert(fromEnd ? 0 : text.length(), literal.text());
            } else {
                if (part instanceof Origin.EventKey) {
                    text.insert(fromEnd ? 0 : text.length(), fromEnd ? suffix : prefix);
                }
                break;
            }
        }
        return text.toString();
    }
}

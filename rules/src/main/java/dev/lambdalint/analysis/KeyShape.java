package dev.lambdalint.analysis;

import java.util.List;

/**
 * What is known of an S3 key the code writes: the keys it may be, each a sequence of written-out parts, the key of
 * the S3 event being handled, and unknown parts (a helper called with several keys, a conditional, a variable set
 * in several places give several). Enough to decide, sometimes, that a trigger's prefix or suffix filter excludes
 * every one of them.
 */
public record KeyShape(List<List<Origin>> alternatives) {

    public static final KeyShape UNKNOWN = new KeyShape(List.of(List.of(Origin.UNKNOWN)));

    public KeyShape {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    /**
     * Whether the filter surely excludes every key it may be. The event's own key passed the filter, so it starts
     * with the prefix and ends with the suffix.
     */
    public boolean excludedBy(String prefix, String suffix) {
        return !alternatives.isEmpty() && alternatives.stream().allMatch(parts -> excluded(parts, prefix, suffix));
    }

    /** Whether the key is the event's key itself: the object that triggered the function, overwritten. */
    public boolean isEventKey() {
        return !alternatives.isEmpty() && alternatives.stream()
                .allMatch(parts -> parts.size() == 1 && parts.get(0) instanceof Origin.EventKey);
    }

    private static boolean excluded(List<Origin> parts, String prefix, String suffix) {
        String start = known(parts, prefix, suffix, false);
        String end = known(parts, prefix, suffix, true);
        boolean prefixExcludes = !prefix.isEmpty() && !start.startsWith(prefix) && !prefix.startsWith(start);
        boolean suffixExcludes = !suffix.isEmpty() && !end.endsWith(suffix) && !suffix.endsWith(end);
        return prefixExcludes || suffixExcludes;
    }

    /** The known text at the start of the key (from the end, when {@code fromEnd}). */
    private static String known(List<Origin> parts, String prefix, String suffix, boolean fromEnd) {
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

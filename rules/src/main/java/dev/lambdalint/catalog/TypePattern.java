package dev.lambdalint.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A glob over fully qualified type names: '*' stays within one name segment, '**' spans segments. */
public final class TypePattern {
    private static final Map<String, TypePattern> COMPILED = new ConcurrentHashMap<>();

    private final String glob;
    /** The glob up to its first wildcard: most names asked about fail on it, without running the regex. */
    private final String literalPrefix;
    private final Pattern regex;

    /** The pattern for a glob, compiled once: rules ask the catalog on every node they visit. */
    public static TypePattern of(String glob) {
        return COMPILED.computeIfAbsent(glob, TypePattern::new);
    }

    /** Whether any of the globs matches the type. */
    public static boolean anyMatches(java.util.Collection<String> globs, String fqn) {
        for (String glob : globs) {
            if (of(glob).matches(fqn)) {
                return true;
            }
        }
        return false;
    }

    private TypePattern(String glob) {
        this.glob = glob;
        int wildcard = glob.indexOf('*');
        this.literalPrefix = wildcard < 0 ? glob : glob.substring(0, wildcard);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                sb.append(".*");
                i++;
            } else if (c == '*') {
                sb.append("[^.]*");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.regex = Pattern.compile(sb.toString());
    }

    public boolean matches(String fqn) {
        if (literalPrefix.length() == glob.length()) {
            return glob.equals(fqn);
        }
        return fqn.startsWith(literalPrefix) && regex.matcher(fqn).matches();
    }

    @Override
    public String toString() {
        return glob;
    }
}

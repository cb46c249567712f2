package dev.lambdalint.catalog;

import java.util.regex.Pattern;

/** A glob over fully qualified type names: '*' stays within one name segment, '**' spans segments. */
public final class TypePattern {
    private final String glob;
    private final Pattern regex;

    public TypePattern(String glob) {
        this.glob = glob;
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
        return regex.matcher(fqn).matches();
    }

    @Override
    public String toString() {
        return glob;
    }
}

package dev.lambdalint.source;

import java.util.HashSet;
import java.util.Set;

/**
 * One pass over a Java file's text, without parsing it, collecting what {@link Relevance} needs: the package,
 * the types declared, every capitalised name, the names after {@code extends}/{@code implements}, and the
 * packages the file names (in imports or qualified names). Comments and literals are skipped. It is an
 * over-approximation on purpose: a false name costs memory, a missed one would cost a finding.
 */
final class JavaText {
    private final String text;
    private int pos;

    private String pkg = "";
    private final Set<String> declared = new HashSet<>();
    private final Set<String> named = new HashSet<>();
    private final Set<String> supertypes = new HashSet<>();
    private final Set<String> packagesNamed = new HashSet<>();

    private JavaText(String text) {
        this.text = text;
    }

    static Relevance.Signature signature(String text, java.util.Map<String, String> names) {
        JavaText scan = new JavaText(text);
        scan.run();
        return new Relevance.Signature(shared(scan.pkg, names), compact(scan.declared, names),
                compact(scan.named, names), compact(scan.supertypes, names), compact(scan.packagesNamed, names));
    }

    /** An immutable set (an array, not a hash set of nodes) of names shared with the other files'. */
    private static Set<String> compact(Set<String> found, java.util.Map<String, String> names) {
        String[] shared = new String[found.size()];
        int i = 0;
        for (String name : found) {
            shared[i++] = shared(name, names);
        }
        return Set.of(shared);
    }

    private static String shared(String name, java.util.Map<String, String> names) {
        String known = names.putIfAbsent(name, name);
        return known == null ? name : known;
    }

    private void run() {
        String previousWord = "";
        boolean previousWasDot = false;
        boolean inSupertypes = false;
        StringBuilder qualifier = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isJavaIdentifierStart(c)) {
                String word = word();
                boolean capital = Character.isUpperCase(word.charAt(0));
                if (capital) {
                    named.add(word);
                    if (inSupertypes) {
                        supertypes.add(word);
                    }
                    if (previousWasDot && qualifier.length() > 0) {
                        packagesNamed.add(qualifier.toString());
                        // a capitalised word inside a dotted name may still be a package's (com.acme.Auth.Verifier):
                        // the name goes on, and what follows it names that package too
                        qualifier.append('.').append(word);
                    } else {
                        qualifier.setLength(0);
                    }
                } else if (previousWasDot && qualifier.length() > 0) {
                    qualifier.append('.').append(word);
                } else {
                    qualifier.setLength(0);
                    qualifier.append(word);
                }
                if (!previousWasDot && isTypeKeyword(previousWord)) {
                    declared.add(word);
                }
                if (word.equals("extends") || word.equals("implements")) {
                    inSupertypes = true;
                } else if (previousWord.equals("package") && pkg.isEmpty()) {
                    pkg = dottedName(word);
                    qualifier.setLength(0);
                }
                previousWord = previousWasDot && isTypeKeyword(word) ? "" : word; // Foo.class is no declaration
                previousWasDot = false;
                continue;
            }
            if (c == '.') {
                previousWasDot = true;
                pos++;
                if (pos < text.length() && text.charAt(pos) == '*' && qualifier.length() > 0) {
                    packagesNamed.add(qualifier.toString()); // import a.b.*;
                }
                continue;
            }
            if (c == '{' || c == ';') {
                inSupertypes = false;
            }
            if (!Character.isWhitespace(c)) {
                if (c != '<' && c != '>' && c != ',' && c != '?' && c != '&') {
                    qualifier.setLength(0);
                }
                previousWasDot = false;
                if (c != '@') {
                    previousWord = c == '<' || c == '>' || c == ',' ? previousWord : "";
                }
            }
            skipNonCode(c);
        }
    }

    /** The package name continues past the first word: a.b.c */
    private String dottedName(String first) {
        StringBuilder name = new StringBuilder(first);
        while (pos < text.length()) {
            skipWhitespace();
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                skipWhitespace();
                if (pos < text.length() && Character.isJavaIdentifierStart(text.charAt(pos))) {
                    name.append('.').append(word());
                    continue;
                }
            }
            break;
        }
        return name.toString();
    }

    private static boolean isTypeKeyword(String word) {
        return word.equals("class") || word.equals("interface") || word.equals("enum") || word.equals("record");
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Steps over a comment, a string, text block or char literal starting here, or one other character. */
    private void skipNonCode(char c) {
        if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
            int end = text.indexOf('\n', pos);
            pos = end < 0 ? text.length() : end + 1;
        } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '*') {
            int end = text.indexOf("*/", pos + 2);
            pos = end < 0 ? text.length() : end + 2;
        } else if (c == '"' && text.startsWith("\"\"\"", pos)) {
            int end = text.indexOf("\"\"\"", pos + 3);
            pos = end < 0 ? text.length() : end + 3;
        } else if (c == '"' || c == '\'') {
            pos++;
            while (pos < text.length() && text.charAt(pos) != c && text.charAt(pos) != '\n') {
                pos += text.charAt(pos) == '\\' ? 2 : 1;
            }
            pos++;
        } else {
            pos++;
        }
    }
}

package dev.lambdalint.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;

/**
 * The analysis's parser: JavaParser's, with a file's indentation folded first. JavaParser makes one token per
 * space, each with its text, range and two positions, and holds them all until the file is parsed: about half of
 * a typical file's tokens are indentation, and a megabyte of generated client code needs some 60 MB while it is
 * parsed, which is what a small heap runs out of. A run of {@value #TAB} leading spaces becomes one tab, read with
 * a tab size of {@value #TAB}: every node then has the range the plain parse gives it, column for column.
 *
 * <p>Not folded, parsed as written: a file with a tab anywhere (its tabs count one column, as the plain parse
 * counts them) and a file with a text block (whose leading spaces are part of a value).
 */
public final class SourceParser {
    static final int TAB = 4;

    private final JavaParser plain = new JavaParser(configuration());
    private final JavaParser folded = new JavaParser(configuration().setTabSize(TAB));

    /** The configuration of the analysis's parsers, also the benchmark's parse floor's (without the fold). */
    static ParserConfiguration configuration() {
        return new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25);
    }

    /** The parse of {@code text}, each node at the line and column of the text as written. */
    public ParseResult<CompilationUnit> parse(String text) {
        if (text.isEmpty()) {
            // a reused JavaParser gives an empty file the range where its previous file ended: a new one, none
            return new JavaParser(configuration()).parse(text);
        }
        return foldable(text) ? folded.parse(folded(text)) : plain.parse(text);
    }

    static boolean foldable(String text) {
        return text.indexOf('\t') < 0 && !text.contains("\"\"\"");
    }

    /** The text with each line's leading spaces as tabs of {@value #TAB} columns and the spaces left over. */
    static String folded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            int spaces = 0;
            while (i + spaces < n && text.charAt(i + spaces) == ' ') {
                spaces++;
            }
            for (int k = 0; k < spaces / TAB; k++) {
                out.append('\t');
            }
            for (int k = 0; k < spaces % TAB; k++) {
                out.append(' ');
            }
            i += spaces;
            int eol = text.indexOf('\n', i);
            int end = eol < 0 ? n : eol + 1;
            out.append(text, i, end);
            i = end;
        }
        return out.toString();
    }
}

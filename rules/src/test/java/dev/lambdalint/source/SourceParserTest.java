package dev.lambdalint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The folded parse gives every node, comment and problem the place and the code the plain parse gives it. */
class SourceParserTest {
    private final SourceParser parser = new SourceParser();

    @Test
    void everyRuleSampleParsesToTheSameTreeAtTheSamePlaces() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/samples"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        int folded = 0;
        for (Path source : sources) {
            String text = Files.readString(source);
            assertSame(text, source.toString());
            folded += SourceParser.foldable(text) && !SourceParser.folded(text).equals(text) ? 1 : 0;
        }
        assertTrue(folded > 400, folded + " of " + sources.size() + " samples folded");
    }

    @Test
    void unevenIndentationLineEndingsAndCommentsKeepTheirColumns() {
        String text = "package p;\r\n"
                + "   /** a comment\r\n"
                + "         * over lines */\r\n"
                + "class A {\n"
                + "     int x = 1;    // spaces after code stay\n"
                + "  \n"
                + "             void f() {\n"
                + "                                                   g(x,\n"
                + "      x);\n"
                + "/* at the margin */ }\n"
                + "        void g(int a, int b) { }\n"
                + " }";
        assertTrue(SourceParser.foldable(text));
        assertSame(text, "uneven");
    }

    @Test
    void aFileWithATabOrATextBlockIsParsedAsWritten() {
        String tabbed = "class A {\n\tint x;\n        int y;\n}\n";
        String block = "class B {\n    String s = \"\"\"\n            four spaces kept\n        \"\"\";\n}\n";
        assertFalse(SourceParser.foldable(tabbed));
        assertFalse(SourceParser.foldable(block));
        assertSame(tabbed, "tabbed");
        assertSame(block, "text block");
        assertEquals("    four spaces kept\n", parser.parse(block).getResult().orElseThrow()
                .findFirst(com.github.javaparser.ast.expr.TextBlockLiteralExpr.class).orElseThrow().asString());
    }

    @Test
    void anEmptyFileHasTheSameRangeWhateverWasParsedBefore() throws IOException {
        String fresh = describe(parser.parse("").getResult().orElseThrow());
        // after this sample a reused JavaParser gave an empty file a range in it (line 56, col 75 folded)
        parser.parse(Files.readString(Path.of(
                "src/test/resources/samples/network-call-without-timeout/com/acme/web/ConnectTimeoutHandler.java")));
        assertEquals(fresh, describe(parser.parse("").getResult().orElseThrow()));
    }

    @Test
    void aSyntaxErrorIsReportedAtTheSamePlace() {
        String text = "class A {\n        void f() {\n                int = 3;\n        }\n}\n";
        ParseResult<CompilationUnit> plain = SourceScanner.newParser().parse(text);
        ParseResult<CompilationUnit> folded = parser.parse(text);
        assertFalse(plain.isSuccessful());
        assertEquals(begin(plain), begin(folded));
    }

    private static String begin(ParseResult<CompilationUnit> result) {
        return result.getProblems().get(0).getLocation().flatMap(l -> l.getBegin().getRange())
                .map(r -> r.begin.toString()).orElse("none");
    }

    private void assertSame(String text, String what) {
        ParseResult<CompilationUnit> plain = SourceScanner.newParser().parse(text);
        ParseResult<CompilationUnit> folded = parser.parse(text);
        assertEquals(plain.isSuccessful(), folded.isSuccessful(), what);
        if (!plain.isSuccessful()) {
            assertEquals(begin(plain), begin(folded), what);
            return;
        }
        CompilationUnit expected = plain.getResult().orElseThrow();
        CompilationUnit actual = folded.getResult().orElseThrow();
        assertEquals(places(expected), places(actual), what);
        assertEquals(code(expected), code(actual), what);
    }

    /** Each node's and comment's kind and range, in the order of a walk. */
    private static List<String> places(CompilationUnit unit) {
        List<String> places = new ArrayList<>();
        unit.walk(node -> places.add(describe(node)));
        unit.getAllComments().forEach(comment -> places.add(describe(comment)));
        return places;
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + " " + node.getRange().map(Object::toString).orElse("nowhere");
    }

    /** The code as printed without comments, whose leading spaces (not code) the fold may turn into tabs. */
    private static String code(CompilationUnit unit) {
        return new DefaultPrettyPrinter(new DefaultPrinterConfiguration()
                .removeOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_COMMENTS)))
                .print(unit);
    }
}

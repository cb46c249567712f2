package dev.lambdalint.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.lambdalint.source.KeptTrees;
import dev.lambdalint.source.PositionTable;
import dev.lambdalint.source.SourceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A kept tree read back from its bytes is the tree that was written: every node, in order, with its range. */
class TreeCodecTest {

    @Test
    void everySampleSurvivesTheRoundTrip() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/samples"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(sources.isEmpty());
        int checked = 0;
        for (Path source : sources) {
            var parsed = SourceScanner.newParser().parse(Files.readString(source));
            if (!parsed.isSuccessful()) {
                continue;
            }
            CompilationUnit kept = KeptTrees.compact(parsed.getResult().orElseThrow(), new HashMap<>());
            CompilationUnit read = TreeCodec.decode(TreeCodec.encode(kept));
            assertEquals(kept, read, source.toString());
            assertEquals(shape(kept), shape(read), source.toString());
            checked++;
        }
        assertFalse(checked == 0);
    }

    @Test
    void suppressionCommentsAndTextBlocksAreKept() throws IOException {
        String text = """
                package com.acme;
                /** dropped: no suppression */
                class A {
                    // lambda-lint:ignore client-per-invocation built once by the caller
                    String s = \"""
                        a text block with "quotes" and \\u00e9
                        \""";
                    int[] n = {1, 2};
                    <T extends Comparable<T>> T max(T a, T b) { return a.compareTo(b) > 0 ? a : b; }
                }
                """;
        CompilationUnit kept = KeptTrees.compact(SourceScanner.newParser().parse(text).getResult().orElseThrow(),
                new HashMap<>());
        CompilationUnit read = TreeCodec.decode(TreeCodec.encode(kept));
        assertEquals(shape(kept), shape(read));
        assertEquals(1, read.getAllComments().size());
        assertEquals(kept.toString(), read.toString());
    }

    @Test
    void aTreeMadeSmallWhileReadIsTheSameTreeWithSharedNamesAndNoRoomToEdit() throws IOException {
        String text = """
                package com.acme;
                import java.util.Map;
                class A {
                    // lambda-lint:ignore init-per-invocation read once
                    private final Map<String, String> cache = new java.util.HashMap<>();
                    String get(String key) { return cache.computeIfAbsent(key, k -> k + "!"); }
                    record R(int a) { }
                }
                """;
        byte[] bytes = TreeCodec.encode(KeptTrees.compact(SourceScanner.newParser().parse(text).getResult()
                .orElseThrow(), new HashMap<>()));
        java.util.Map<String, String> names = new HashMap<>();
        CompilationUnit plain = TreeCodec.decode(bytes);
        CompilationUnit first = TreeCodec.decode(bytes, node -> { }, new PositionTable(), names);
        CompilationUnit second = TreeCodec.decode(bytes, node -> { }, new PositionTable(), names);
        assertEquals(plain, first);
        assertEquals(shape(plain), shape(first));
        assertEquals(plain.toString(), first.toString());
        first.walk(node -> node.getChildNodes().forEach(child -> assertEquals(node, child.getParentNode()
                .orElseThrow(), "the parent of " + child)));
        List<com.github.javaparser.ast.expr.SimpleName> a = first.findAll(com.github.javaparser.ast.expr.SimpleName.class);
        List<com.github.javaparser.ast.expr.SimpleName> b = second.findAll(com.github.javaparser.ast.expr.SimpleName.class);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            org.junit.jupiter.api.Assertions.assertSame(a.get(i).getIdentifier(), b.get(i).getIdentifier());
        }
        var method = first.findFirst(com.github.javaparser.ast.body.MethodDeclaration.class).orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> method.getParameters()
                .add(new com.github.javaparser.ast.body.Parameter()));
        // the empty lists of every kept tree are one list, the parsed tree's and those read back alike
        var klass = first.findFirst(com.github.javaparser.ast.body.ClassOrInterfaceDeclaration.class).orElseThrow();
        org.junit.jupiter.api.Assertions.assertSame(method.getThrownExceptions(), klass.getImplementedTypes());
        org.junit.jupiter.api.Assertions.assertSame(KeptTrees.sharedEmptyList(), second.findFirst(
                com.github.javaparser.ast.body.RecordDeclaration.class).orElseThrow().getImplementedTypes());
        assertThrows(UnsupportedOperationException.class, () -> method.getThrownExceptions()
                .add(new com.github.javaparser.ast.type.ClassOrInterfaceType()));
    }

    /**
     * Nodes are built without their constructors where those only store values: what the constructors would also
     * have set (every parent, list owner, attached and orphan comment, parsedness, data) must be the same.
     */
    @Test
    void aTreeReadBackIsLinkedAsTheParsedTreeIs() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/samples"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        String withComments = "class A {\n  // lambda-lint:ignore client-per-invocation\n  void f() {\n"
                + "    /* lambda-lint:ignore x */ g(); // lambda-lint:ignore y\n  }\n"
                + "  // lambda-lint: an orphan\n}\n";
        List<String> texts = new ArrayList<>(List.of(withComments));
        for (Path source : sources) {
            texts.add(Files.readString(source));
        }
        int checked = 0;
        for (String text : texts) {
            var parsed = SourceScanner.newParser().parse(text);
            if (!parsed.isSuccessful()) {
                continue;
            }
            CompilationUnit kept = KeptTrees.compact(parsed.getResult().orElseThrow(), new HashMap<>());
            CompilationUnit read = TreeCodec.decode(TreeCodec.encode(kept));
            List<String> expected = links(kept);
            List<String> actual = links(read);
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                assertEquals(expected.get(i), actual.get(i), "node " + i);
            }
            assertEquals(expected.size(), actual.size());
            // kept as it is read, whichever way each node was built: none takes an observer
            read.walk(node -> assertThrows(UnsupportedOperationException.class, () -> node.register(
                    new com.github.javaparser.ast.observer.AstObserverAdapter() { }), node.getClass().getSimpleName()));
            checked++;
        }
        assertFalse(checked < 2);
    }

    @Test
    void damagedBytesAreRefused() {
        byte[] bytes = TreeCodec.encode(SourceScanner.newParser().parse("class A { void f() { g(); } }")
                .getResult().orElseThrow());
        assertThrows(IOException.class, () -> TreeCodec.decode(java.util.Arrays.copyOf(bytes, bytes.length / 2)));
        assertThrows(IOException.class, () -> TreeCodec.decode(new byte[] {1, 2, 3}));
    }

    /**
     * Every node in walk order with the places, in that order, of its parent, children, comment, orphan comments and
     * (for a comment) the node it comments, its parsedness and data, and which node owns each of its non-empty lists.
     */
    private static List<String> links(CompilationUnit unit) {
        List<Node> order = new ArrayList<>();
        unit.walk(order::add);
        unit.getAllComments().forEach(c -> {
            if (order.stream().noneMatch(n -> n == c)) {
                order.add(c);
            }
        });
        java.util.function.Function<Object, String> at = n -> n == null ? "-" : String.valueOf(
                java.util.stream.IntStream.range(0, order.size()).filter(i -> order.get(i) == n).findFirst()
                        .orElse(-2));
        List<String> links = new ArrayList<>();
        for (Node n : order) {
            StringBuilder line = new StringBuilder(n.getClass().getSimpleName())
                    .append(" parent=").append(at.apply(n.getParentNode().orElse(null)))
                    .append(" children=").append(n.getChildNodes().stream().map(at).toList())
                    .append(" comment=").append(at.apply(n.getComment().orElse(null)))
                    .append(" orphans=").append(n.getOrphanComments().stream().map(at).toList())
                    .append(" parsed=").append(n.getParsed())
                    .append(" data=").append(n.getDataKeys().stream() // the parser's and printing's are not kept
                            .filter(k -> k != Node.LINE_SEPARATOR_KEY && k != Node.PRINTER_KEY).count());
            if (n instanceof com.github.javaparser.ast.comments.Comment c) {
                line.append(" comments=").append(at.apply(c.getCommentedNode().orElse(null)));
            }
            for (var property : n.getMetaModel().getAllPropertyMetaModels()) {
                if (property.isNodeList()) {
                    var list = (com.github.javaparser.ast.NodeList<?>) property.getValue(n);
                    // an empty list is one shared by every kept tree: it has no owner of its own
                    line.append(' ').append(property.getName()).append('=').append(list == null ? "null"
                            : list.isEmpty() ? "empty" : at.apply(list.getParentNode().orElse(null)));
                }
            }
            links.add(line.toString());
        }
        return links;
    }

    /** Every node in walk order with its type, range, comment and number of children. */
    private static List<String> shape(CompilationUnit unit) {
        List<String> shape = new ArrayList<>();
        unit.walk(n -> shape.add(n.getClass().getSimpleName() + n.getRange().map(Object::toString).orElse("-")
                + n.getComment().map(Node::toString).orElse("") + "/" + n.getChildNodes().size()));
        return shape;
    }
}

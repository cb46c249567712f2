package dev.lambdalint.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.lambdalint.source.KeptTrees;
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
        CompilationUnit first = TreeCodec.decode(bytes, KeptTrees.recalled(names));
        CompilationUnit second = TreeCodec.decode(bytes, KeptTrees.recalled(names));
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
    }

    @Test
    void damagedBytesAreRefused() {
        byte[] bytes = TreeCodec.encode(SourceScanner.newParser().parse("class A { void f() { g(); } }")
                .getResult().orElseThrow());
        assertThrows(IOException.class, () -> TreeCodec.decode(java.util.Arrays.copyOf(bytes, bytes.length / 2)));
        assertThrows(IOException.class, () -> TreeCodec.decode(new byte[] {1, 2, 3}));
    }

    /** Every node in walk order with its type, range, comment and number of children. */
    private static List<String> shape(CompilationUnit unit) {
        List<String> shape = new ArrayList<>();
        unit.walk(n -> shape.add(n.getClass().getSimpleName() + n.getRange().map(Object::toString).orElse("-")
                + n.getComment().map(Node::toString).orElse("") + "/" + n.getChildNodes().size()));
        return shape;
    }
}

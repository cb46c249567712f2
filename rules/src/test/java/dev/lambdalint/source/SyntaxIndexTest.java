package dev.lambdalint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntaxIndexTest {
    private static SourceFile file(String name, String text) {
        CompilationUnit unit = SourceScanner.newParser().parse(text).getResult().orElseThrow();
        return new SourceFile(Path.of("/p", name), name, unit);
    }

    private final SourceFile a = file("A.java", """
            package p;
            import java.util.*;
            @Deprecated
            class A {
                int n;
                Map<String, java.util.List<String>> m = new HashMap<>();
                void run(List<String> xs) {
                    n = 1;
                    n++;
                    --n;
                    int k = -n;
                    m.put("a", null);
                    xs.forEach(this::take);
                    System.setProperty("x", "y");
                }
                void take(String s) { m.put(s, null); }
            }
            """);
    private final SourceFile b = file("B.java", """
            package p;
            class B { void go(A a) { a.m.put("b", null); a.m.clear(); } }
            """);
    private final SourceFile c = file("C.java", """
            package p;
            class C {
                Runnable r = () -> new Thread(new Runnable() { public void run() { } }).start();
                Object plain = new Object();
                java.util.function.Function<String, Integer> f = String::length;
            }
            """);
    private final SyntaxIndex syntax = new ProjectIndex(List.of(a, b, c)).syntax();

    @Test
    void callsAreFoundByNameAcrossFilesInFileOrder() {
        List<Integer> lines = syntax.callsNamed("put").stream().map(c -> c.getBegin().orElseThrow().line).toList();
        assertEquals(List.of(12, 16, 2), lines);
        assertEquals(1, syntax.callsNamed("clear").size());
        assertTrue(syntax.callsNamed("remove").isEmpty());
        assertTrue(syntax.calledNames().containsAll(List.of("put", "forEach", "setProperty", "clear")));
    }

    @Test
    void everyLambdaMethodReferenceAndAnonymousClassInFileOrder() {
        assertEquals(List.of("this::take", "String::length"),
                syntax.methodReferences().stream().map(Node::toString).toList());
        assertEquals(1, syntax.lambdas().size());
        assertEquals(List.of("Runnable"), syntax.anonymousClasses().stream()
                .map(c -> c.getType().getNameAsString()).toList());
    }

    @Test
    void referencesAssignmentsAndIncrementsAreKept() {
        assertEquals(1, syntax.referencesNamed("take").size());
        assertEquals(List.of("n = 1"), syntax.assignmentsTo("n").stream().map(Node::toString).toList());
        // ++ and -- assign; a unary minus does not
        assertEquals(List.of("n++", "--n"), syntax.incrementsOf("n").stream().map(Node::toString).toList());
    }

    @Test
    void eachFileSaysTheTypeAndAnnotationNamesItWrites() {
        assertTrue(a.declarations().written().types().containsAll(List.of("Map", "java.util.List", "HashMap", "List")));
        assertEquals(List.of("Deprecated"), List.copyOf(a.declarations().written().annotations()));
        assertEquals(List.of("A"), List.copyOf(b.declarations().written().types()));
    }
}

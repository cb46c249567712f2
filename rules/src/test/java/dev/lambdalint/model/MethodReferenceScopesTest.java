package dev.lambdalint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a method reference runs when its scope is a simple or dotted name, which the parser always takes for a type:
 * Java reads the name as a variable in scope (a local, a parameter, a field) before any type of that name.
 */
class MethodReferenceScopesTest {
    @TempDir
    Path project;

    private ProjectIndex index;
    private CallResolver calls;

    @BeforeEach
    void index() throws IOException {
        write("Worker", "public class Worker { public void run(String s) {} }");
        write("FastWorker", "public class FastWorker extends Worker { @Override public void run(String s) {} }");
        write("Sink", "public interface Sink { void write(String s); }");
        write("TableSink", "public class TableSink implements Sink { public void write(String s) {} }");
        write("QueueSink", "public class QueueSink implements Sink { public void write(String s) {} }");
        write("Holder", "public class Holder { final Worker worker = new Worker(); }");
        write("Audit", "public final class Audit { static void record(String s) {} }");
        write("Tracker", "public final class Tracker { static void track(String s) {} }");
        write("QuietTracker", "public class QuietTracker { void track(String s) {} }");
        write("Quiet", "public class Quiet { void record(String s) {} }");
        write("Uses", """
                public class Uses {
                    private final Worker field = new Worker();
                    private final Sink sink = new TableSink();

                    void local(java.util.List<String> in) { Worker w = new Worker(); in.forEach(w::run); }
                    void parameter(java.util.List<String> in, Worker given) { in.forEach(given::run); }
                    void field(java.util.List<String> in) { in.forEach(field::run); }
                    void chain(java.util.List<String> in) { Holder holder = new Holder(); in.forEach(holder.worker::run); }
                    void shadow(java.util.List<String> in) { QuietTracker Tracker = new QuietTracker(); in.forEach(Tracker::track); }
                    void type(java.util.List<String> in) { in.forEach(Audit::record); }
                    void later(java.util.List<String> in) { in.forEach(Audit::record); Quiet Audit = new Quiet(); }
                    void dispatch(java.util.List<String> in) { in.forEach(sink::write); }
                    void created(java.util.List<String> in) { in.forEach(new Worker()::run); }
                }
                """);
        SourceScanner.Scan scan = new SourceScanner(project, List.of(), List.of(), StandardCharsets.UTF_8, 1)
                .scan(List.of(project.resolve("src")));
        index = new ProjectIndex(scan.files());
        calls = new CallResolver(index);
    }

    @Test
    void aLocalAParameterAFieldAndAFieldOfALocalAreTheObjectsTheyHold() {
        // declared Worker: as for a call w.run(s), the method of that type or an override in a project subtype
        List<String> worker = List.of("FastWorker.run", "Worker.run");
        assertEquals(worker, targets("local"));
        assertEquals(worker, targets("parameter"));
        assertEquals(worker, targets("field"));
        assertEquals(worker, targets("chain"));
    }

    @Test
    void aVariableShadowsATypeOfTheSameNameOnlyWhereItIsInScope() {
        assertEquals(List.of("QuietTracker.track"), targets("shadow"));
        assertEquals(List.of("Audit.record"), targets("type"));
        assertEquals(List.of("Audit.record"), targets("later"), "the local Audit is declared after the reference");
    }

    @Test
    void aReferenceBoundToAnObjectOfADeclaredTypeRunsOnItsSubtypesAndOneOnANewObjectDoesNot() {
        assertEquals(List.of("QueueSink.write", "TableSink.write"), targets("dispatch"));
        assertEquals(List.of("Worker.run"), targets("created"));
    }

    private List<String> targets(String method) {
        MethodDeclaration declaration = index.type("com.acme.Uses").orElseThrow().getMethodsByName(method).get(0);
        MethodReferenceExpr reference = declaration.findFirst(MethodReferenceExpr.class).orElseThrow();
        CodeUnit caller = calls.unitOf(declaration).orElseThrow();
        return calls.targets(reference, caller).stream().map(CodeUnit::displayName).sorted().toList();
    }

    private void write(String name, String body) throws IOException {
        Path file = project.resolve("src/com/acme/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package com.acme;\n\n" + body + "\n");
    }
}

package dev.lambdalint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.SourceModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which calls of a method's name can be calls of it, when the calls are matched by name. */
class UncalledCodeTest {
    @TempDir
    Path project;

    private InvocationModel model;

    @BeforeEach
    void analyze() throws IOException {
        write("com/acme/Ledger.java", """
                package com.acme;

                import java.util.HashMap;
                import java.util.Map;

                public final class Ledger {
                    static final Map<String, String> ENTRIES = new HashMap<>();

                    static void add(String id) { ENTRIES.put(id, id); }
                    static void reset() { ENTRIES.clear(); }
                    static void rewind() { ENTRIES.clear(); }
                    static void flush() { ENTRIES.clear(); }
                }
                """);
        write("com/acme/Recorder.java", """
                package com.acme;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import java.io.ByteArrayOutputStream;
                import java.nio.ByteBuffer;
                import java.util.Map;

                public class Recorder implements RequestHandler<Map<String, String>, String> {
                    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

                    @Override
                    public String handleRequest(Map<String, String> event, Context context) {
                        Ledger.add(event.get("id"));
                        java.io.StringWriter local = new java.io.StringWriter();
                        local.flush();
                        buffer.reset();
                        ByteBuffer.wrap(new byte[0]).rewind();
                        return "ok";
                    }

                    private void drain(Object sink) throws Exception {
                        ((java.io.Flushable) sink).flush();
                    }
                }
                """);
        model = SourceModels.of(project);
    }

    @Test
    void aCallOnAReceiverDeclaredWithALibraryTypeCallsNoPlainProjectMethod() {
        UncalledCode uncalled = new UncalledCode(model);
        assertEquals(List.of("reset"), uncalled.uncalledMethodOf(clearIn("reset")).stream()
                .map(MethodDeclaration::getNameAsString).toList(), "buffer is a ByteArrayOutputStream, a field");
        assertEquals(List.of("flush"), uncalled.uncalledMethodOf(clearIn("flush")).stream()
                .map(MethodDeclaration::getNameAsString).toList(),
                "local is a StringWriter, a local; the cast to Flushable is a library type too");
    }

    @Test
    void aCallOnALibraryCallsResultMayBeACallOfTheProjectMethod() {
        assertTrue(new UncalledCode(model).uncalledMethodOf(clearIn("rewind")).isEmpty(),
                "ByteBuffer.wrap(...) returns what the library returns: it could be anything");
    }

    private MethodCallExpr clearIn(String method) {
        return model.index().type("com.acme.Ledger").orElseThrow().getMethodsByName(method).get(0)
                .findFirst(MethodCallExpr.class).orElseThrow();
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve("src").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

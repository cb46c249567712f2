package dev.lambdalint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.SourceModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two questions unbounded-cache asks of a removal, on one small project: is it in code nothing runs
 * ({@link UncalledCode}), and does it sit on a path apart from the growing call ({@link SeparatePaths}).
 */
class RemovalPathsTest {
    @TempDir
    Path project;

    private InvocationModel model;

    @BeforeEach
    void analyze() throws IOException {
        write("com/acme/Store.java", """
                package com.acme;

                import java.util.HashMap;
                import java.util.Map;

                public final class Store {
                    static final Map<String, String> ITEMS = new HashMap<>();

                    static void save(String id) { ITEMS.put(id, id); }
                    static void delete(String id) { ITEMS.remove(id); }
                    static void clearAll() { ITEMS.clear(); }
                    static void reset() { clearAll(); }
                    static void purge() { ITEMS.clear(); }
                }
                """);
        write("com/acme/Router.java", """
                package com.acme;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import java.util.Map;

                public class Router implements RequestHandler<Map<String, String>, String> {
                    @Override
                    public String handleRequest(Map<String, String> event, Context context) {
                        switch (event.get("method")) {
                            case "POST":
                                Store.save(event.get("id"));
                                break;
                            case "DELETE":
                                Store.delete(event.get("id"));
                                break;
                            default:
                                break;
                        }
                        if (event.containsKey("both")) {
                            Store.save(event.get("id"));
                            Store.delete(event.get("id"));
                        }
                        Store.purge();
                        return "ok";
                    }
                }
                """);
        model = SourceModels.of(project);
    }

    @Test
    void aMethodOnlyAnUncalledMethodCallsIsUncalled() {
        UncalledCode uncalled = new UncalledCode(model);
        assertEquals(Optional.of("clearAll"), uncalled.uncalledMethodOf(call("ITEMS", "clear", 0))
                .map(m -> m.getNameAsString()), "clearAll: only reset calls it, and nothing calls reset");
        assertTrue(uncalled.uncalledMethodOf(call("ITEMS", "clear", 1)).isEmpty(), "purge: the handler calls it");
        assertTrue(uncalled.uncalledMethodOf(call("ITEMS", "remove", 0)).isEmpty(), "delete: the handler calls it");
    }

    @Test
    void switchCasesArePathsApartAndOneBlockIsNot() {
        SeparatePaths paths = new SeparatePaths(model);
        MethodCallExpr put = call("ITEMS", "put", 0);
        MethodCallExpr remove = call("ITEMS", "remove", 0);
        MethodCallExpr savePost = call("Store", "save", 0);
        MethodCallExpr deleteCase = call("Store", "delete", 0);
        MethodCallExpr saveBoth = call("Store", "save", 1);
        MethodCallExpr deleteBoth = call("Store", "delete", 1);
        assertTrue(paths.separate(savePost, deleteCase), "the POST case and the DELETE case");
        assertFalse(paths.separate(saveBoth, deleteBoth), "one after the other in the same block");
        assertFalse(paths.separate(savePost, deleteBoth), "the POST case falls through to the if after the switch");
        assertFalse(paths.separate(put, remove), "through their callers: the if block runs both");
    }

    /** The {@code index}th call of {@code name} on a receiver written {@code scope}, types in name order. */
    private MethodCallExpr call(String scope, String name, int index) {
        List<MethodCallExpr> calls = new java.util.ArrayList<>();
        model.index().types().forEach((fqn, type) -> {
            if (fqn.indexOf('.', "com.acme.".length()) < 0) { // top-level types only: nested ones are inside them
                type.findAll(MethodCallExpr.class).stream()
                        .filter(c -> c.getNameAsString().equals(name)
                                && c.getScope().map(Object::toString).orElse("").equals(scope))
                        .forEach(calls::add);
            }
        });
        if (index >= calls.size()) {
            throw new AssertionError("no call " + index + " of " + scope + "." + name);
        }
        return calls.get(index);
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve("src").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

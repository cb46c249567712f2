package dev.lambdalint.fix;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.LambdaLint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small projects written into a directory, analyzed, and their fix planned. */
final class Projects {
    static final String HANDLER = "src/main/java/com/acme/Handler.java";

    private Projects() {
    }

    static void write(Path dir, Map<String, String> files) {
        files.forEach((path, text) -> {
            try {
                Path file = dir.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static AnalysisResult analyze(Path dir) {
        return LambdaLint.analyze(request(dir));
    }

    /** Through the engine's front door, as any front end plans the fixes. */
    static FixPlan plan(Path dir) {
        return Fixes.plan(request(dir));
    }

    private static AnalysisRequest request(Path dir) {
        return AnalysisRequest.of(dir, List.of(Path.of("src/main/java")));
    }

    /** A handler whose handleRequest(String input, Context context) has this body, with these imports and members. */
    static String handler(String imports, String members, String body) {
        return "package com.acme;\n\n"
                + "import com.amazonaws.services.lambda.runtime.Context;\n"
                + "import com.amazonaws.services.lambda.runtime.RequestHandler;\n"
                + imports
                + "\npublic class Handler implements RequestHandler<String, String> {\n"
                + members
                + "    @Override\n"
                + "    public String handleRequest(String input, Context context) {\n"
                + body
                + "    }\n"
                + "}\n";
    }
}

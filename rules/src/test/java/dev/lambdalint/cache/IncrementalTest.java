package dev.lambdalint.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.report.ReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental run (the memory of the last runs in the cache directory, only changed files read again) writes
 * byte for byte the SARIF and JSON a cold run writes, after every step of a series of edits, additions and
 * deletions of files, whatever their order.
 */
class IncrementalTest {
    private static final String RUNTIME = "import com.amazonaws.services.lambda.runtime.*;\n";

    @TempDir
    Path base;

    /** One change to the project: what it does to which file. */
    private record Edit(String name, String path, String text) {
        /** Deletes the file when {@code text} is null. */
        void apply(Path src) throws IOException {
            Path file = src.resolve(path);
            if (text == null) {
                Files.deleteIfExists(file);
            } else {
                Files.createDirectories(file.getParent());
                Files.write(file, text.getBytes(path.contains("Latin") ? StandardCharsets.ISO_8859_1
                        : StandardCharsets.UTF_8));
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @TestFactory
    Stream<DynamicTest> incrementalRunsWriteWhatColdRunsWrite() {
        return Stream.of(1L, 2L, 3L, 4L).map(seed -> DynamicTest.dynamicTest("edit order " + seed, () -> {
            Path project = Files.createDirectories(base.resolve("order-" + seed));
            Path src = project.resolve("src");
            for (Edit edit : initial()) {
                edit.apply(src);
            }
            List<Edit> edits = new ArrayList<>(edits());
            Collections.shuffle(edits, new Random(seed));
            AnalysisRequest request = AnalysisRequest.of(project, List.of(Path.of("src")));
            Path memory = project.resolve("target/incremental");
            assertSame(request, memory, project, "initial state");
            for (Edit edit : edits) {
                edit.apply(src);
                assertSame(request, memory, project, "after " + edit + " (order " + edits + ")");
            }
        }));
    }

    @Test
    void anEditReadsOnlyTheChangedFile() throws IOException {
        Path src = base.resolve("src");
        for (Edit edit : initial()) {
            edit.apply(src);
        }
        Path memory = base.resolve("target/lambda-lint");
        AnalysisRequest request = AnalysisRequest.of(base, List.of(Path.of("src"))).withCache(memory);
        AnalysisResult cold = LambdaLint.analyze(request);
        assertFalse(cold.fromCache());
        Map<Path, FileTime> packs = trees(memory);
        Map<String, TreePacks.Location> trees = FileCache.open(memory.resolve("files"), StandardCharsets.UTF_8).trees();
        assertTrue(trees.size() >= 3, trees::toString);
        assertEquals(1, packs.size(), "the trees a run writes go to one pack: " + packs);

        Files.writeString(src.resolve("com/acme/orders/Repository.java"), repository("DynamoDbClient.create()"));
        AnalysisResult edited = LambdaLint.analyze(request);
        assertFalse(edited.fromCache());
        Map<Path, FileTime> packsAfter = trees(memory);
        packs.forEach((pack, time) -> assertEquals(time, packsAfter.get(pack), pack + " is not written again"));
        Map<String, TreePacks.Location> after = FileCache.open(memory.resolve("files"), StandardCharsets.UTF_8)
                .trees();
        List<TreePacks.Location> rewritten = after.values().stream().filter(l -> !trees.containsValue(l)).toList();
        assertEquals(1, rewritten.size(), () -> "only the edited file's tree is new: " + rewritten);
        assertEquals(trees.size(), after.size(), "the old tree of the edited file is forgotten");
        assertTrue(edited.findings().size() > cold.findings().size());
    }

    @Test
    void aDamagedTableIsOnlyAColdStart() throws IOException {
        Path src = base.resolve("src");
        for (Edit edit : initial()) {
            edit.apply(src);
        }
        Path memory = base.resolve("target/lambda-lint");
        LambdaLint.analyze(AnalysisRequest.of(base, List.of(Path.of("src"))).withCache(memory));
        Path table = memory.resolve("files").resolve(FileCache.TABLE);
        byte[] bytes = Files.readAllBytes(table);
        Files.write(table, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut short, as by a crash
        FileCache reopened = FileCache.open(memory.resolve("files"), StandardCharsets.UTF_8);
        assertTrue(reopened.recall("0".repeat(64)).isEmpty());
        assertEquals(Map.of(), trees(memory), "trees of an unreadable table are dropped with it");
    }

    private static Map<Path, FileTime> trees(Path memory) throws IOException {
        Map<Path, FileTime> trees = new TreeMap<>();
        Path dir = memory.resolve("files").resolve(FileCache.TREES);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    trees.put(file.getFileName(), Files.getLastModifiedTime(file));
                }
            }
        }
        return trees;
    }

    /** The incremental run (memory kept across the series) and a cold one write the same SARIF and JSON. */
    private static void assertSame(AnalysisRequest request, Path memory, Path project, String when)
            throws IOException {
        AnalysisResult incremental = LambdaLint.analyze(request.withCache(memory));
        AnalysisResult cold = LambdaLint.analyze(request);
        Path out = project.resolve("target/reports");
        ReportWriter.writeAll(incremental, out.resolve("incremental"), "test", "verdict", Instant.EPOCH);
        ReportWriter.writeAll(cold, out.resolve("cold"), "test", "verdict", Instant.EPOCH);
        for (String file : List.of(ReportWriter.SARIF_FILE, ReportWriter.JSON_FILE)) {
            assertArrayEquals(Files.readAllBytes(out.resolve("cold").resolve(file)),
                    Files.readAllBytes(out.resolve("incremental").resolve(file)), file + " differs " + when);
        }
    }

    private static List<Edit> initial() {
        return List.of(
                new Edit("order handler", "com/acme/orders/OrderHandler.java", handler("OrderHandler",
                        "new Repository().save(in);")),
                new Edit("repository", "com/acme/orders/Repository.java", repository("DYNAMO")),
                new Edit("pricing", "com/acme/orders/Pricing.java", """
                        package com.acme.orders;
                        import com.fasterxml.jackson.databind.ObjectMapper;
                        public class Pricing {
                            static String quote(String in) {
                                return new ObjectMapper().toString() + in;
                            }
                        }
                        """),
                new Edit("unrelated util", "com/acme/util/Strings.java", """
                        package com.acme.util;
                        public final class Strings {
                            public static String trim(String s) { return s.trim(); }
                        }
                        """),
                new Edit("unrelated broken", "com/acme/util/Broken.java", "package com.acme.util;\nclass Broken {\n"),
                new Edit("latin-1 handler", "com/acme/other/LatinHandler.java", """
                        package com.acme.other;
                        %s
                        public class LatinHandler implements RequestHandler<String, String> {
                            public String handleRequest(String in, Context c) {
                                return "café" + in;
                            }
                        }
                        """.formatted(RUNTIME)));
    }

    private static List<Edit> edits() {
        return List.of(
                new Edit("handler calls pricing", "com/acme/orders/OrderHandler.java", handler("OrderHandler",
                        "new Repository().save(Pricing.quote(in));")),
                new Edit("repository builds a client per call", "com/acme/orders/Repository.java",
                        repository("DynamoDbClient.create()")),
                new Edit("pricing lines move", "com/acme/orders/Pricing.java", "\n\n" + """
                        package com.acme.orders;
                        import com.fasterxml.jackson.databind.ObjectMapper;
                        public class Pricing {
                            private static final ObjectMapper MAPPER = new ObjectMapper();
                            static String quote(String in) {
                                return MAPPER.toString() + new ObjectMapper() + in;
                            }
                        }
                        """),
                new Edit("new handler", "com/acme/billing/InvoiceHandler.java", handler("InvoiceHandler",
                        "com.acme.orders.Pricing.quote(in); new java.util.HashMap<String, String>().put(in, in);")
                        .replace("package com.acme.orders;", "package com.acme.billing;")),
                new Edit("handler breaks", "com/acme/orders/OrderHandler.java", handler("OrderHandler",
                        "new Repository().save(in) {")),
                new Edit("unrelated util deleted", "com/acme/util/Strings.java", null),
                new Edit("broken file now named by a handler", "com/acme/orders/Audit.java", """
                        package com.acme.orders;
                        class Audit {
                            static void log(String s) {
                        """),
                new Edit("latin-1 handler deleted", "com/acme/other/LatinHandler.java", null),
                new Edit("repository copied under another name", "com/acme/orders/RepositoryCopy.java",
                        repository("DynamoDbClient.create()").replace("class Repository", "class RepositoryCopy")),
                new Edit("unrelated broken fixed", "com/acme/util/Broken.java", "package com.acme.util;\nclass Broken {}\n"));
    }

    private static String handler(String name, String body) {
        return """
                package com.acme.orders;
                %s
                public class %s implements RequestHandler<String, String> {
                    private final Audit audit = null;
                    public String handleRequest(String in, Context c) {
                        %s
                        return in;
                    }
                }
                """.formatted(RUNTIME, name, body);
    }

    private static String repository(String client) {
        return """
                package com.acme.orders;
                import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
                public class Repository {
                    private static final DynamoDbClient DYNAMO = DynamoDbClient.create();
                    void save(String item) {
                        DynamoDbClient dynamo = %s;
                        dynamo.listTables();
                    }
                }
                """.formatted(client);
    }
}

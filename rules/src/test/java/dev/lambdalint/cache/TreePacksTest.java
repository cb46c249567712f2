package dev.lambdalint.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.CompilationUnit;
import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.report.ReportWriter;
import dev.lambdalint.source.FileRecord;
import dev.lambdalint.source.Relevance;
import dev.lambdalint.source.SourceScanner;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept trees live in pack files: recalled across runs, compacted when they hold mostly garbage or are too many,
 * never left on disk when nothing refers to them, and a damaged or missing pack only means parsing again.
 */
class TreePacksTest {
    private static final int HELPERS = 10;

    @TempDir
    Path base;

    @Test
    void treesAreRecalledAcrossRunsFromOnePack() throws IOException {
        Path dir = base.resolve("files");
        FileCache first = FileCache.open(dir, StandardCharsets.UTF_8);
        for (int i = 0; i < 5; i++) {
            first.remember(hash(i), record(), tree(i));
        }
        first.remember(hash(5), record(), null);
        first.save(List.of(hash(0), hash(1), hash(2), hash(3), hash(4), hash(5)));

        assertEquals(1, packsOnDisk(dir).size(), "one run writes one pack");
        FileCache second = FileCache.open(dir, StandardCharsets.UTF_8);
        for (int i = 0; i < 5; i++) {
            assertEquals(tree(i), second.tree(hash(i)).orElseThrow(), "tree " + i);
        }
        assertTrue(second.recall(hash(5)).isPresent());
        assertTrue(second.tree(hash(5)).isEmpty(), "no tree was kept for it");
        assertEquals(packsOnDisk(dir), second.referencedPacks());
    }

    @Test
    void packsMostlyGarbageAreCompactedIntoOne() throws IOException {
        Path dir = base.resolve("files");
        FileCache first = FileCache.open(dir, StandardCharsets.UTF_8);
        for (int i = 0; i < 4; i++) {
            first.remember(hash(i), record(), tree(i));
        }
        first.save(List.of(hash(0), hash(1), hash(2), hash(3)));
        Set<String> before = packsOnDisk(dir);

        FileCache second = FileCache.open(dir, StandardCharsets.UTF_8);
        second.remember(hash(4), record(), tree(4));
        second.save(List.of(hash(0), hash(4))); // three of the first pack's four trees are garbage now

        Set<String> after = packsOnDisk(dir);
        assertEquals(1, after.size(), after::toString);
        assertFalse(before.containsAll(after), "the live trees were copied into a new pack");
        FileCache third = FileCache.open(dir, StandardCharsets.UTF_8);
        assertEquals(tree(0), third.tree(hash(0)).orElseThrow());
        assertEquals(tree(4), third.tree(hash(4)).orElseThrow());
        assertTrue(third.recall(hash(1)).isEmpty());
        assertEquals(after, third.referencedPacks());
    }

    @Test
    void manyEditRunsKeepFewPacksAndWriteWhatColdRunsWrite() throws IOException {
        Path src = base.resolve("src");
        writeProject(src);
        Path memory = base.resolve("target/lambda-lint");
        AnalysisRequest request = AnalysisRequest.of(base, List.of(Path.of("src")));
        assertSameAsCold(request, memory, "initial state");
        int compactions = 0;
        Set<String> packs = packsOnDisk(memory.resolve("files"));
        for (int run = 1; run <= 2 * HELPERS; run++) {
            Files.writeString(src.resolve("com/acme/Helper" + (run % HELPERS) + ".java"),
                    helper(run % HELPERS, run % 2 == 0) + "// edit " + run + "\n");
            assertSameAsCold(request, memory, "after edit run " + run);
            FileCache table = FileCache.open(memory.resolve("files"), StandardCharsets.UTF_8);
            Set<String> now = packsOnDisk(memory.resolve("files"));
            assertEquals(table.referencedPacks(), now, "no pack on disk that the table does not refer to");
            assertTrue(now.size() <= FileCache.MAX_PACKS, now::toString);
            if (now.size() == 1 && !packs.containsAll(now) && table.trees().size() > 2) {
                compactions++; // all trees, old ones too, in the one pack this run wrote
            }
            packs = now;
        }
        assertTrue(compactions > 0, "the packs were compacted at least once");
    }

    @Test
    void aTruncatedPackIsOnlyParsedAgain() throws IOException {
        assertDamageOnlyCostsTime((pack, tree) -> {
            try (FileChannel channel = FileChannel.open(pack, StandardOpenOption.WRITE)) {
                channel.truncate(tree.offset() + tree.length() / 2);
            }
        });
    }

    @Test
    void aFlippedByteIsOnlyParsedAgain() throws IOException {
        assertDamageOnlyCostsTime((pack, tree) -> {
            byte[] bytes = Files.readAllBytes(pack);
            int at = (int) tree.offset() + tree.length() / 2;
            bytes[at] ^= 0x10;
            Files.write(pack, bytes);
        });
    }

    @Test
    void aDeletedPackIsOnlyParsedAgain() throws IOException {
        assertDamageOnlyCostsTime((pack, tree) -> Files.delete(pack));
    }

    @Test
    void treesRememberedFromManyThreadsAtOnceReadBack() throws Exception {
        Path dir = base.resolve("files");
        FileCache cache = FileCache.open(dir, StandardCharsets.UTF_8);
        int threads = 8;
        int each = 25;
        List<CompilationUnit> trees = new ArrayList<>();
        for (int i = 0; i < threads * each; i++) {
            trees.add(tree(i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * each;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = first; i < first + each; i++) {
                        cache.remember(hash(i), record(), trees.get(i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Set<TreePacks.Location> distinct = new HashSet<>(cache.trees().values());
        assertEquals(threads * each, distinct.size(), "every tree has its own place");
        for (int i = 0; i < trees.size(); i++) {
            assertEquals(trees.get(i), cache.tree(hash(i)).orElseThrow(), "tree " + i + " in this run");
        }
        List<String> live = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            live.add(hash(i));
        }
        cache.save(live);
        assertEquals(1, packsOnDisk(dir).size());
        FileCache next = FileCache.open(dir, StandardCharsets.UTF_8);
        for (int i = 0; i < trees.size(); i++) {
            assertEquals(trees.get(i), next.tree(hash(i)).orElseThrow(), "tree " + i + " in the next run");
        }
    }

    private interface Damage {
        void apply(Path pack, TreePacks.Location tree) throws IOException;
    }

    /** Damages the pack at the handler's tree: the next run parses again and writes what a cold run writes. */
    private void assertDamageOnlyCostsTime(Damage damage) throws IOException {
        Path src = base.resolve("src");
        writeProject(src);
        Path memory = base.resolve("target/lambda-lint");
        AnalysisRequest request = AnalysisRequest.of(base, List.of(Path.of("src")));
        assertSameAsCold(request, memory, "before the damage");
        Path files = memory.resolve("files");
        Map<String, TreePacks.Location> trees = FileCache.open(files, StandardCharsets.UTF_8).trees();
        assertTrue(trees.size() > HELPERS, trees::toString);
        TreePacks.Location last = trees.values().stream()
                .max((a, b) -> Long.compare(a.offset(), b.offset())).orElseThrow();
        damage.apply(files.resolve(FileCache.TREES).resolve(last.pack()), last);

        FileCache damaged = FileCache.open(files, StandardCharsets.UTF_8);
        String hit = trees.entrySet().stream().filter(e -> e.getValue().equals(last)).findFirst().orElseThrow()
                .getKey();
        assertTrue(damaged.tree(hit).isEmpty(), "the damaged tree is not read");

        Files.writeString(src.resolve("com/acme/Unrelated.java"), "package com.acme;\nclass Unrelated {}\n");
        assertSameAsCold(request, memory, "after the damage");
        FileCache repaired = FileCache.open(files, StandardCharsets.UTF_8);
        assertNotEquals(last, repaired.trees().get(hit), "the tree was parsed and written again");
        for (String hash : repaired.trees().keySet()) {
            assertTrue(repaired.tree(hash).isPresent(), hash);
        }
        assertEquals(repaired.referencedPacks(), packsOnDisk(files));
    }

    /** A run with the memory and a cold one write the same SARIF and JSON. */
    private void assertSameAsCold(AnalysisRequest request, Path memory, String when) throws IOException {
        AnalysisResult incremental = LambdaLint.analyze(request.withCache(memory));
        assertFalse(incremental.fromCache(), when);
        AnalysisResult cold = LambdaLint.analyze(request);
        assertFalse(cold.findings().isEmpty());
        Path out = base.resolve("target/reports");
        ReportWriter.writeAll(incremental, out.resolve("incremental"), "test", "verdict", Instant.EPOCH);
        ReportWriter.writeAll(cold, out.resolve("cold"), "test", "verdict", Instant.EPOCH);
        for (String file : List.of(ReportWriter.SARIF_FILE, ReportWriter.JSON_FILE)) {
            assertArrayEquals(Files.readAllBytes(out.resolve("cold").resolve(file)),
                    Files.readAllBytes(out.resolve("incremental").resolve(file)), file + " differs " + when);
        }
    }

    private static Set<String> packsOnDisk(Path files) throws IOException {
        Path dir = files.resolve(FileCache.TREES);
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static void writeProject(Path src) throws IOException {
        Path dir = Files.createDirectories(src.resolve("com/acme"));
        StringBuilder calls = new StringBuilder();
        for (int i = 0; i < HELPERS; i++) {
            Files.writeString(dir.resolve("Helper" + i + ".java"), helper(i, true));
            calls.append("        Helper").append(i).append(".run(in);\n");
        }
        Files.writeString(dir.resolve("Handler.java"), """
                package com.acme;
                import com.amazonaws.services.lambda.runtime.*;
                public class Handler implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context c) {
                %s        return in;
                    }
                }
                """.formatted(calls));
    }

    /** A helper the handler calls; {@code perCall} builds a client on every call (a finding). */
    private static String helper(int i, boolean perCall) {
        return """
                package com.acme;
                import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
                class Helper%d {
                    private static final DynamoDbClient DYNAMO = DynamoDbClient.create();
                    static void run(String in) {
                        DynamoDbClient dynamo = %s;
                        dynamo.listTables();
                    }
                }
                """.formatted(i, perCall ? "DynamoDbClient.create()" : "DYNAMO");
    }

    private static String hash(int i) {
        return String.format("%064x", i);
    }

    private static FileRecord record() {
        return new FileRecord(new Relevance.Signature("p", Set.of(), Set.of(), Set.of(), Set.of()), false,
                FileRecord.Parsed.OK);
    }

    private static CompilationUnit tree(int i) {
        return SourceScanner.newParser().parse("""
                package p;
                class C%d {
                    int f() { return %d + "%s".length(); }
                }
                """.formatted(i, i, "x".repeat(i))).getResult().orElseThrow();
    }
}

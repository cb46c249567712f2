package dev.lambdalint.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.Node;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceFile;
import dev.lambdalint.source.SourceScanner;
import dev.lambdalint.source.SyntaxIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The syntax index joined from facts gathered while trees are made (parsed and kept, or read back from the cache) is
 * the index a walk of every tree gives: the same nodes, in the same order.
 */
class SyntaxFactsTest {
    private static final Path SAMPLES = Path.of("src/test/resources/samples");

    @TempDir
    Path memory;

    @Test
    void factsGatheredWhileParsingAndWhileReadingBackIndexAsAWalkDoes() throws IOException {
        SourceScanner scanner = new SourceScanner(Path.of("."), List.of(), List.of(), StandardCharsets.UTF_8, 1);
        List<Path> paths = scanner.javaFiles(List.of(SAMPLES), new ArrayList<>());
        Map<Path, String> hashes = scanner.hashes(paths);
        for (String run : List.of("parsed", "read back")) {
            try (FileCache cache = FileCache.open(memory, StandardCharsets.UTF_8)) {
                List<SourceFile> files = scanner.parse(paths, new ArrayList<>(), null, false, hashes, cache).files();
                cache.save(hashes.values());
                assertTrue(files.size() > 300, run + ": " + files.size() + " sample files");
                files.forEach(f -> assertNotNull(f.unit() == null ? null : f.facts(), run + ": " + f.relativePath()));
                List<SourceFile> bare = files.stream()
                        .map(f -> new SourceFile(f.path(), f.relativePath(), f.unit())).toList();
                SyntaxIndex walked = new ProjectIndex(bare).syntax();
                Set<String> names = new TreeSet<>();
                bare.forEach(f -> names.addAll(f.declarations().written().assigned()));
                bare.forEach(f -> names.addAll(f.declarations().written().incremented()));
                assertSameIndex(walked, new ProjectIndex(files).syntax(), names, run);
                // each module that sees a file indexes it again
                assertSameIndex(walked, new ProjectIndex(files).syntax(), names, run + ", indexed again");
                for (int i = 0; i < files.size(); i++) {
                    assertEquals(bare.get(i).declarations(), files.get(i).declarations(), files.get(i).relativePath());
                }
            }
        }
    }

    private static void assertSameIndex(SyntaxIndex walked, SyntaxIndex gathered, Set<String> names, String run) {
        assertEquals(walked.calledNames(), gathered.calledNames(), run);
        for (String name : walked.calledNames()) {
            assertSameNodes(walked.callsNamed(name), gathered.callsNamed(name), run + ": calls of " + name);
        }
        assertSameNodes(walked.methodReferences(), gathered.methodReferences(), run + ": method references");
        for (var reference : walked.methodReferences()) {
            assertSameNodes(walked.referencesNamed(reference.getIdentifier()),
                    gathered.referencesNamed(reference.getIdentifier()), run + ": ::" + reference.getIdentifier());
        }
        assertSameNodes(walked.lambdas(), gathered.lambdas(), run + ": lambdas");
        assertSameNodes(walked.anonymousClasses(), gathered.anonymousClasses(), run + ": anonymous classes");
        int assignments = 0;
        for (String name : names) {
            assertSameNodes(walked.assignmentsTo(name), gathered.assignmentsTo(name), run + ": assignments to " + name);
            assertSameNodes(walked.incrementsOf(name), gathered.incrementsOf(name), run + ": increments of " + name);
            assignments += walked.assignmentsTo(name).size();
        }
        assertTrue(walked.lambdas().size() > 50 && assignments > 50, run + ": enough to compare");
    }

    private static void assertSameNodes(List<? extends Node> expected, List<? extends Node> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i), what + " #" + i);
        }
    }
}

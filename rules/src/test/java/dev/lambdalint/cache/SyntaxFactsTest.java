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
                assertSameIndex(walked, new ProjectIndex(files).syntax(), files, run);
                // each module that sees a file indexes it again
                assertSameIndex(walked, new ProjectIndex(files).syntax(), files, run + ", indexed again");
            }
        }
    }

    private static void assertSameIndex(SyntaxIndex walked, SyntaxIndex gathered, List<SourceFile> files, String run) {
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
        assertSameNodes(walked.assignments(), gathered.assignments(), run + ": assignments");
        assertSameNodes(walked.increments(), gathered.increments(), run + ": increments");
        assertTrue(walked.lambdas().size() > 50 && walked.assignments().size() > 50, run + ": enough to compare");
        for (SourceFile file : files) {
            assertEquals(walked.typesWritten(file.unit()), gathered.typesWritten(file.unit()), file.relativePath());
            assertEquals(walked.annotationsWritten(file.unit()), gathered.annotationsWritten(file.unit()),
                    file.relativePath());
        }
    }

    private static void assertSameNodes(List<? extends Node> expected, List<? extends Node> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i), what + " #" + i);
        }
    }
}

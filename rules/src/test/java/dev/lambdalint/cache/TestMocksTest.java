package dev.lambdalint.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lambdalint.SourceModule;
import dev.lambdalint.fix.TestDoubles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mocks a project's tests set up are recalled by the content of each test file: an unchanged test tree is not
 * read again, an edited file is, and what is found is always what reading every file finds.
 */
class TestMocksTest {
    @TempDir
    Path project;
    @TempDir
    Path cache;
    private final List<SourceModule> modules = List.of(SourceModule.judged("app", List.of(Path.of("src/main/java")),
            List.of()));

    @BeforeEach
    void writeTests() throws IOException, InterruptedException {
        Files.createDirectories(project.resolve("src/main/java"));
        write("AppTest.java", "class AppTest { void t() { mockStatic(S3Client.class); } }");
        write("deep/MapperTest.java", "class MapperTest { void t() { mockConstruction(com.x.ObjectMapper.class); } }");
        write("PlainTest.java", "class PlainTest { void t() { assert true; } }");
        assumeTrue(HashStamps.stamp(project.resolve("src/test/java/AppTest.java")) != null,
                "the file system gives no Unix stamps here");
        Thread.sleep(20); // older than their first reading, to the millisecond
    }

    @Test
    void anUnchangedTestTreeIsNotReadAgain() {
        Run first = run(StandardCharsets.UTF_8);
        assertEquals(3, first.scanned());
        assertEquals(everyFileRead(), first.doubles());

        Run second = run(StandardCharsets.UTF_8);
        assertEquals(0, second.scanned());
        assertEquals(0, second.hashesRead());
        assertEquals(everyFileRead(), second.doubles());
    }

    @Test
    void anEditedTestFileIsReadAgain() throws IOException {
        run(StandardCharsets.UTF_8);
        write("PlainTest.java", "class PlainTest { void t() { whenNew(SqsClient.class); } }");

        Run second = run(StandardCharsets.UTF_8);
        assertEquals(1, second.scanned());
        assertEquals(everyFileRead(), second.doubles());
        assertEquals(true, second.doubles().contains("SqsClient=whenNew(SqsClient.class) in src/test/java/PlainTest"));
    }

    @Test
    void aDamagedTableOrAnotherEncodingMeansReadingEveryFile() throws IOException {
        run(StandardCharsets.UTF_8);
        assertEquals(3, run(StandardCharsets.ISO_8859_1).scanned());

        Files.write(cache.resolve(TestMocks.FILE), new byte[] {0, 0, 0, 1, 0, 0});
        Run damaged = run(StandardCharsets.ISO_8859_1);
        assertEquals(3, damaged.scanned());
        assertEquals(everyFileRead(), damaged.doubles());
    }

    private record Run(String doubles, int scanned, int hashesRead) {
    }

    private Run run(Charset encoding) {
        HashStamps stamps = HashStamps.open(cache, 0);
        TestMocks mocks = TestMocks.open(cache, encoding);
        int[] scanned = {0};
        TestDoubles.Memory counting = new TestDoubles.Memory() {
            @Override
            public Optional<List<TestDoubles.Mock>> recall(String hash) {
                return mocks.recall(hash);
            }

            @Override
            public void remember(String hash, List<TestDoubles.Mock> found) {
                scanned[0]++;
                mocks.remember(hash, found);
            }
        };
        TestDoubles doubles = TestDoubles.read(project, modules, encoding, stamps, counting);
        stamps.save();
        mocks.save();
        return new Run(doubles.toString(), scanned[0], stamps.filesRead());
    }

    private String everyFileRead() {
        return TestDoubles.read(project, modules, StandardCharsets.UTF_8).toString();
    }

    private void write(String name, String text) throws IOException {
        Path file = project.resolve("src/test/java").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

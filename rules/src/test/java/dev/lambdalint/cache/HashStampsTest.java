package dev.lambdalint.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lambdalint.source.ContentHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the file system shows untouched is not read again to be hashed; any write, even one that keeps the size and
 * sets the modification time back, is seen; a file written just before it was read is read again next time.
 */
class HashStampsTest {
    @TempDir
    Path project;
    @TempDir
    Path cache;
    private List<Path> files;

    @BeforeEach
    void writeFiles() throws IOException, InterruptedException {
        files = List.of(write("A.java", "class A {}"), write("B.java", "class B {}"), write("C.java", "class C {}"));
        assumeTrue(HashStamps.stamp(files.get(0)) != null, "the file system gives no Unix stamps here");
        Thread.sleep(20); // so that the files are older than their first reading, to the millisecond
    }

    @Test
    void unchangedFilesAreNotReadAgain() {
        HashStamps first = hashAll(HashStamps.open(cache, 0));
        assertEquals(3, first.filesRead());

        HashStamps second = hashAll(HashStamps.open(cache, 0));
        assertEquals(0, second.filesRead());
    }

    @Test
    void aWriteThatKeepsTheSizeAndTheModificationTimeIsSeen() throws IOException {
        hashAll(HashStamps.open(cache, 0));
        Path a = files.get(0);
        String before = ContentHash.of(a);
        FileTime modified = Files.getLastModifiedTime(a);
        Files.writeString(a, "class X {}");
        Files.setLastModifiedTime(a, modified);

        HashStamps second = HashStamps.open(cache, 0);
        String after = second.hash(a);
        assertNotEquals(before, after);
        assertEquals(ContentHash.of(a), after);
        assertEquals(1, second.filesRead());
    }

    @Test
    void aFileWrittenJustBeforeItWasReadIsReadAgainNextTime() {
        hashAll(HashStamps.open(cache, 60_000));
        HashStamps second = hashAll(HashStamps.open(cache, 60_000));
        assertEquals(3, second.filesRead());
    }

    @Test
    void aDeletedFileHasNoHash() throws IOException {
        hashAll(HashStamps.open(cache, 0));
        Files.delete(files.get(1));
        assertNull(HashStamps.open(cache, 0).hash(files.get(1)));
    }

    @Test
    void aDamagedTableOnlyCostsReadingAgain() throws IOException {
        hashAll(HashStamps.open(cache, 0));
        Files.write(cache.resolve(HashStamps.FILE), new byte[] {0, 0, 0, 1, 0, 0, 0, 9, 1, 2, 3});
        HashStamps second = hashAll(HashStamps.open(cache, 0));
        assertEquals(3, second.filesRead());
    }

    /** Hashes every file, checks each against its bytes' hash, and saves the stamps. */
    private HashStamps hashAll(HashStamps stamps) {
        for (Path file : files) {
            assertEquals(ContentHash.of(file), stamps.hash(file), file.toString());
        }
        stamps.save();
        return stamps;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(project.resolve(name), text);
    }
}

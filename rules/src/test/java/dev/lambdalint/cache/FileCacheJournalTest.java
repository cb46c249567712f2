package dev.lambdalint.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.CompilationUnit;
import dev.lambdalint.source.FileRecord;
import dev.lambdalint.source.Relevance;
import dev.lambdalint.source.SourceScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that changed a few contents appends them to the journal instead of writing the whole table again; what a
 * later run recalls is the same either way, a journal cut short loses only its last block, and a journal left
 * from another table is never read into this one.
 */
class FileCacheJournalTest {
    private static final int FILES = 40;

    @TempDir
    Path dir;

    @Test
    void anEditRunAppendsOnlyWhatChanged() throws IOException {
        List<String> live = coldRun();
        byte[] table = Files.readAllBytes(dir.resolve(FileCache.TABLE));

        List<String> edited = edit(live, 3, FILES);
        assertArrayEquals(table, Files.readAllBytes(dir.resolve(FileCache.TABLE)), "the table is not rewritten");
        assertTrue(Files.size(dir.resolve(FileCache.JOURNAL)) * 10 < table.length, "the journal holds one entry");

        FileCache next = FileCache.open(dir, StandardCharsets.UTF_8);
        assertTrue(next.recall(hash(3)).isEmpty(), "the edited file's old content is forgotten");
        assertEquals(tree(FILES), next.tree(hash(FILES)).orElseThrow(), "its new content is recalled");
        for (String hash : edited) {
            assertTrue(next.recall(hash).isPresent(), hash);
        }
        assertEquals(tree(7), next.tree(hash(7)).orElseThrow());
        assertEquals(Set.copyOf(next.trees().keySet()), Set.copyOf(edited));
        next.close();
    }

    @Test
    void theJournalIsFoldedIntoANewTableBeforeItGrowsLong() throws IOException {
        List<String> live = coldRun();
        int next = FILES;
        int longest = 0;
        for (int edit = 0; edit <= FileCache.JOURNAL_ENTRIES; edit++) {
            live = edit(live, edit, next++);
            FileCache reopened = FileCache.open(dir, StandardCharsets.UTF_8);
            longest = Math.max(longest, reopened.journalEntries());
            assertTrue(reopened.journalEntries() <= FileCache.JOURNAL_ENTRIES, "edit " + edit);
            assertEquals(Set.copyOf(live), Set.copyOf(reopened.trees().keySet()), "edit " + edit);
            reopened.close();
        }
        assertTrue(longest > 2, "the journal was used");
    }

    @Test
    void aJournalCutShortLosesOnlyItsLastBlock() throws IOException {
        List<String> live = coldRun();
        live = edit(live, 1, FILES);
        long firstBlock = Files.size(dir.resolve(FileCache.JOURNAL));
        edit(live, 2, FILES + 1);
        Path journal = dir.resolve(FileCache.JOURNAL);
        byte[] bytes = Files.readAllBytes(journal);
        Files.write(journal, Arrays.copyOf(bytes, (int) (firstBlock + (bytes.length - firstBlock) / 2)));

        FileCache reopened = FileCache.open(dir, StandardCharsets.UTF_8);
        assertEquals(tree(FILES), reopened.tree(hash(FILES)).orElseThrow(), "the first block stands");
        assertTrue(reopened.recall(hash(1)).isEmpty());
        assertTrue(reopened.recall(hash(FILES + 1)).isEmpty(), "the block cut short is not read");
        assertEquals(tree(2), reopened.tree(hash(2)).orElseThrow());
        reopened.remember(hash(FILES + 2), record(), tree(FILES + 2));
        List<String> after = new ArrayList<>(live);
        after.add(hash(FILES + 2));
        reopened.save(after);
        assertFalse(Files.exists(journal), "a damaged journal is replaced by a new table");
        FileCache last = FileCache.open(dir, StandardCharsets.UTF_8);
        assertEquals(tree(FILES + 2), last.tree(hash(FILES + 2)).orElseThrow());
        assertEquals(Set.copyOf(after), Set.copyOf(last.trees().keySet()));
        last.close();
    }

    @Test
    void anotherTablesJournalIsNotRead() throws IOException {
        List<String> live = coldRun();
        edit(live, 1, FILES);
        byte[] journal = Files.readAllBytes(dir.resolve(FileCache.JOURNAL));
        Files.delete(dir.resolve(FileCache.TABLE));
        coldRun(); // a new table, as a crash between writing it and deleting the old journal leaves it
        Files.write(dir.resolve(FileCache.JOURNAL), journal);

        FileCache reopened = FileCache.open(dir, StandardCharsets.UTF_8);
        assertTrue(reopened.recall(hash(1)).isPresent(), "the old journal's drop is not applied");
        assertTrue(reopened.recall(hash(FILES)).isEmpty(), "nor its entry");
        reopened.close();
    }

    /** Every content remembered and saved, as a cold run does; the hashes saved. */
    private List<String> coldRun() {
        FileCache cache = FileCache.open(dir, StandardCharsets.UTF_8);
        List<String> live = IntStream.range(0, FILES).mapToObj(FileCacheJournalTest::hash).toList();
        for (int i = 0; i < FILES; i++) {
            cache.remember(hash(i), record(), tree(i));
        }
        cache.save(live);
        return live;
    }

    /** One file's content {@code old} replaced by {@code added}, as an edit run sees it; the hashes saved. */
    private List<String> edit(List<String> live, int old, int added) {
        FileCache cache = FileCache.open(dir, StandardCharsets.UTF_8);
        cache.remember(hash(added), record(), tree(added));
        List<String> now = new ArrayList<>(live);
        now.remove(hash(old));
        now.add(hash(added));
        cache.save(now);
        return now;
    }

    private static String hash(int i) {
        return String.format("%064x", i);
    }

    private static FileRecord record() {
        return new FileRecord(new Relevance.Signature("p", Set.of(), Set.of("C"), Set.of(), Set.of()), false,
                FileRecord.Parsed.OK);
    }

    private static CompilationUnit tree(int i) {
        return SourceScanner.newParser().parse("package p;\nclass C%d { int f() { return %d; } }\n".formatted(i, i))
                .getResult().orElseThrow();
    }
}

package dev.lambdalint.fix;

import dev.lambdalint.SourceModule;
import dev.lambdalint.source.HashMemory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The types whose construction the project's tests replace with a mock ({@code mockStatic(S3Client.class)},
 * {@code mockConstruction(ObjectMapper.class)}, PowerMock's {@code whenNew}): such a mock only reaches a construction
 * that runs while the test runs. Moved into a static field, the object is built once, when the class loads, before
 * any test has set its mock up, so those tests would fail (or talk to the real service). The tests are those beside
 * each source root ({@code src/test/java} for {@code src/main/java}), read as text; unreadable ones are skipped.
 * With a {@link Memory}, a test file whose content an earlier run scanned is not read again: it is read on every
 * run otherwise, unchanged runs included, since what the tests mock is part of the cache key.
 */
public final class TestDoubles {
    public static final TestDoubles NONE = new TestDoubles(Map.of());

    private static final Pattern MOCKED = Pattern.compile(
            "\\b(mockStatic|mockConstruction|mockConstructionWithAnswer|spyStatic|whenNew)\\s*\\(\\s*"
                    + "([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*\\.\\s*class\\b");

    /** One mock a test file sets up: the mocking call and the simple name of the type mocked. */
    public record Mock(String call, String type) {
    }

    /** What earlier runs found in test files, by a hash of their content; implementations keep it between runs. */
    public interface Memory {
        /** The file's content is scanned every time. */
        Memory NONE = new Memory() {
            @Override
            public Optional<List<Mock>> recall(String hash) {
                return Optional.empty();
            }

            @Override
            public void remember(String hash, List<Mock> mocks) {
            }
        };

        Optional<List<Mock>> recall(String hash);

        void remember(String hash, List<Mock> mocks);
    }

    /** Simple type name to where a test mocks its construction ({@code mockStatic(S3Client.class) in <file>}). */
    private final Map<String, String> mocked;

    private TestDoubles(Map<String, String> mocked) {
        this.mocked = mocked;
    }

    /** The mocks in the tests of these modules; {@code baseDir} resolves their relative source roots. */
    public static TestDoubles read(Path baseDir, List<SourceModule> modules, Charset encoding) {
        return read(baseDir, modules, encoding, HashMemory.NONE, Memory.NONE);
    }

    /** {@link #read(Path, List, Charset)}, each file's mocks recalled by the hash {@code hashes} gives when known. */
    public static TestDoubles read(Path baseDir, List<SourceModule> modules, Charset encoding, HashMemory hashes,
                                   Memory memory) {
        Map<String, String> mocked = new TreeMap<>();
        for (SourceModule module : modules) {
            for (Path root : module.sourceRoots()) {
                Path tests = testsBeside(baseDir.resolve(root).normalize());
                if (tests != null && Files.isDirectory(tests)) {
                    scan(baseDir, tests, encoding, mocked, memory == Memory.NONE ? null : hashes, memory);
                }
            }
        }
        return mocked.isEmpty() ? NONE : new TestDoubles(mocked);
    }

    /** {@code <dir>/src/test/java} for {@code <dir>/src/main/java}; null for a root laid out otherwise. */
    private static Path testsBeside(Path root) {
        int n = root.getNameCount();
        if (n < 3 || !root.getName(n - 3).toString().equals("src") || !root.getName(n - 2).toString().equals("main")) {
            return null;
        }
        return root.getParent().getParent().resolve("test").resolve(root.getFileName());
    }

    private static void scan(Path baseDir, Path tests, Charset encoding, Map<String, String> mocked,
                             HashMemory hashes, Memory memory) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(tests)) {
            walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path file : files) {
            String hash = hashes == null ? null : hashes.hash(file);
            Optional<List<Mock>> found = hash == null ? Optional.empty() : memory.recall(hash);
            if (found.isEmpty()) {
                found = mocks(file, encoding);
                if (hash != null) {
                    found.ifPresent(mocks -> memory.remember(hash, mocks));
                }
            }
            String where = baseDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
            for (Mock mock : found.orElse(List.of())) {
                mocked.putIfAbsent(mock.type(), mock.call() + "(" + mock.type() + ".class) in " + where);
            }
        }
    }

    /** The mocks the file sets up, in the order written; empty when it cannot be read. */
    private static Optional<List<Mock>> mocks(Path file, Charset encoding) {
        String text;
        try {
            text = Files.readString(file, encoding);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        List<Mock> mocks = new ArrayList<>();
        Matcher m = MOCKED.matcher(text);
        while (m.find()) {
            String type = m.group(2).replaceAll("\\s", "");
            mocks.add(new Mock(m.group(1), type.substring(type.lastIndexOf('.') + 1)));
        }
        return Optional.of(mocks);
    }

    /** Where a test mocks the construction of one of these types (fully qualified or simple names), if one does. */
    Optional<String> mockOf(List<String> types) {
        for (String type : types) {
            if (type != null) {
                String where = mocked.get(type.substring(type.lastIndexOf('.') + 1));
                if (where != null) {
                    return Optional.of(where);
                }
            }
        }
        return Optional.empty();
    }

    /** What the cache key needs: the mocked types and where. */
    @Override
    public String toString() {
        return "mocked " + mocked;
    }
}

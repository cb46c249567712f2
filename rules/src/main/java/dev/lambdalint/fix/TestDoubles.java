package dev.lambdalint.fix;

import dev.lambdalint.SourceModule;
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
 */
public final class TestDoubles {
    public static final TestDoubles NONE = new TestDoubles(Map.of());

    private static final Pattern MOCKED = Pattern.compile(
            "\\b(mockStatic|mockConstruction|mockConstructionWithAnswer|spyStatic|whenNew)\\s*\\(\\s*"
                    + "([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*\\.\\s*class\\b");

    /** Simple type name to where a test mocks its construction ({@code mockStatic(S3Client.class) in <file>}). */
    private final Map<String, String> mocked;

    private TestDoubles(Map<String, String> mocked) {
        this.mocked = mocked;
    }

    /** The mocks in the tests of these modules; {@code baseDir} resolves their relative source roots. */
    public static TestDoubles read(Path baseDir, List<SourceModule> modules, Charset encoding) {
        Map<String, String> mocked = new TreeMap<>();
        for (SourceModule module : modules) {
            for (Path root : module.sourceRoots()) {
                Path tests = testsBeside(baseDir.resolve(root).normalize());
                if (tests != null && Files.isDirectory(tests)) {
                    scan(baseDir, tests, encoding, mocked);
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

    private static void scan(Path baseDir, Path tests, Charset encoding, Map<String, String> mocked) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(tests)) {
            walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, encoding);
            } catch (IOException | UncheckedIOException e) {
                continue;
            }
            Matcher m = MOCKED.matcher(text);
            while (m.find()) {
                String type = m.group(2).replaceAll("\\s", "");
                String simple = type.substring(type.lastIndexOf('.') + 1);
                String where = baseDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
                mocked.putIfAbsent(simple, m.group(1) + "(" + simple + ".class) in " + where);
            }
        }
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

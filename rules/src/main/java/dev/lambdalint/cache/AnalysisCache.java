package dev.lambdalint.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.fix.FixSet;
import dev.lambdalint.sizing.SizingSummary;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last analysis, kept in the output directory and reused when nothing it depends on has changed: the
 * engine build, the request (configuration), the catalog, and the content of every input file. The invocation
 * model crosses files (a helper's change can create a finding in another file), so any change invalidates the
 * whole result rather than a part of it; a warm run costs listing the inputs and hashing those written since the
 * last run ({@link HashStamps}), not parsing them.
 */
public final class AnalysisCache {
    static final String FILE = "analysis-cache.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public AnalysisCache(Path directory) {
        this.directory = directory;
    }

    /** What a cached result must have been computed from to be reused. */
    public static String key(String request, List<Path> inputs) {
        return key(request, List.of(), Map.of(), inputs);
    }

    /**
     * What a cached result must have been computed from: the Java sources by the hashes already taken of them
     * ({@code hashes}; none for an unreadable one), the other inputs by their bytes.
     */
    public static String key(String request, List<Path> sources, Map<Path, String> hashes, List<Path> inputs) {
        MessageDigest digest = sha256();
        update(digest, "engine " + engineBuild());
        update(digest, "request " + request);
        update(digest, "catalog " + resourceHash("/dev/lambdalint/catalog.json"));
        update(digest, "fixes " + resourceHash("/dev/lambdalint/fixes.json"));
        for (Path source : sources) {
            update(digest, "source " + source + " " + hashes.getOrDefault(source, "unreadable"));
        }
        for (Path input : inputs) {
            update(digest, "file " + input);
            try {
                digest.update(Files.readAllBytes(input));
            } catch (IOException e) {
                update(digest, "unreadable " + e.getClass().getSimpleName());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    record Entry(String key, List<Finding> findings, List<String> handlers, List<String> handlerModules,
                 int filesAnalyzed, int suppressed, SizingSummary sizing, List<String> inputNotes, FixSet fixes) {
    }

    public Optional<AnalysisResult> load(String key, Path baseDir, long durationMillis) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Entry entry = JSON.readValue(file.toFile(), Entry.class);
            if (!key.equals(entry.key())) {
                return Optional.empty();
            }
            return Optional.of(new AnalysisResult(baseDir, entry.findings(), entry.handlers(), entry.filesAnalyzed(),
                    durationMillis, entry.suppressed(), true, entry.sizing(), entry.inputNotes(), entry.fixes(),
                    entry.handlerModules()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged cache is only a cold run
        }
    }

    public void store(String key, AnalysisResult result) {
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, FILE, ".tmp");
            JSON.writeValue(temp.toFile(), new Entry(key, result.findings(), result.handlers(),
                    result.handlerModules(), result.filesAnalyzed(), result.suppressed(), result.sizing(),
                    result.inputNotes(), result.fixes()));
            CacheFiles.replace(temp, directory.resolve(FILE));
        } catch (IOException e) {
            // the cache only saves time; failing to write it must not fail the analysis
        }
    }

    /** The engine's own jar (or classes directory) and when it was built: a new build invalidates the cache. */
    static String engineBuild() {
        try {
            Path location = Path.of(AnalysisCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location + "@" + Files.getLastModifiedTime(location).toMillis() + ":" + Files.size(location);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String resourceHash(String resource) {
        try (InputStream in = AnalysisCache.class.getResourceAsStream(resource)) {
            return in == null ? "none" : HexFormat.of().formatHex(sha256().digest(in.readAllBytes()));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

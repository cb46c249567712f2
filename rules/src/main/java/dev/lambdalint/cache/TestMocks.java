package dev.lambdalint.cache;

import dev.lambdalint.fix.TestDoubles;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mocks each test file's content sets up, by a hash of the content, kept between runs in the cache directory
 * so that an unchanged test tree is not read again (see {@link TestDoubles}). Only the contents met in the last
 * run are kept. The source encoding is part of the table: contents decoded otherwise are scanned again.
 */
public final class TestMocks implements TestDoubles.Memory {
    static final String FILE = "test-mocks.bin";
    private static final int FORMAT = 1;
    private static final int MAX_STRING = 1 << 16;

    private final Path file;
    private final String encoding;
    private final Map<String, List<TestDoubles.Mock>> known;
    private final Map<String, List<TestDoubles.Mock>> seen = new ConcurrentHashMap<>();

    private TestMocks(Path file, String encoding, Map<String, List<TestDoubles.Mock>> known) {
        this.file = file;
        this.encoding = encoding;
        this.known = known;
    }

    /** The table kept in the cache directory for this encoding; empty when there is none or it cannot be read. */
    public static TestMocks open(Path cacheDirectory, Charset encoding) {
        Path file = cacheDirectory.resolve(FILE);
        return new TestMocks(file, encoding.name(), load(file, encoding.name()));
    }

    @Override
    public Optional<List<TestDoubles.Mock>> recall(String hash) {
        List<TestDoubles.Mock> mocks = known.get(hash);
        if (mocks != null) {
            seen.put(hash, mocks);
        }
        return Optional.ofNullable(mocks);
    }

    @Override
    public void remember(String hash, List<TestDoubles.Mock> mocks) {
        seen.put(hash, List.copyOf(mocks));
    }

    /** Keeps what this run met, when it differs from what was kept; a failure to write only costs reading again. */
    public void save() {
        if (!seen.equals(known)) {
            CacheFiles.writeBestEffort(file, out -> write(out, new TreeMap<>(seen)));
        }
    }

    private void write(DataOutputStream out, Map<String, List<TestDoubles.Mock>> entries) throws IOException {
        out.writeInt(FORMAT);
        CacheFiles.writeString(out, encoding);
        out.writeInt(entries.size());
        for (Map.Entry<String, List<TestDoubles.Mock>> entry : entries.entrySet()) {
            CacheFiles.writeString(out, entry.getKey());
            out.writeInt(entry.getValue().size());
            for (TestDoubles.Mock mock : entry.getValue()) {
                CacheFiles.writeString(out, mock.call());
                CacheFiles.writeString(out, mock.type());
            }
        }
    }

    private static Map<String, List<TestDoubles.Mock>> load(Path file, String encoding) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT || !CacheFiles.readString(in, MAX_STRING).equals(encoding)) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, List<TestDoubles.Mock>> loaded = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String hash = CacheFiles.readString(in, MAX_STRING);
                int mocks = in.readInt();
                if (mocks < 0 || mocks > MAX_STRING) {
                    return Map.of();
                }
                List<TestDoubles.Mock> list = new ArrayList<>(mocks);
                for (int j = 0; j < mocks; j++) {
                    list.add(new TestDoubles.Mock(CacheFiles.readString(in, MAX_STRING),
                            CacheFiles.readString(in, MAX_STRING)));
                }
                loaded.put(hash, List.copyOf(list));
            }
            return loaded;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // damaged: every test file is read again
        }
    }
}

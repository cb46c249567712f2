package dev.lambdalint.cache;

import dev.lambdalint.source.ContentHash;
import dev.lambdalint.source.HashMemory;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The content hashes of the last run, each with what the file system said of the file when it was read: its size,
 * modification and status-change times and its inode. A file whose stamp is still the same is not read again to
 * be hashed; every write changes the status-change time, which no tool can set back. A hash is kept only for a
 * file untouched for {@value #SETTLED_MILLIS} ms before it was read, so that a second write within the file
 * system's time resolution cannot go unseen. Where the file system gives no such stamp, every file is hashed.
 */
public final class HashStamps implements HashMemory {
    static final String FILE = "hashes.bin";
    static final long SETTLED_MILLIS = 3_000;
    private static final int FORMAT = 1;
    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,dev,ino";

    /** What the file system says of a file; equal stamps mean an untouched file. */
    record Stamp(long size, long modifiedNanos, long changedNanos, long device, long inode) {
        boolean settledBefore(long millis, long settle) {
            return Math.max(modifiedNanos, changedNanos) < TimeUnit.MILLISECONDS.toNanos(millis - settle);
        }
    }

    private record Known(Stamp stamp, String hash) {
    }

    private final Path file;
    private final long settle;
    private final Map<String, Known> known;
    private final Map<String, Known> seen = new ConcurrentHashMap<>();
    private final AtomicInteger read = new AtomicInteger();

    private HashStamps(Path file, long settle, Map<String, Known> known) {
        this.file = file;
        this.settle = settle;
        this.known = known;
    }

    /** The stamps kept in the cache directory; none when there are none or they cannot be read. */
    public static HashStamps open(Path cacheDirectory) {
        return open(cacheDirectory, SETTLED_MILLIS);
    }

    /** {@link #open(Path)}, a file kept only when untouched for {@code settle} ms before it was read (for tests). */
    static HashStamps open(Path cacheDirectory, long settle) {
        Path file = cacheDirectory.resolve(FILE);
        return new HashStamps(file, settle, load(file));
    }

    @Override
    public String hash(Path path) {
        String key = path.toAbsolutePath().normalize().toString();
        Stamp before = stamp(path);
        Known last = before == null ? null : known.get(key);
        if (last != null && last.stamp().equals(before)) {
            seen.put(key, last);
            return last.hash();
        }
        long readAt = System.currentTimeMillis();
        read.incrementAndGet();
        String hash = ContentHash.of(path);
        if (hash != null && before != null && before.settledBefore(readAt, settle) && before.equals(stamp(path))) {
            seen.put(key, new Known(before, hash));
        }
        return hash;
    }

    /**
     * Keeps the stamps of the files hashed in this run, when they differ from those kept; the others are dropped.
     * Losing them only costs hashing again, so a failure to write is ignored.
     */
    public void save() {
        if (!seen.equals(known)) {
            CacheFiles.writeBestEffort(file, out -> write(out, new TreeMap<>(seen)));
        }
    }

    /** How many files were read to be hashed, for tests. */
    int filesRead() {
        return read.get();
    }

    static Stamp stamp(Path path) {
        try {
            Map<String, Object> a = Files.readAttributes(path, ATTRIBUTES);
            return new Stamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
                    (Long) a.get("dev"), (Long) a.get("ino"));
        } catch (IOException | RuntimeException e) {
            return null; // no such view here (not a Unix file system), or unreadable: hashed every time
        }
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }

    private static void write(DataOutputStream out, Map<String, Known> entries) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(entries.size());
        for (Map.Entry<String, Known> entry : entries.entrySet()) {
            CacheFiles.writeString(out, entry.getKey());
            Stamp s = entry.getValue().stamp();
            for (long value : new long[] {s.size(), s.modifiedNanos(), s.changedNanos(), s.device(), s.inode()}) {
                out.writeLong(value);
            }
            CacheFiles.writeString(out, entry.getValue().hash());
        }
    }

    private static Map<String, Known> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, Known> loaded = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String path = CacheFiles.readString(in, 1 << 16);
                Stamp stamp = new Stamp(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
                loaded.put(path, new Known(stamp, CacheFiles.readString(in, 1 << 16)));
            }
            return loaded;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // damaged: every file is hashed again
        }
    }
}

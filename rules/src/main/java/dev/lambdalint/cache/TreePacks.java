package dev.lambdalint.cache;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The encoded syntax trees, appended to pack files in one directory: each run appends to a pack of its own and never
 * writes to an existing one, so what a table written by another run (or before a crash) refers to stays intact. A
 * tree is found by its {@link Location}; its length and CRC tell a truncated or damaged pack from a good one.
 * Safe for use from several threads at once.
 */
final class TreePacks implements Closeable {
    private static final Pattern NAME = Pattern.compile("pack-[0-9a-f]{32}\\.bin");
    private static final int MAX_TREE = 1 << 30;

    /** Where a tree's bytes are: in which pack, from which offset, how many, and their CRC32. */
    record Location(String pack, long offset, int length, int crc) {
    }

    private final Path directory;
    // a pack that cannot be opened is remembered as empty, not tried again for each of its trees
    private final Map<String, Optional<FileChannel>> channels = new ConcurrentHashMap<>();

    TreePacks(Path directory) {
        this.directory = directory;
    }

    /** A new pack, created on its first tree. */
    Writer newPack() {
        return new Writer();
    }

    /** Appends trees to one new pack. */
    final class Writer {
        private String name;
        private FileChannel channel;
        private long end;

        /** Appends the bytes; the positional write runs outside the lock, only the space is reserved under it. */
        Location append(byte[] bytes) throws IOException {
            int crc = CacheFiles.crc(bytes);
            FileChannel target;
            long offset;
            synchronized (this) {
                if (channel == null) {
                    Files.createDirectories(directory);
                    String created = "pack-" + UUID.randomUUID().toString().replace("-", "") + ".bin";
                    channel = FileChannel.open(directory.resolve(created), StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.READ, StandardOpenOption.WRITE);
                    name = created;
                    channels.put(name, Optional.of(channel)); // read back through the same handle, closed once
                }
                target = channel;
                offset = end;
                end += bytes.length;
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                target.write(buffer, offset + buffer.position());
            }
            return new Location(name, offset, bytes.length, crc);
        }
    }

    /** The tree's bytes, or empty when its pack is missing, too short or the bytes do not match their CRC. */
    Optional<byte[]> read(Location location) {
        if (!NAME.matcher(location.pack()).matches() || location.offset() < 0 || location.length() < 0
                || location.length() > MAX_TREE) {
            return Optional.empty();
        }
        Optional<FileChannel> channel = channels.computeIfAbsent(location.pack(), this::openForReading);
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        try {
            ByteBuffer buffer = ByteBuffer.allocate(location.length());
            while (buffer.hasRemaining()) {
                if (channel.get().read(buffer, location.offset() + buffer.position()) < 0) {
                    return Optional.empty();
                }
            }
            byte[] bytes = buffer.array();
            return CacheFiles.crc(bytes) == location.crc() ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The size of each pack, 0 for one that is missing. */
    long size(String pack) {
        try {
            return NAME.matcher(pack).matches() ? Files.size(directory.resolve(pack)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Deletes every file of the directory but the named packs: packs nothing refers to, and older formats. */
    void deleteAllBut(Set<String> kept) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (!kept.contains(file.getFileName().toString())) {
                    stale.add(file);
                }
            }
            for (Path file : stale) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // left for the next run
        }
    }

    /** Closes every pack opened; the packs can be deleted after this (Windows refuses to delete an open file). */
    @Override
    public void close() {
        for (Optional<FileChannel> channel : channels.values()) {
            try {
                if (channel.isPresent()) {
                    channel.get().close();
                }
            } catch (IOException e) {
                // nothing more to release
            }
        }
        channels.clear();
    }

    private Optional<FileChannel> openForReading(String pack) {
        try {
            return Optional.of(FileChannel.open(directory.resolve(pack), StandardOpenOption.READ));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

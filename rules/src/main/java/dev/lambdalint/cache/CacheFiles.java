package dev.lambdalint.cache;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;

/** How the cache's own files are written and read back: strings with their length, whole files swapped in at once. */
final class CacheFiles {
    private CacheFiles() {
    }

    /** Puts a fully written temporary file in place, atomically where the file system can, so no reader sees half. */
    static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What writes a cache file's whole content. */
    interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * Writes the whole file into a temporary one beside it, then puts it in place at once ({@link #replace}), creating
     * the directory when needed.
     */
    static void writeWhole(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp),
                1 << 16))) {
            content.writeTo(out);
        }
        replace(temp, target);
    }

    /** {@link #writeWhole}, a failure ignored: a file that only saves time is, at worst, worked out again. */
    static void writeBestEffort(Path target, Content content) {
        try {
            writeWhole(target, content);
        } catch (IOException | RuntimeException e) {
            // the next run reads or hashes again what the file would have told it
        }
    }

    /** A string {@link #writeString} wrote; a length beyond {@code maxBytes} means a damaged file. */
    static String readString(DataInputStream in, int maxBytes) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > maxBytes) {
            throw new IOException("damaged string");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The CRC32 a stored block is checked against when read back. */
    static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}

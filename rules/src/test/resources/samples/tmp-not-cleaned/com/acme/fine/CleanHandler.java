package com.acme.fine;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;

/** Files deleted, names that stay the same, files not in /tmp, files made once. All quiet. */
public class CleanHandler implements RequestHandler<Map<String, String>, String> {
    private static final String TMP = System.getProperty("java.io.tmpdir");
    private static final Path CACHE = Path.of("/tmp/cache.db");
    private static final Path SEED;
    private static final List<Path> PENDING = new ArrayList<>();
    private Path scratch;

    static {
        try {
            SEED = Files.createTempFile("seed", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String key = event.get("key");
        Path inFinally = null;
        try {
            inFinally = Files.createTempFile("upload", ".part");
            Files.writeString(inFinally, key);
            File plain = File.createTempFile("plain", ".txt");
            plain.delete();
            Path converted = Files.createTempFile("converted", ".pdf");
            converted.toFile().delete();
            Path onClose = Files.createTempFile("stream", ".bin");
            try (OutputStream out = Files.newOutputStream(onClose, StandardOpenOption.DELETE_ON_CLOSE)) {
                out.write(1);
            }
            Path helped = Files.createTempFile("helped", ".bin");
            cleanUp(helped);
            Path tree = Files.createTempDirectory("tree");
            Files.writeString(tree.resolve(key), key);
            try (Stream<Path> walk = Files.walk(tree)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
            Path dir = Files.createTempDirectory("dir");
            FileUtils.deleteDirectory(dir.toFile());
            Files.writeString(Path.of("/tmp/report.csv"), key);
            Files.writeString(Path.of(TMP, "last-event.json"), key);
            Files.writeString(CACHE, key);
            writeNamed("summary.txt", key);
            Files.writeString(Path.of("/mnt/efs/" + key), key);
            File.createTempFile("efs", ".tmp", new File("/mnt/efs")).createNewFile();
            Files.write(Path.of("/tmp", key), new byte[0]);
            Files.deleteIfExists(Path.of("/tmp", key));
            Path staged = Files.createTempFile("staged", ".bin");
            Files.move(staged, Path.of("/mnt/efs", key));
            File renamed = File.createTempFile("renamed", ".bin");
            renamed.renameTo(new File("/mnt/efs/" + key));
            scratch = Files.createTempFile("scratch", ".tmp");
            PENDING.add(Files.createTempFile("pending", ".tmp"));
            byte[] read = Files.readAllBytes(Path.of("/tmp", key + ".in"));
            return read.length + "" + SEED + scratch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (inFinally != null) {
                try {
                    Files.deleteIfExists(inFinally);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private static void cleanUp(Path path) throws IOException {
        Files.delete(path);
    }

    /** Always called with the same name: the file is overwritten, not multiplied. */
    private static void writeNamed(String name, String content) throws IOException {
        Files.writeString(Path.of("/tmp", name), content);
    }

    public static void main(String[] args) throws IOException {
        Files.createTempFile("cli", ".tmp");
    }
}

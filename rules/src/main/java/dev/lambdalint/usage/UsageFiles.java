package dev.lambdalint.usage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads recorded usage from files and directories. The format of each file is told by its content: raw REPORT
 * lines (text log format), JSON {@code platform.report} records (JSON log format), {@code aws logs
 * filter-log-events} output, CloudWatch subscription payloads, and Logs Insights exports as CSV or JSON. A file
 * or line that cannot be read becomes a {@link UsageProblem}; the others are read all the same.
 */
public final class UsageFiles {
    private static final int HEAD_BYTES = 64 * 1024;

    private UsageFiles() {
    }

    /** Reads every regular file of the given files and directories (recursively, hidden ones left out), in path order. */
    public static RecordedUsage read(Collection<Path> paths) {
        List<RecordedUsage> parts = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    filesUnder(path).forEach(file -> parts.add(readFile(file)));
                } catch (IOException | UncheckedIOException e) {
                    parts.add(problem(path, "cannot list: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                parts.add(readFile(path));
            } else {
                parts.add(problem(path, "no such file or directory"));
            }
        }
        return RecordedUsage.concat(parts);
    }

    /** The regular files {@link #read} reads, in its order, for a cache to hash; paths that do not exist are left out. */
    public static List<Path> files(Collection<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    files.addAll(filesUnder(path));
                } catch (IOException | UncheckedIOException e) {
                    // read() reports it; the cache key only misses a file that cannot be read anyway
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            }
        }
        return files;
    }

    /** Reads one file; records that do not name their function belong to the one the file name names. */
    public static RecordedUsage readFile(Path file) {
        FileSink sink = new FileSink(file.toString(), FileNameHint.of(file));
        try {
            UsageFormat format = UsageFormat.detect(head(file));
            switch (format) {
                case BINARY -> sink.problem(0, "binary or compressed file; unpack it to text first");
                case JSON_DOCUMENT -> {
                    try (BufferedReader in = open(file)) {
                        JsonDocumentReader.read(in, sink);
                    }
                }
                case INSIGHTS_CSV -> {
                    try (BufferedReader in = open(file)) {
                        InsightsCsvReader.read(in, sink);
                    }
                }
                case LINES -> {
                    try (BufferedReader in = open(file)) {
                        LineReader.read(in, sink);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            sink.problem(0, "cannot read: " + e.getMessage());
        }
        return sink.result();
    }

    private static RecordedUsage problem(Path path, String message) {
        return new RecordedUsage(List.of(), List.of(), List.of(UsageProblem.of(path.toString(), message)));
    }

    private static List<Path> filesUnder(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).filter(p -> !hidden(directory.relativize(p))).sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    /** UTF-8, with malformed bytes replaced rather than failing the whole file. */
    private static BufferedReader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
    }
}

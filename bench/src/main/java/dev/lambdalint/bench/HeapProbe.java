package dev.lambdalint.bench;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.LambdaLint;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One check of the benchmark's corpus on one thread, in a JVM of its own whose heap the benchmark sets: the heap
 * target is whether the analysis finishes in it at all, which only a fresh JVM with that maximum can tell.
 * Prints the number of findings and exits 0, or prints why it failed and exits 3.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    /** Arguments: the base directory, the source roots joined by the path separator, and a cache directory or "-". */
    public static void main(String[] args) {
        Path base = Path.of(args[0]);
        List<Path> roots = Arrays.stream(args[1].split(File.pathSeparator)).map(Path::of).toList();
        AnalysisRequest request = AnalysisRequest.of(base, roots).withThreads(1);
        if (!args[2].equals("-")) {
            request = request.withCache(Path.of(args[2]));
        }
        try {
            AnalysisResult result = LambdaLint.analyze(request);
            System.out.println(result.findings().size());
            System.exit(0);
        } catch (RuntimeException | OutOfMemoryError e) {
            System.out.println(e.getMessage());
            System.exit(3);
        }
    }

    /** Runs the probe with at most {@code heapMb} of heap: the number of findings, or null when it failed. */
    static Integer run(int heapMb, Path base, List<Path> roots, Path cache) throws IOException, InterruptedException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heapMb + "m",
                "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(), base.toString(),
                String.join(File.pathSeparator, roots.stream().map(Path::toString).toList()),
                cache == null ? "-" : cache.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0) {
            return null;
        }
        String[] lines = output.split("\n");
        return Integer.parseInt(lines[lines.length - 1].trim());
    }
}

package dev.lambdalint.bench;

import com.github.javaparser.JavaParser;
import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.source.SourceScanner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Measures, in one JVM and one run, the parse floor (JavaParser alone over every file, one thread) against the
 * full analysis of the same files (one thread and all cores, cache cold and warm), with files/s and peak heap;
 * then, as separate Maven builds, lambda-lint's check against maven-pmd-plugin's check on the example project.
 * Each figure is the median of several rounds after one warm-up round. Ratios, not absolute times, are the
 * point: the machine changes, the ratios should not.
 */
public final class Benchmark {
    private final Map<String, String> options;
    private final List<String> report = new ArrayList<>();

    private Benchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        new Benchmark(options).run();
    }

    private record Measure(double seconds, long peakHeapBytes) {
    }

    private void run() throws Exception {
        Path corpus = Path.of(options.get("corpus"));
        Path example = Path.of(options.get("example")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(Path.of(options.get("work")));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int cores = Runtime.getRuntime().availableProcessors();

        List<Path> roots = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(corpus)) {
            dirs.filter(Files::isDirectory).sorted().forEach(roots::add);
        }
        roots.add(example.resolve("src/main/java"));
        List<Path> files = javaFiles(roots);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        line("# lambda-lint benchmark");
        line("");
        line(String.format(Locale.ROOT, "Corpus: %d Java files, %.1f MB, in %d trees: %s", files.size(),
                bytes / 1e6, roots.size(), String.join(", ", roots.stream().map(r -> r.getFileName().toString())
                        .map(n -> n.equals("java") ? "orders-service (the example)" : n).toList())));
        line(String.format(Locale.ROOT, "JVM: %s, %d cores, max heap %d MB; %d measured rounds after one warm-up",
                System.getProperty("java.version"), cores, Runtime.getRuntime().maxMemory() >> 20, rounds));
        line("");

        Path base = corpus.getParent();
        AnalysisRequest request = AnalysisRequest.of(base, roots);
        Path cacheDir = work.resolve("cache");

        Measure floor = median(rounds, () -> parseOnly(files));
        Measure full1 = median(rounds, () -> analyze(request.withThreads(1)));
        Measure fullN = median(rounds, () -> analyze(request.withThreads(cores)));
        Measure cold = median(rounds, () -> {
            deleteCache(cacheDir);
            return analyze(request.withThreads(cores).withCache(cacheDir));
        });
        analyze(request.withThreads(cores).withCache(cacheDir));
        Measure warm = median(rounds, () -> analyze(request.withThreads(cores).withCache(cacheDir)));
        AnalysisResult result = LambdaLint.analyze(request.withThreads(cores));

        line("| measurement | time | files/s | vs parse floor | peak heap |");
        line("|---|---:|---:|---:|---:|");
        row("parse only (JavaParser, 1 thread): the floor", floor, files.size(), floor);
        row("full analysis, 1 thread", full1, files.size(), floor);
        row("full analysis, " + cores + " threads", fullN, files.size(), floor);
        row("full analysis, cache cold, " + cores + " threads", cold, files.size(), floor);
        row("full analysis, cache warm (nothing changed)", warm, files.size(), floor);
        line("");
        line(String.format(Locale.ROOT, "Full analysis / parse floor, single-threaded: **%.2f×** (target ≤ 1.25×). "
                + "Warm / cold cache: %.3f. %d threads / 1 thread: %.2f.",
                full1.seconds() / floor.seconds(), warm.seconds() / cold.seconds(), cores,
                fullN.seconds() / full1.seconds()));
        line(String.format(Locale.ROOT, "The analysis found %d handlers and %d findings; %d parse-error findings.",
                result.handlers().size(), result.findings().size(),
                result.findings().stream().filter(f -> f.ruleId().equals("parse-error")).count()));
        line("");
        comparePmd(example, work);
        Files.writeString(work.resolve("results.md"), String.join("\n", report) + "\n");
        System.out.println();
        System.out.println("Written to " + work.resolve("results.md"));
    }

    private void comparePmd(Path example, Path work) throws Exception {
        String plugin = options.get("plugin");
        String pmd = options.get("pmd");
        if (plugin == null || pmd == null) {
            return;
        }
        List<String> lambdaLint = List.of("mvn", "-B", "-q", "-f", example.toString(), plugin + ":check",
                "-Dlambda-lint.failOnViolation=false", "-Dlambda-lint.cache=false",
                "-Dlambda-lint.outputDirectory=" + work.resolve("example-lambda-lint"));
        List<String> pmdCheck = List.of("mvn", "-B", "-q", "-f", example.toString(), pmd + ":check",
                "-Dpmd.failOnViolation=false", "-Dpmd.skipPmdError=true",
                "-DtargetDirectory=" + work.resolve("example-pmd"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        double ours = medianWall(lambdaLint, rounds, work);
        double theirs = medianWall(pmdCheck, rounds, work);
        line("| Maven build on examples/orders-service (wall time, median) | time |");
        line("|---|---:|");
        line(String.format(Locale.ROOT, "| `mvn %s:check` | %.2f s |", shortName(plugin), ours));
        line(String.format(Locale.ROOT, "| `mvn %s:check` (default rule set) | %.2f s |", shortName(pmd), theirs));
        line("");
        line("Both include Maven's own start-up, which dominates on a project this small.");
    }

    private double medianWall(List<String> command, int rounds, Path work) throws Exception {
        runProcess(command, work);
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            runProcess(command, work);
            times[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(times);
        return times[rounds / 2];
    }

    private static void runProcess(List<String> command, Path work) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("maven-build.log").toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + "; see "
                    + work.resolve("maven-build.log"));
        }
    }

    private static String shortName(String coordinates) {
        String[] parts = coordinates.split(":");
        return parts[1] + ":" + parts[2];
    }

    private static Object parseOnly(List<Path> files) throws IOException {
        JavaParser parser = SourceScanner.newParser();
        int parsed = 0;
        for (Path file : files) {
            if (parser.parse(Files.readString(file, StandardCharsets.UTF_8)).isSuccessful()) {
                parsed++;
            }
        }
        return parsed;
    }

    private static Object analyze(AnalysisRequest request) {
        return LambdaLint.analyze(request);
    }

    private static Measure median(int rounds, Callable<Object> work) throws Exception {
        work.call();
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            work.call();
            double seconds = (System.nanoTime() - start) / 1e9;
            measures.add(new Measure(seconds, peakHeap()));
        }
        measures.sort(Comparator.comparingDouble(Measure::seconds));
        Measure middle = measures.get(rounds / 2);
        long maxPeak = measures.stream().mapToLong(Measure::peakHeapBytes).max().orElse(0);
        return new Measure(middle.seconds(), maxPeak);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void deleteCache(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static List<Path> javaFiles(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private void row(String name, Measure m, int files, Measure floor) {
        line(String.format(Locale.ROOT, "| %s | %.2f s | %.0f | %.2f× | %d MB |", name, m.seconds(),
                files / m.seconds(), m.seconds() / floor.seconds(), m.peakHeapBytes() >> 20));
    }

    private void line(String text) {
        report.add(text);
        System.out.println(text);
    }
}

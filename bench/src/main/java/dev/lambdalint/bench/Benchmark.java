package dev.lambdalint.bench;

import com.github.javaparser.JavaParser;
import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.source.SourceScanner;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
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

    /** The process's CPU time (ns), its collectors' time (ms), and the bytes its threads allocated so far. */
    private static long[] effort() {
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        long cpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
        long allocated = ManagementFactory.getPlatformMXBean(com.sun.management.ThreadMXBean.class)
                .getTotalThreadAllocatedBytes();
        return new long[] {cpu, gc, allocated};
    }

    private void run() throws Exception {
        Path corpus = Path.of(options.get("corpus"));
        Path example = Path.of(options.get("example")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(Path.of(options.get("work")));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int cores = Runtime.getRuntime().availableProcessors();
        int functions = Integer.parseInt(options.getOrDefault("functions", "100"));

        // a Lambda monorepo beside the corpus: many handlers over one library that calls into the corpus's code.
        // It is this run's own (the work directory's), as the file it edits is: the unpacked corpus is only read, so
        // two runs (a profile beside a benchmark) do not disturb each other.
        Path fleet = work.resolve("fleet");
        deleteTree(fleet);
        FleetProject.write(fleet, functions);
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(corpus)) {
            // a fleet left in the corpus by an older benchmark is not part of it
            dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals("fleet")).forEach(roots::add);
        }
        roots.add(fleet);
        roots.sort(java.util.Comparator.comparing(r -> r.getFileName().toString()));
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
                        .map(n -> n.equals("java") ? "orders-service (the example)"
                                : n.equals("fleet") ? "fleet (" + functions + " generated handlers)" : n).toList())));
        line(String.format(Locale.ROOT, "JVM: %s, %d cores, max heap %d MB; %d measured rounds after one warm-up; "
                + "load average %.1f at the start", System.getProperty("java.version"), cores,
                Runtime.getRuntime().maxMemory() >> 20, rounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        line("");

        Path base = corpus.getParent();
        AnalysisRequest request = AnalysisRequest.of(base, roots);
        Path cacheDir = work.resolve("cache");
        Path edited = fleet.resolve(FleetProject.PACKAGE.replace('.', '/')).resolve("services/Service07.java");
        String original = Files.readString(edited);
        int[] edits = {0};

        if (options.containsKey("profile")) {
            // for a profiler attached to this JVM: one kind of check alone (no cache, cold, one edit), again and again
            String kind = options.getOrDefault("profileKind", "nocache");
            for (int i = 0; i < Integer.parseInt(options.get("profile")); i++) {
                if (kind.equals("cold")) {
                    deleteTree(cacheDir);
                } else if (kind.equals("edit")) {
                    Files.writeString(edited, original + "// edit " + (++edits[0]) + "\n");
                }
                long start = System.nanoTime();
                long[] before = effort();
                analyze(kind.equals("nocache") ? request.withThreads(1) : request.withThreads(1).withCache(cacheDir));
                long[] after = effort();
                // wall time swings with the machine's load; what the JVM spent is steadier between two versions
                line(String.format(Locale.ROOT, "check, %s, 1 thread: %.2f s (CPU %.2f s, GC %.2f s, %d MB allocated)",
                        kind, (System.nanoTime() - start) / 1e9, (after[0] - before[0]) / 1e9,
                        (after[1] - before[1]) / 1e3, (after[2] - before[2]) >> 20));
            }
            Files.writeString(edited, original);
            return;
        }
        Measure floor = median(rounds, () -> parseOnly(files));
        Measure cold1 = median(rounds, () -> {
            deleteTree(cacheDir);
            return analyze(request.withThreads(1).withCache(cacheDir));
        });
        Measure plain1 = median(rounds, () -> analyze(request.withThreads(1)));
        Measure plainN = median(rounds, () -> analyze(request.withThreads(cores)));
        analyze(request.withThreads(1).withCache(cacheDir));
        Measure warm = median(rounds, () -> analyze(request.withThreads(1).withCache(cacheDir)));
        Measure edit = median(rounds, () -> {
            Files.writeString(edited, original + "// edit " + (++edits[0]) + "\n");
            return analyze(request.withThreads(1).withCache(cacheDir));
        });
        Files.writeString(edited, original);
        AnalysisRequest tenHandlers = new AnalysisRequest(base, roots, List.of(),
                List.of(FleetProject.keepFirstFunctions(10)), List.of());
        Measure handlers10 = median(rounds, () -> analyze(tenHandlers.withThreads(cores)));
        Measure handlers100 = plainN;
        Measure all = median(rounds, () -> analyze(request.withThreads(cores).withParseAll(true)));
        AnalysisResult result = LambdaLint.analyze(request.withThreads(cores));
        AnalysisResult ten = LambdaLint.analyze(tenHandlers.withThreads(cores));

        line("| measurement | time | files/s | vs parse floor | peak heap |");
        line("|---|---:|---:|---:|---:|");
        row("parse every file (JavaParser, 1 thread): the floor", floor, files.size(), floor);
        row("check, cold (cache written), 1 thread", cold1, files.size(), floor);
        row("check, no cache, 1 thread", plain1, files.size(), floor);
        row("check, no cache, " + cores + " threads", plainN, files.size(), floor);
        row("check, nothing changed, 1 thread", warm, files.size(), floor);
        row("check, one file edited, 1 thread", edit, files.size(), floor);
        row("check, parseAll (every file parsed), " + cores + " threads", all, files.size(), floor);
        row("check, " + ten.handlers().size() + " handlers, " + cores + " threads", handlers10, files.size(), floor);
        row("check, " + result.handlers().size() + " handlers, " + cores + " threads", handlers100, files.size(),
                floor);
        line("");
        line("| ratio (same run) | value | target |");
        line("|---|---:|---:|");
        ratio("cold check / parse floor, single-threaded", cold1, floor, "≤ 0.6");
        ratio("unchanged re-run / cold check", warm, cold1, "≤ 0.05");
        ratio("one edited file / cold check", edit, cold1, "≤ 0.2");
        ratio(cores + " threads / 1 thread (no cache)", plainN, plain1, "");
        ratio(result.handlers().size() + " handlers / " + ten.handlers().size() + " handlers, same code", handlers100,
                handlers10, "");
        line("");
        line(String.format(Locale.ROOT, "The analysis found %d handlers and %d findings; %d parse-error findings "
                        + "(%d with parseAll).", result.handlers().size(), result.findings().size(),
                parseErrors(result), parseErrors(LambdaLint.analyze(request.withThreads(cores).withParseAll(true)))));
        line("");
        heap(base, roots, cacheDir, result.findings().size());
        comparePmd(work, functions);
        Files.writeString(work.resolve("results.md"), String.join("\n", report) + "\n");
        System.out.println();
        System.out.println("Written to " + work.resolve("results.md"));
    }

    /**
     * Whether the one-thread check finishes in the target heap (option heapTarget, MB), in a fresh JVM each time,
     * without the cache and reading back from it; then, without the cache, the smallest heap in steps of 16 MB below
     * the target that it still finishes in.
     */
    private void heap(Path base, List<Path> roots, Path cache, int findings) throws Exception {
        int target = Integer.parseInt(options.getOrDefault("heapTarget", "256"));
        Integer plain = HeapProbe.run(target, base, roots, null);
        Integer cached = HeapProbe.run(target, base, roots, cache);
        int smallest = target;
        for (int mb = target - 16; plain != null && mb >= 16; mb -= 16) {
            if (HeapProbe.run(mb, base, roots, null) == null) {
                break;
            }
            smallest = mb;
        }
        line("| check in a fresh JVM, 1 thread, -Xmx" + target + "m | finishes | findings |");
        line("|---|---|---:|");
        line("| no cache | " + finished(plain, findings) + " | " + (plain == null ? "-" : plain) + " |");
        line("| reading back from the cache | " + finished(cached, findings) + " | " + (cached == null ? "-" : cached)
                + " |");
        line("");
        line(plain == null ? "Without the cache the check does not finish in " + target + " MB."
                : "Without the cache the smallest heap it finishes in, in steps of 16 MB, is " + smallest + " MB.");
        line("");
    }

    private static String finished(Integer found, int findings) {
        return found == null ? "no (out of memory or failed)" : found == findings ? "yes" : "yes, but "
                + found + " findings instead of " + findings;
    }

    private static long parseErrors(AnalysisResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("parse-error")).count();
    }

    private void ratio(String name, Measure measured, Measure against, String target) {
        line(String.format(Locale.ROOT, "| %s | %.3f× | %s |", name, measured.seconds() / against.seconds(), target));
    }

    /** lambda-lint's check against maven-pmd-plugin's on the same Lambda project: the fleet, as a Maven build. */
    private void comparePmd(Path work, int functions) throws Exception {
        String plugin = options.get("plugin");
        String pmd = options.get("pmd");
        if (plugin == null || pmd == null) {
            return;
        }
        Path project = work.resolve("fleet-project");
        deleteTree(project);
        FleetProject.write(project.resolve("src/main/java"), functions);
        Files.writeString(project.resolve("pom.xml"), FleetProject.pom());
        List<String> maven = new ArrayList<>(List.of("mvn", "-B", "-q", "-f", project.toString()));
        if (options.containsKey("localRepo")) {
            maven.add("-Dmaven.repo.local=" + options.get("localRepo"));
        }
        if (options.containsKey("settings")) {
            maven.addAll(List.of("-s", options.get("settings")));
        }
        List<String> lambdaLint = new ArrayList<>(maven);
        lambdaLint.addAll(List.of(plugin + ":check", "-Dlambda-lint.failOnViolation=false",
                "-Dlambda-lint.cache=false", "-Dlambda-lint.outputDirectory=" + work.resolve("fleet-lambda-lint")));
        List<String> pmdCheck = new ArrayList<>(maven);
        pmdCheck.addAll(List.of(pmd + ":check", "-Dpmd.failOnViolation=false", "-Dpmd.skipPmdError=true",
                "-DtargetDirectory=" + work.resolve("fleet-pmd")));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        double ours = medianWall(lambdaLint, rounds, work);
        double theirs = medianWall(pmdCheck, rounds, work);
        line("| Maven build of the fleet project (" + functions + " handlers, " + (functions + 3
                + FleetProject.SERVICES) + " files; wall time, median) | time |");
        line("|---|---:|");
        line(String.format(Locale.ROOT, "| `mvn %s:check` | %.2f s |", shortName(plugin), ours));
        line(String.format(Locale.ROOT, "| `mvn %s:check` (default rule set) | %.2f s |", shortName(pmd), theirs));
        line(String.format(Locale.ROOT, "| ratio lambda-lint / PMD | %.2f× |", ours / theirs));
        line("");
        line("Both include Maven's own start-up, which weighs much on a project this small.");
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

    private static void deleteTree(Path dir) throws IOException {
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

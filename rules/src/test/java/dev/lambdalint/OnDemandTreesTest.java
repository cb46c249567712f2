package dev.lambdalint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.CompilationUnit;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.Rules;
import dev.lambdalint.model.HandlerFinder;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.cache.FileCache;
import dev.lambdalint.source.Declarations;
import dev.lambdalint.source.FileMemory;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceFile;
import dev.lambdalint.source.SourceScanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's tree is read only when some analysis asks for code it may hold: the type index, the handler search, the
 * framework and Dagger searches, the syntax index and the call resolution's look-ups by name are told by what each
 * file declares and writes. A library file nothing reaches is never read, and the findings are those of an analysis
 * with every tree read.
 */
class OnDemandTreesTest {
    private static final Map<String, String> SOURCES = Map.of(
            "app/OrderHandler.java", """
                    package com.acme.app;

                    import com.amazonaws.services.lambda.runtime.Context;
                    import com.amazonaws.services.lambda.runtime.RequestHandler;
                    import java.util.Map;
                    import software.amazon.awssdk.services.s3.S3Client;

                    public class OrderHandler implements RequestHandler<Map<String, String>, String> {
                        private static final Pricing PRICING = new Pricing();

                        @Override
                        public String handleRequest(Map<String, String> input, Context context) {
                            S3Client s3 = S3Client.create();
                            return PRICING.price(input.get("id")) + s3.serviceName();
                        }
                    }
                    """,
            "app/Pricing.java", """
                    package com.acme.app;

                    class Pricing {
                        String price(String id) {
                            return id.trim();
                        }
                    }
                    """,
            "lib/Ledger.java", """
                    package com.other.lib;

                    import java.util.ArrayList;
                    import java.util.List;
                    import java.util.function.Function;

                    @Deprecated
                    public class Ledger {
                        private static final String NAME = "ledger";
                        private final List<String> lines = new ArrayList<>();
                        private int count;

                        public Ledger() {
                            this.count = 1;
                        }

                        public String get(int i) {
                            count++;
                            return lines.get(i);
                        }

                        public Function<String, String> apply(String prefix) {
                            return s -> prefix + s + NAME;
                        }

                        public void handle(String event, Object context) {
                            lines.add(event);
                        }

                        enum Kind { DEBIT, CREDIT }
                    }
                    """);

    @Test
    void aLibraryFileNoHandlerReachesIsNeverReadAndTheFindingsAreTheSame() {
        Set<String> read = new LinkedHashSet<>();
        List<Finding> onDemand = analyze(files(read, true));
        List<Finding> everyTree = analyze(files(new LinkedHashSet<>(), false));

        assertFalse(read.contains("lib/Ledger.java"), "read: " + read);
        assertTrue(read.containsAll(List.of("app/OrderHandler.java", "app/Pricing.java")), "read: " + read);
        assertEquals(everyTree, onDemand);
        assertTrue(onDemand.stream().anyMatch(f -> f.ruleId().equals("client-per-invocation")
                && f.path().equals("app/OrderHandler.java") && f.line() == 13), onDemand.toString());
    }

    /**
     * A tree the collector dropped before any analysis asked for it is made again, from the file cache's copy or by
     * parsing the file again: the rule samples analyzed with no tree held give the findings they give with every
     * tree held, with and without the cache.
     */
    @Test
    void treesMadeAgainGiveTheSameFindings(@TempDir Path cacheDir) {
        Path samples = Path.of("src/test/resources/samples");
        List<SourceFile> held = scan(new SourceScanner(Path.of("."), List.of(), List.of(), StandardCharsets.UTF_8, 2),
                samples, FileMemory.NONE);
        List<Finding> expected = analyze(held);
        assertTrue(expected.size() > 100, expected.size() + " findings");
        assertEquals(expected, analyze(scan(new SourceScanner(Path.of("."), List.of(), List.of(),
                StandardCharsets.UTF_8, 2).withoutHeldTrees(), samples, FileMemory.NONE)), "parsed again");
        for (String run : List.of("written to the cache", "read back from the cache")) {
            try (FileCache cache = FileCache.open(cacheDir, StandardCharsets.UTF_8)) {
                List<SourceFile> files = scan(new SourceScanner(Path.of("."), List.of(), List.of(),
                        StandardCharsets.UTF_8, 2).withoutHeldTrees(), samples, cache);
                assertEquals(expected, analyze(files), run);
                cache.save(files.stream().map(f -> hashOf(f.path())).toList());
            }
        }
    }

    private static List<SourceFile> scan(SourceScanner scanner, Path root, FileMemory memory) {
        List<Path> paths = scanner.javaFiles(List.of(root), new ArrayList<>());
        return scanner.parse(paths, new ArrayList<>(), null, false, scanner.hashes(paths), memory).files();
    }

    private static String hashOf(Path file) {
        return dev.lambdalint.source.ContentHash.of(file);
    }

    /** The sources, each tree made on first request (recorded in {@code read}), or made before the analysis. */
    private static List<SourceFile> files(Set<String> read, boolean onDemand) {
        List<SourceFile> files = new ArrayList<>();
        for (String path : SOURCES.keySet().stream().sorted().toList()) {
            CompilationUnit unit = SourceScanner.newParser().parse(SOURCES.get(path)).getResult().orElseThrow();
            SourceFile file = new SourceFile(Path.of(path), path, Declarations.of(unit, null), () -> {
                read.add(path);
                return new SourceFile.Tree(unit, null);
            });
            if (!onDemand) {
                file.unit();
            }
            files.add(file);
        }
        return files;
    }

    private static List<Finding> analyze(List<SourceFile> files) {
        ProjectIndex index = new ProjectIndex(files);
        Catalog catalog = Catalog.load(List.of());
        HandlerFinder finder = new HandlerFinder(index, catalog);
        InvocationModel model = finder.model(finder.find(file -> true, List.of(), List.of()));
        RuleContext context = new RuleContext(model, catalog, List.of());
        for (Rule rule : Rules.all()) {
            rule.check(context);
        }
        return context.findings();
    }
}

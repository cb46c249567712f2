package dev.lambdalint.fix;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import dev.lambdalint.Finding;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.analysis.ConnectionCalls;
import dev.lambdalint.catalog.CallPattern;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.ClientFamily;
import dev.lambdalint.catalog.ReusableObject;
import dev.lambdalint.catalog.SnapStartCatalog;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.SourceFile;
import dev.lambdalint.source.SourceScanner;
import dev.lambdalint.source.Trees;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans the fixes of an analysis while its invocation model is at hand: for each finding, the edits that fix it
 * alone or why there is none, and for each file the edits of all its fixes together. Each fix is checked by parsing
 * the code it gives; planning never fails the analysis (a fix it cannot plan is a finding without a fix).
 */
public final class FixPlanner {
    static final String CLIENT_RULE = "client-per-invocation";
    static final String INIT_RULE = "init-per-invocation";
    static final String CONNECTION_RULE = "connection-per-invocation";

    /** Why the rules without an automatic fix have none. */
    private static final Map<String, String> NO_FIX = Map.ofEntries(
            Map.entry("config-per-invocation", "caching a fetched value needs a decision on how stale it may get"),
            Map.entry("unbounded-cache", "bounding a cache needs a decision on its size or expiry"),
            Map.entry("self-invocation", "breaking a trigger loop is a change of design"),
            Map.entry("memory-underprovisioned", "it is a template setting; change it as the finding recommends"),
            Map.entry("memory-overprovisioned", "it is a template setting; change it as the finding recommends"),
            Map.entry("timeout-risk", "it is a template setting; change it as the finding recommends"),
            Map.entry("parse-error", "the file does not parse"),
            Map.entry("snapstart-unique-state", "the value has to be made per environment (after a restore, or "
                    + "lazily): a change of design"),
            Map.entry("snapstart-stale-connection", "the connection has to be re-opened after a restore (an "
                    + "afterRestore hook, or a check before use): a change of design"),
            Map.entry("lambda-sync-invoke", "not waiting on the other function changes what this one can answer"),
            Map.entry("network-call-without-timeout", "the right timeout depends on the service and on the "
                    + "function's own timeout"),
            Map.entry("tmp-not-cleaned", "where the file may be deleted depends on what still reads it"));

    private final InvocationModel model;
    private final Catalog catalog;
    private final boolean snapStart;
    private final TestDoubles doubles;
    private final ConstructionFix clients;
    private final ConstructionFix reusables;
    private final CloseFix closes;

    private FixPlanner(InvocationModel model, Catalog catalog, boolean snapStart, TestDoubles doubles) {
        this.model = model;
        this.catalog = catalog;
        this.snapStart = snapStart;
        this.doubles = doubles;
        List<ClientFamily> reusableFamilies = catalog.reusable().stream().map(ReusableObject::construction).toList();
        List<ClientFamily> all = new ArrayList<>(catalog.clients());
        all.addAll(reusableFamilies);
        ClientConstructions any = new ClientConstructions(model, all);
        Set<String> closeMethods = new HashSet<>(catalog.connections().closes());
        ValueFlow flow = new ValueFlow(model, closeMethods, any);
        ClientConstructions clientConstructions = new ClientConstructions(model, catalog);
        SnapStartCatalog snap = catalog.snapStart();
        List<CallPattern> varying = new ArrayList<>(snap.uniqueValues());
        varying.addAll(snap.timeReadings());
        varying.addAll(snap.generators());
        varying.addAll(snap.draws());
        Constancy constancy = new Constancy(model, new CallPatterns(clientConstructions), varying);
        Configuration configuration = new Configuration(model, constancy);
        this.clients = new ConstructionFix(this, clientConstructions, flow, constancy, configuration);
        this.reusables = new ConstructionFix(this, new ClientConstructions(model, reusableFamilies), flow, constancy,
                configuration);
        this.closes = new CloseFix(this, new ConnectionCalls(model, catalog, clientConstructions), flow);
    }

    /**
     * The fixes of these findings; {@code charset} is the sources' encoding, {@code snapStart} whether a function of
     * the deployment runs with SnapStart (then a pool that fills itself when built is not moved into INIT),
     * {@code doubles} the constructions the project's tests mock (they stay where the tests' mocks reach them).
     */
    public static FixSet plan(InvocationModel model, Catalog catalog, List<Finding> findings, Charset charset,
                              boolean snapStart, TestDoubles doubles) {
        try {
            return new FixPlanner(model, catalog, snapStart, doubles).planAll(findings, charset);
        } catch (RuntimeException e) {
            String reason = "the fixes could not be planned (" + e + ")";
            return new FixSet(findings.stream().map(f -> FindingFix.notFixed(f, reason)).toList(), List.of());
        }
    }

    InvocationModel model() {
        return model;
    }

    /** A construction the project's tests mock stays where it is: built once, it would escape the tests' mock. */
    void mockedInTests(List<String> types) {
        doubles.mockOf(types).ifPresent(where -> {
            throw new NoFix("the project's tests mock its construction (" + where + "): built once when the class "
                    + "loads, before a test sets the mock up, it would escape the mock");
        });
    }

    /**
     * Under SnapStart, a pool that opens its connections as soon as it is built would open them at INIT, into the
     * snapshot, dead after a restore (what snapstart-stale-connection reports): it stays where it is.
     */
    void snapStartPool(String ownerType) {
        if (snapStart && catalog.snapStart().eagerPools().stream()
                .anyMatch(p -> p.construction().covers(List.of(ownerType)))) {
            throw new NoFix("a function runs with SnapStart, and this pool opens its connections as soon as it is "
                    + "built: built at INIT they would be in the snapshot, dead after a restore");
        }
    }

    private FixSet planAll(List<Finding> findings, Charset charset) {
        Map<String, SourceFile> files = new TreeMap<>();
        for (String type : model.index().types().keySet()) { // the files, not their trees
            SourceFile file = model.index().sourceOf(type);
            files.putIfAbsent(file.relativePath(), file);
        }
        Map<String, List<Finding>> byPath = new TreeMap<>();
        findings.stream().sorted(Finding.ORDER).forEach(f -> byPath.computeIfAbsent(f.path(), p -> new ArrayList<>())
                .add(f));
        List<FindingFix> results = new ArrayList<>();
        List<FileFix> fileFixes = new ArrayList<>();
        byPath.forEach((path, inFile) -> {
            List<Finding> fixable = inFile.stream().filter(f -> fixer(f.ruleId()) != null).toList();
            inFile.stream().filter(f -> fixer(f.ruleId()) == null).forEach(f -> results.add(FindingFix.notFixed(f,
                    NO_FIX.getOrDefault(f.ruleId(), "lambda-lint has no automatic fix for " + f.ruleId()))));
            if (!fixable.isEmpty()) {
                planFile(files.get(path), fixable, charset, results, fileFixes);
            }
        });
        results.sort((a, b) -> Finding.ORDER.compare(finding(a), finding(b)));
        return new FixSet(results, fileFixes);
    }

    /** A finding standing for the fix's, to sort fixes as findings sort. */
    static Finding finding(FindingFix fix) {
        return new Finding(fix.ruleId(), dev.lambdalint.Severity.INFO, fix.path(), fix.line(), fix.column(), "", null,
                List.of());
    }

    private Fixer fixer(String ruleId) {
        return switch (ruleId) {
            case CLIENT_RULE -> clients::plan;
            case INIT_RULE -> reusables::plan;
            case CONNECTION_RULE -> closes::plan;
            default -> null;
        };
    }

    private interface Fixer {
        ConstructionFix.Planned plan(Finding finding, FilePlan file);
    }

    private void planFile(SourceFile source, List<Finding> findings, Charset charset, List<FindingFix> results,
                          List<FileFix> fileFixes) {
        String text;
        try {
            text = source == null ? null : read(source, charset);
        } catch (IOException e) {
            text = null;
        }
        if (text == null || text.startsWith("\uFEFF")) {
            String reason = source == null ? "its file was not part of the analysed code"
                    : "its file cannot be read back exactly in " + charset.name();
            findings.forEach(f -> results.add(FindingFix.notFixed(f, reason)));
            return;
        }
        SourceText sourceText = new SourceText(text);
        FilePlan plan = new FilePlan(source, sourceText, model.index());
        EditRenderer renderer = new EditRenderer(sourceText);
        Map<Finding, ConstructionFix.Planned> planned = new LinkedHashMap<>();
        for (Finding finding : findings) {
            try {
                ConstructionFix.Planned fix = fixer(finding.ruleId()).plan(finding, plan);
                List<TextEdit> edits = renderer.render(fix.ops());
                String fixed = EditRenderer.applyEdits(text, edits);
                if (!parses(fixed)) {
                    throw new NoFix("the fixed code would not parse");
                }
                planned.put(finding, fix);
                results.add(FindingFix.fixed(finding, fix.description(), edits,
                        UnifiedDiff.of(finding.path(), text, fixed)));
            } catch (NoFix e) {
                results.add(FindingFix.notFixed(finding, e.reason()));
            } catch (RuntimeException e) {
                results.add(FindingFix.notFixed(finding, "the fix could not be planned (" + e + ")"));
            }
        }
        if (planned.isEmpty()) {
            return;
        }
        carryInnerConstructions(planned, results);
        List<Op> all = planned.values().stream().flatMap(p -> p.ops().stream()).toList();
        try {
            List<TextEdit> edits = renderer.render(all);
            if (parses(EditRenderer.applyEdits(text, edits))) {
                fileFixes.add(new FileFix(source.relativePath(), sha256(text), edits));
                return;
            }
        } catch (RuntimeException e) {
            // reported below: each fix stands alone but not with the others
        }
        results.removeIf(r -> planned.keySet().stream().anyMatch(r::isFor));
        planned.keySet().forEach(f -> results.add(FindingFix.notFixed(f,
                "the fixes of its file do not fit together; fix it by hand")));
    }

    /**
     * A construction inside another that moves ({@code new DynamoDBMapper(new AmazonDynamoDBClient())}) moves with
     * it, built once in the outer one's field: its own fix would add a field that nothing uses, since the outer
     * replacement takes the text it would have replaced. Its finding is fixed by the outer fix.
     */
    private static void carryInnerConstructions(Map<Finding, ConstructionFix.Planned> planned,
                                                List<FindingFix> results) {
        Map<Finding, Finding> carriedBy = new LinkedHashMap<>();
        planned.forEach((inner, innerFix) -> planned.forEach((outer, outerFix) -> {
            if (inner != outer && !carriedBy.containsKey(outer) && replacesWithin(innerFix, outerFix)) {
                carriedBy.putIfAbsent(inner, outer);
            }
        }));
        carriedBy.forEach((inner, outer) -> {
            planned.remove(inner);
            FindingFix outerFix = results.stream().filter(r -> r.isFor(outer)).findFirst().orElseThrow();
            results.removeIf(r -> r.isFor(inner));
            results.add(FindingFix.fixed(inner, "moves with the construction around it: " + outerFix.description(),
                    outerFix.edits(), outerFix.diff()));
        });
    }

    private static boolean replacesWithin(ConstructionFix.Planned inner, ConstructionFix.Planned outer) {
        return inner.ops().stream().filter(Op.Replace.class::isInstance).map(o -> ((Op.Replace) o).node())
                .anyMatch(node -> outer.ops().stream().filter(Op.Replace.class::isInstance)
                        .anyMatch(o -> ((Op.Replace) o).node() != node && Planning.within(node, ((Op.Replace) o).node())));
    }

    /** The file's text when it decodes exactly: writing back a text with replaced bytes would damage it. */
    private static String read(SourceFile source, Charset charset) throws IOException {
        byte[] bytes = Files.readAllBytes(source.path());
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean parses(String text) {
        return SourceScanner.newParser().parse(text).isSuccessful();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The nodes that start where the finding points, outermost first. */
    List<Node> nodesAt(FilePlan file, Finding finding) {
        Position at = new Position(finding.line(), finding.column());
        return Trees.findAll(file.unit, Node.class, n -> n.getBegin().map(at::equals).orElse(false));
    }

    /**
     * The per-invocation code a node runs in, as the finding's handler reaches it (any handler's when that one's
     * is not known): the innermost method, constructor or instance initialisation around it that runs per invocation.
     */
    Reach reachOf(Node node, Finding finding) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            List<CodeUnit> units = model.unitsDeclaredBy(n);
            if (!units.isEmpty()) {
                List<Reach> found = units.stream().flatMap(u -> model.reachesOf(u).stream()).toList();
                return found.stream().filter(r -> finding == null || finding.handler() == null
                        || r.handler().id().equals(finding.handler())).findFirst().orElse(found.get(0));
            }
        }
        return null;
    }
}

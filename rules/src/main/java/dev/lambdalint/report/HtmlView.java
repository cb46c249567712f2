package dev.lambdalint.report;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.CallStep;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.check.Rules;
import dev.lambdalint.fix.FindingFix;
import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.SizingSummary;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the HTML template shows, as plain values: the template only loops and prints, and the template engine
 * escapes every value it prints.
 */
final class HtmlView {
    static final String OUTSIDE_HANDLERS = "Outside handlers";
    private static final int CONTEXT_LINES = 3;
    private static final DateTimeFormatter GENERATED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    record Page(String verdict, String verdictClass, String generatedAt, String toolVersion, String totals,
                int findingCount, List<SeverityCount> severities, List<RuleCount> rules, List<Group> groups,
                List<HandlerName> cleanHandlers, List<RuleDoc> ruleDocs, boolean hasBaseline, long baselinedCount,
                UsageNotes usageNotes, List<Start> whereToStart) {
        public boolean hasFindings() {
            return findingCount > 0;
        }

        public boolean hasWhereToStart() {
            return !whereToStart.isEmpty();
        }

        public long newCount() {
            return findingCount - baselinedCount;
        }

        public boolean hasCleanHandlers() {
            return !cleanHandlers.isEmpty();
        }
    }

    record SeverityCount(String id, String label, long count) {
    }

    record RuleCount(String id, String title, long count) {
    }

    /** One function of the "where to start" list, linking to its handler's group. */
    record Start(int rank, String function, String anchor, String traffic, String findings) {
    }

    /**
     * The findings of one handler, of one module ({@code module}) when several modules declare handlers (null
     * otherwise); {@code anchor} is unique in the page. Per-function sections that are not findings (deployed memory
     * against recorded usage) belong here too, beside the findings, so that a function's whole story reads in one
     * place.
     */
    record Group(String module, String name, String anchor, int count, List<Item> findings,
                 List<HtmlFunctions.Panel> functions) {
        public boolean hasModule() {
            return module != null;
        }
    }

    /** A handler as the page names it: with its module when several modules declare handlers. */
    record HandlerName(String module, String name) {
        public boolean hasModule() {
            return module != null;
        }
    }

    /** What a group gathers: a handler (of one module, when modules are told apart), or one of the page's own. */
    private record Key(String module, String name) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::name)
                .thenComparing(Key::module, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** What the report says about recorded usage outside the functions: what was read, what matched nothing. */
    record UsageNotes(boolean read, String summary, List<String> notes, List<String> problems,
                      List<SizingSummary.UnmatchedUsage> unmatched) {
        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        public boolean hasUnmatched() {
            return !unmatched.isEmpty();
        }
    }

    /**
     * One finding; its rule's explanation is shown once for the page, in {@link Page#ruleDocs}, and linked. {@code fix}
     * is what {@code lambda-lint:fix} would change (null when nothing), {@code noFix} why it would not (null when it
     * would, or when no fix was planned).
     */
    record Item(String ruleId, String ruleTitle, String severity, String location, String message, List<Step> chain,
                List<SourceLine> snippet, boolean baselined, String traffic, FixView fix, String noFix) {
        public String baseline() {
            return baselined ? "baselined" : "new";
        }

        public boolean hasTraffic() {
            return traffic != null;
        }

        public boolean hasChain() {
            return !chain.isEmpty();
        }

        public boolean hasSnippet() {
            return !snippet.isEmpty();
        }
    }

    record Step(String method, String location) {
    }

    /** A fix as the page shows it: what it does, and its diff line by line ({@code kind}: hunk, add, del or same). */
    record FixView(String description, List<DiffLine> lines) {
    }

    record DiffLine(String kind, String text) {
    }

    record SourceLine(int number, String text, boolean flagged) {
    }

    /** {@code inTemplate}: the rule's findings sit at template settings, silenced by a comment there. */
    record RuleDoc(String id, String title, String summary, List<Paragraph> description, String bad, String good,
                   String suppression, boolean inTemplate) {
        public boolean hasBad() {
            return !bad.isEmpty();
        }

        public boolean hasGood() {
            return !good.isEmpty();
        }
    }

    record Paragraph(List<Span> spans) {
    }

    /** A run of prose or, when {@code code}, of inline code (Markdown backticks). */
    record Span(String text, boolean code) {
    }

    private HtmlView() {
    }

    static Page of(ReportInput input) {
        AnalysisResult result = input.result();
        SourceLines sources = new SourceLines(result.baseDir());
        Map<String, Optional<RuleDoc>> docs = new TreeMap<>();
        // two modules may declare the same handler (aggregate): then a group is a module's handler
        boolean byModule = new HashSet<>(result.handlerModules()).size() > 1;
        Map<Key, List<Item>> byHandler = new LinkedHashMap<>();
        for (int i = 0; i < result.handlers().size(); i++) {
            byHandler.putIfAbsent(new Key(byModule ? result.handlerModule(i) : null, result.handlers().get(i)),
                    new ArrayList<>());
        }
        List<Key> declared = List.copyOf(byHandler.keySet());
        TreeSet<Key> otherHandlers = new TreeSet<>(Key.ORDER);
        List<Item> outside = new ArrayList<>();
        for (Finding finding : result.findings()) {
            Item item = item(finding, sources, docs.computeIfAbsent(finding.ruleId(), HtmlView::ruleDoc),
                    input.isBaselined(finding), traffic(finding, result.sizing()),
                    result.fixes().of(finding).orElse(null));
            String handler = finding.handler();
            if (handler == null || handler.isBlank()) {
                outside.add(item);
            } else {
                Key key = new Key(byModule ? finding.module() : null, handler);
                if (!byHandler.containsKey(key)) {
                    otherHandlers.add(key);
                }
                byHandler.computeIfAbsent(key, h -> new ArrayList<>()).add(item);
            }
        }

        Set<String> ids = new HashSet<>();
        Map<Key, List<HtmlFunctions.Panel>> panels = new LinkedHashMap<>();
        Map<Key, FunctionFigures> busiest = new LinkedHashMap<>();
        for (FunctionFigures function : result.sizing().functions()) {
            for (Key group : groupsOf(function, byModule, declared)) {
                HtmlFunctions.Panel panel = HtmlFunctions.panel(function);
                panels.computeIfAbsent(group, g -> new ArrayList<>())
                        .add(panel.withAnchor(unique(panel.anchor(), ids)));
                if (function.hasUsage()) {
                    busiest.merge(group, function, (a, b) -> WhereToStart.BY_TRAFFIC.compare(a, b) <= 0 ? a : b);
                }
            }
        }
        Map<Key, String> anchors = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        List<HandlerName> clean = new ArrayList<>();
        for (Key handler : declared) {
            List<Item> items = byHandler.get(handler);
            List<HtmlFunctions.Panel> functions = panels.getOrDefault(handler, List.of());
            if (items.isEmpty() && functions.isEmpty()) {
                clean.add(new HandlerName(handler.module(), handler.name()));
            } else {
                groups.add(group(handler, items, functions, anchors, ids));
            }
        }
        otherHandlers.forEach(h -> groups.add(group(h, byHandler.get(h), panels.getOrDefault(h, List.of()), anchors,
                ids)));
        panels.forEach((group, functions) -> {
            if (!byHandler.containsKey(group)) {
                groups.add(group(group, List.of(), functions, anchors, ids));
            }
        });
        // the handler whose function runs most first; groups without usage keep their order, after them
        groups.sort(Comparator.comparing((Group g) -> busiest.get(new Key(g.module(), g.name())),
                Comparator.nullsLast(WhereToStart.BY_TRAFFIC)));
        if (!outside.isEmpty()) {
            groups.add(group(new Key(null, OUTSIDE_HANDLERS), outside, List.of(), anchors, ids));
        }
        List<Start> start = new ArrayList<>();
        for (WhereToStart.Entry e : WhereToStart.of(result)) {
            start.add(new Start(start.size() + 1, e.title(),
                    anchors.get(groupsOf(e.function(), byModule, declared).get(0)), e.traffic(),
                    plural(e.findings().size(), "finding") + " (" + e.counts() + ")"));
        }

        List<SeverityCount> severities = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            severities.add(new SeverityCount(severity.id(), label(severity), result.count(severity)));
        }
        List<RuleCount> rules = new ArrayList<>();
        result.countsByRule().forEach((id, count) -> rules.add(new RuleCount(id,
                docs.getOrDefault(id, Optional.empty()).map(RuleDoc::title).orElse(id), count)));

        String totals = plural(result.findings().size(), "finding") + " in "
                + plural(result.handlers().size(), "handler") + ", " + plural(result.filesAnalyzed(), "file")
                + " analyzed.";
        long baselined = result.findings().stream().filter(input::isBaselined).count();
        String verdict = input.verdict() == null ? "" : input.verdict();
        Instant generatedAt = input.generatedAt() == null ? Instant.now() : input.generatedAt();
        return new Page(verdict, verdictClass(result), GENERATED_AT.format(generatedAt), input.toolVersion(), totals,
                result.findings().size(), severities, rules, groups, clean,
                docs.values().stream().flatMap(Optional::stream).toList(), input.baselineInUse(), baselined,
                new UsageNotes(result.sizing().usageRead(), result.sizing().usageRead()
                        ? UsageSummary.of(result.sizing()).text() : "", result.sizing().notes(),
                        result.sizing().problems(), result.sizing().unmatched()), start);
    }

    /** A group of the page, its anchor unique among the page's ids. */
    private static Group group(Key key, List<Item> items, List<HtmlFunctions.Panel> functions, Map<Key, String> anchors,
                               Set<String> ids) {
        String anchor = unique(groupAnchor(key.module(), key.name()), ids);
        anchors.put(key, anchor);
        return new Group(key.module(), key.name(), anchor, items.size(), items, functions);
    }

    /**
     * The groups a function's section sits in: its handler's, or one of its own when no Java handler is known. With
     * modules told apart, the handler's groups in the modules whose code the function runs (all of those declaring
     * the handler when that is not known), or the handler's alone when none of them declares it.
     */
    private static List<Key> groupsOf(FunctionFigures function, boolean byModule, List<Key> declared) {
        if (function.handler() == null) {
            return List.of(new Key(null, "Function " + function.function()));
        }
        if (!byModule) {
            return List.of(new Key(null, function.handler()));
        }
        List<Key> runs = declared.stream()
                .filter(k -> k.name().equals(function.handler()) && function.runsCodeOf(k.module())).toList();
        return runs.isEmpty() ? List.of(new Key(null, function.handler())) : runs;
    }

    static String groupAnchor(String module, String group) {
        String name = module == null ? group : module + "-" + group;
        return "group-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** {@code anchor}, or when the page has it already the first of {@code anchor-2}, {@code anchor-3}... free. */
    private static String unique(String anchor, Set<String> ids) {
        String candidate = anchor;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = anchor + "-" + n;
        }
        return candidate;
    }

    /** "Runs in OrderFunction: 4,820 invocations and $0.52 a month." for a finding in a function with usage. */
    private static String traffic(Finding finding, SizingSummary sizing) {
        List<String> parts = WhereToStart.functionsOf(finding, sizing).stream()
                .map(f -> f.function() + ": " + WhereToStart.traffic(f.usage())).toList();
        return parts.isEmpty() ? null : "Runs in " + String.join("; ", parts) + ".";
    }

    private static Item item(Finding finding, SourceLines sources, Optional<RuleDoc> doc, boolean baselined,
                             String traffic, FindingFix fix) {
        List<Step> chain = finding.callChain().stream()
                .map(step -> new Step(step.method(), stepLocation(step)))
                .toList();
        String location = finding.path() + ":" + finding.line() + ":" + finding.column();
        return new Item(finding.ruleId(), doc.map(RuleDoc::title).orElse(finding.ruleId()),
                finding.severity().id(), location, finding.message(), chain, snippet(sources, finding), baselined,
                traffic, fix != null && fix.fixable() ? fixView(fix) : null, fix == null || fix.fixable() ? null : fix.reason());
    }

    /** The fix's diff without its file header (the finding names the file): hunk headers and lines. */
    static FixView fixView(FindingFix fix) {
        List<DiffLine> lines = new ArrayList<>();
        boolean inHunk = false;
        for (String line : fix.diff().split("\r?\n|\r", -1)) {
            if (line.startsWith("@@")) {
                inHunk = true;
                lines.add(new DiffLine("hunk", line));
            } else if (inHunk && !line.isEmpty()) {
                String kind = switch (line.charAt(0)) {
                    case '+' -> "add";
                    case '-' -> "del";
                    case '\\' -> "note";
                    default -> "same";
                };
                lines.add(new DiffLine(kind, line));
            }
        }
        return new FixView(fix.description(), lines);
    }

    private static String stepLocation(CallStep step) {
        if (step.path() == null || step.path().isEmpty()) {
            return "";
        }
        return step.line() >= 1 ? step.path() + ":" + step.line() : step.path();
    }

    private static List<SourceLine> snippet(SourceLines sources, Finding finding) {
        List<String> lines = sources.file(finding.path()).orElse(List.of());
        int line = finding.line();
        if (line < 1 || line > lines.size()) {
            return List.of();
        }
        List<SourceLine> snippet = new ArrayList<>();
        for (int n = Math.max(1, line - CONTEXT_LINES); n <= Math.min(lines.size(), line + CONTEXT_LINES); n++) {
            snippet.add(new SourceLine(n, lines.get(n - 1), n == line));
        }
        return snippet;
    }

    private static Optional<RuleDoc> ruleDoc(String ruleId) {
        return Rules.info(ruleId).map(info -> new RuleDoc(info.id(), info.title(), info.summary(),
                paragraphs(info.description()), info.badExample(), info.goodExample(), info.suppression(),
                info.aboutTemplates()));
    }

    /** Markdown prose as paragraphs of text and inline code; everything else stays literal text. */
    static List<Paragraph> paragraphs(String markdown) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String text : Prose.paragraphs(markdown)) {
            List<Span> spans = new ArrayList<>();
            String[] parts = text.split("`", -1);
            for (int i = 0; i < parts.length; i++) {
                boolean code = i % 2 == 1;
                // an unmatched last backtick is prose, and keeps its backtick
                boolean unmatched = code && i == parts.length - 1;
                String part = unmatched ? "`" + parts[i] : parts[i];
                if (!part.isEmpty()) {
                    spans.add(new Span(part, code && !unmatched));
                }
            }
            paragraphs.add(new Paragraph(spans));
        }
        return paragraphs;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Info";
        };
    }

    private static String verdictClass(AnalysisResult result) {
        for (Severity severity : Severity.values()) {
            if (result.count(severity) > 0) {
                return severity.id();
            }
        }
        return "clean";
    }
}

package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.report.HtmlView.Group;
import dev.lambdalint.report.HtmlView.HandlerName;
import dev.lambdalint.report.HtmlView.Page;
import dev.lambdalint.report.HtmlView.Paragraph;
import dev.lambdalint.report.HtmlView.Span;
import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.SizingSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlViewTest {
    private static final String APP = "helloworld.App::handleRequest";
    private static final String QUIET = "helloworld.Quiet::handleRequest";

    @TempDir
    Path baseDir;

    /** The sam-init shape under aggregate: two modules, each with its own helloworld.App and its own function. */
    @Test
    void twoModulesDeclaringOneHandlerGetAGroupEach() {
        Finding hello = finding("HelloWorldFunction/src/main/java/helloworld/Storage.java", APP, "HelloWorldFunction");
        Finding orders = new Finding("memory-overprovisioned", Severity.WARNING, "template.yaml", 25, 7,
                "OrdersFunction uses little of its memory.", APP, List.of()).inModule("OrdersFunction");
        SizingSummary sizing = new SizingSummary(false, List.of(
                function("HelloWorldFunction", 11, "HelloWorldFunction"),
                function("OrdersFunction", 19, "OrdersFunction")), List.of(), List.of(), List.of());
        AnalysisResult result = new AnalysisResult(baseDir, List.of(hello, orders), List.of(APP, APP, QUIET, QUIET),
                7, 10, 0, false, sizing, List.of(), null,
                List.of("HelloWorldFunction", "OrdersFunction", "HelloWorldFunction", "OrdersFunction"));

        Page page = page(result);
        assertEquals(List.of("HelloWorldFunction " + APP + " [HelloWorldFunction] 1",
                        "OrdersFunction " + APP + " [OrdersFunction] 1"),
                page.groups().stream().map(g -> g.module() + " " + g.name() + " "
                        + g.functions().stream().map(HtmlFunctions.Panel::name).toList() + " " + g.count()).toList(),
                "each module's handler with its own finding and its own function only");
        assertEquals(List.of("group-HelloWorldFunction-helloworld-App--handleRequest",
                        "group-OrdersFunction-helloworld-App--handleRequest"),
                page.groups().stream().map(Group::anchor).toList());
        assertEquals(List.of(new HandlerName("HelloWorldFunction", QUIET), new HandlerName("OrdersFunction", QUIET)),
                page.cleanHandlers(), "a clean handler named with its module, once per module");
        assertUniqueIds(page);
    }

    /** A function that runs both modules' code (modules not told apart) shows in both groups, under distinct ids. */
    @Test
    void aFunctionOfBothModulesShowsInBothGroupsUnderDistinctIds() {
        Finding hello = finding("a/src/main/java/helloworld/Storage.java", APP, "a");
        Finding other = finding("b/src/main/java/helloworld/Storage.java", APP, "b");
        SizingSummary sizing = new SizingSummary(false, List.of(function("SharedFunction", 3)), List.of(), List.of(),
                List.of());
        AnalysisResult result = new AnalysisResult(baseDir, List.of(hello, other), List.of(APP, APP), 2, 10, 0, false,
                sizing, List.of(), null, List.of("a", "b"));

        Page page = page(result);
        assertEquals(List.of("a [SharedFunction]", "b [SharedFunction]"), page.groups().stream()
                .map(g -> g.module() + " " + g.functions().stream().map(HtmlFunctions.Panel::name).toList()).toList());
        assertUniqueIds(page);
    }

    /** One module (check): the groups look as they always did, by handler alone, with no module named. */
    @Test
    void oneModuleGroupsByHandlerAlone() {
        Finding finding = finding("src/main/java/helloworld/Storage.java", APP, "hello");
        SizingSummary sizing = new SizingSummary(false, List.of(function("HelloWorldFunction", 11, "hello")),
                List.of(), List.of(), List.of());
        AnalysisResult result = new AnalysisResult(baseDir, List.of(finding), List.of(APP, QUIET), 2, 10, 0, false,
                sizing, List.of(), null, List.of("hello", "hello"));

        Page page = page(result);
        Group group = page.groups().get(0);
        assertEquals(1, page.groups().size());
        assertNull(group.module());
        assertEquals("group-helloworld-App--handleRequest", group.anchor());
        assertEquals(List.of("HelloWorldFunction"), group.functions().stream().map(HtmlFunctions.Panel::name).toList());
        assertEquals(List.of(new HandlerName(null, QUIET)), page.cleanHandlers());
    }

    private static Page page(AnalysisResult result) {
        return HtmlView.of(ReportInput.of(result, "1.2.3", "passes", Instant.parse("2024-05-01T12:30:00Z")));
    }

    private static Finding finding(String path, String handler, String module) {
        return new Finding("client-per-invocation", Severity.ERROR, path, 7, 9, "DynamoDbClient per invocation.",
                handler, List.of()).inModule(module);
    }

    private static FunctionFigures function(String name, int line, String... modules) {
        return new FunctionFigures(name, APP, "template.yaml", line, null, List.of(), "x86_64", 512, "template", 20,
                null, List.of(modules));
    }

    private static void assertUniqueIds(Page page) {
        List<String> ids = page.groups().stream().flatMap(g -> Stream.concat(Stream.of(g.anchor()),
                g.functions().stream().map(HtmlFunctions.Panel::anchor))).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique: " + ids);
    }

    @Test
    void proseBecomesParagraphsWithInlineCode() {
        List<Paragraph> paragraphs = HtmlView.paragraphs("Build it in a\nstatic `final` field.\n\n  Or `lazily`.\n");
        assertEquals(List.of(
                new Paragraph(List.of(new Span("Build it in a static ", false), new Span("final", true),
                        new Span(" field.", false))),
                new Paragraph(List.of(new Span("Or ", false), new Span("lazily", true), new Span(".", false)))),
                paragraphs);
    }

    @Test
    void unmatchedBacktickStaysProse() {
        assertEquals(List.of(new Paragraph(List.of(new Span("a ", false), new Span("`b", false)))),
                HtmlView.paragraphs("a `b"));
    }
}

package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lambdalint.report.HtmlView.Paragraph;
import dev.lambdalint.report.HtmlView.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlViewTest {

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

package dev.lambdalint.report;

import java.util.ArrayList;
import java.util.List;

/** Rule documentation prose, hard-wrapped in its Markdown source, as paragraphs of single lines. */
final class Prose {
    private Prose() {
    }

    static List<String> paragraphs(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : markdown.strip().split("\\R\\s*\\R")) {
            String text = block.strip().replaceAll("\\s*\\R\\s*", " ");
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }
}

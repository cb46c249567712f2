package dev.lambdalint.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The README's rule reference, generated: one table row per registered rule, then per rule its documentation
 * ({@code docs/<id>.md}, the one copy, with its headings moved under the rule's section) and the options it
 * declares. {@link ReadmeRulesTest} fails when the README holds anything else between the markers.
 */
final class ReadmeRules {
    static final String DOCS = "rules/src/main/resources/dev/lambdalint/docs/";
    static final String BEGIN = "<!-- rules:begin: generated from " + DOCS + "<id>.md and each rule's declared "
            + "options; edit those, then run mvn -pl rules test -Dtest=ReadmeRulesTest -Dlambda-lint.readme=write -->";
    static final String END = "<!-- rules:end -->";

    private ReadmeRules() {
    }

    static String render(List<Rule> rules) {
        List<String> out = new ArrayList<>();
        out.add(BEGIN);
        out.add("");
        out.add("| id | default severity | what it catches |");
        out.add("|---|---|---|");
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            out.add("| [`" + info.id() + "`](#" + info.id() + ") | " + info.severity().id() + " | "
                    + info.summary().replace("|", "\\|") + " |");
        }
        for (Rule rule : rules) {
            out.add("");
            out.addAll(section(rule));
        }
        out.add("");
        out.add(END);
        return String.join("\n", out);
    }

    private static List<String> section(Rule rule) {
        RuleInfo info = rule.info();
        List<String> out = new ArrayList<>();
        out.add("### " + info.id());
        out.add("");
        out.add("**" + info.title() + "** · default severity `" + info.severity().id() + "`"
                + (info.tags().isEmpty() ? "" : " · " + String.join(", ", info.tags()))
                + " · [source](" + DOCS + info.id() + ".md)");
        out.add("");
        out.addAll(body(info.markdown()));
        out.add("");
        out.add("#### Options");
        out.add("");
        if (rule.options().isEmpty()) {
            out.add("None.");
        } else {
            out.add("| option | type | default | meaning |");
            out.add("|---|---|---|---|");
            for (RuleOption<?> option : rule.options()) {
                out.add("| `" + option.name() + "` | " + option.type() + " (" + option.expected() + ") | `"
                        + option.defaultText() + "` | " + option.description().replace("|", "\\|") + " |");
            }
        }
        return out;
    }

    /** The doc without its title, its "## " headings made "#### " (outside code blocks), trailing blanks dropped. */
    private static List<String> body(String markdown) {
        List<String> lines = new ArrayList<>(markdown.lines().toList());
        if (!lines.isEmpty() && lines.get(0).startsWith("# ")) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        boolean code = false;
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("```")) {
                code = !code;
            }
            out.add(!code && line.startsWith("## ") ? "##" + line : line);
        }
        return out;
    }
}

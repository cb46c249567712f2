package dev.lambdalint.check;

import dev.lambdalint.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's metadata and documentation, as reporters need it. The documentation is the Markdown file
 * {@code /dev/lambdalint/docs/<id>.md}; its "## Bad" and "## Good" sections hold one java code block each.
 */
public record RuleInfo(String id, Severity severity, String summary, List<String> tags, String markdown) {

    private static final Pattern TITLE = Pattern.compile("(?m)^# (.+)$");

    private static final Map<Class<?>, RuleInfo> CACHE = new ConcurrentHashMap<>();

    public static RuleInfo of(Class<? extends Rule> ruleClass) {
        return CACHE.computeIfAbsent(ruleClass, RuleInfo::load);
    }

    private static RuleInfo load(Class<?> ruleClass) {
        RuleMeta meta = ruleClass.getAnnotation(RuleMeta.class);
        if (meta == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleMeta");
        }
        return new RuleInfo(meta.id(), meta.severity(), meta.summary(), List.of(meta.tags()), loadDoc(meta.id()));
    }

    /** The first-level heading of the doc. */
    public String title() {
        Matcher m = TITLE.matcher(markdown);
        return m.find() ? m.group(1).trim() : id;
    }

    /** The documentation's prose before the first "## " section. */
    public String description() {
        String body = markdown.replaceFirst("(?m)^# .+\\R", "");
        int section = body.indexOf("\n## ");
        return (section < 0 ? body : body.substring(0, section)).trim();
    }

    public String badExample() {
        return codeBlockUnder("Bad");
    }

    public String goodExample() {
        return codeBlockUnder("Good");
    }

    /** How to silence one finding in code; for a rule about template settings, the comment on the template line. */
    public String suppression() {
        return aboutTemplates() ? "# lambda-lint:ignore " + id + " <reason>"
                : "@SuppressWarnings(\"lambda-lint:" + id + "\")";
    }

    /** Whether the rule's findings sit at template settings (tagged "deployment") rather than in code. */
    public boolean aboutTemplates() {
        return tags.contains("deployment");
    }

    private String codeBlockUnder(String heading) {
        Matcher m = Pattern.compile("(?ms)^## " + heading + "\\s*$.*?^```[a-z]*\\R(.*?)^```").matcher(markdown);
        return m.find() ? m.group(1) : "";
    }

    private static String loadDoc(String id) {
        String resource = "/dev/lambdalint/docs/" + id + ".md";
        try (InputStream in = RuleInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule documentation " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

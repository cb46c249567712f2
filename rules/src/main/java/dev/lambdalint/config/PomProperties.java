package dev.lambdalint.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The {@code ${...}} expressions a POM's own text can answer: {@code project.basedir} (and the old {@code basedir}),
 * {@code project.groupId}, {@code project.artifactId}, {@code project.version}, {@code project.build.directory}
 * and the POM's {@code <properties>}, which may refer to each other. Anything else (a parent's property,
 * {@code env.*}, {@code settings.*}, a system property) is left unresolved, and the caller says so.
 */
final class PomProperties {
    private static final int MAX_DEPTH = 16;

    private final Map<String, String> values = new HashMap<>();

    /** A text with every expression replaced, or the first expression that could not be. */
    record Resolved(String value, String unresolved) {
        boolean ok() {
            return unresolved == null;
        }
    }

    PomProperties(Element project, Path dir) {
        for (Element property : PomXml.children(PomXml.child(project, "properties").orElse(null), null)) {
            values.put(PomXml.localName(property), property.getTextContent().trim());
        }
        Optional<Element> parent = PomXml.child(project, "parent");
        String base = dir.toAbsolutePath().normalize().toString();
        values.put("project.basedir", base);
        values.put("basedir", base);
        put("project.artifactId", PomXml.text(project, "artifactId"));
        put("project.groupId", PomXml.text(project, "groupId").or(() -> parent.flatMap(p -> PomXml.text(p, "groupId"))));
        put("project.version", PomXml.text(project, "version").or(() -> parent.flatMap(p -> PomXml.text(p, "version"))));
        Optional<Element> build = PomXml.child(project, "build");
        values.put("project.build.directory", build.flatMap(b -> PomXml.text(b, "directory"))
                .orElse("${project.basedir}/target"));
    }

    private void put(String name, Optional<String> value) {
        value.ifPresent(v -> values.put(name, v));
    }

    /** A property's value, resolved; empty when the POM does not define it or it cannot be resolved. */
    Optional<String> get(String name) {
        String raw = values.get(name);
        if (raw == null) {
            return Optional.empty();
        }
        Resolved resolved = resolve(raw);
        return resolved.ok() ? Optional.of(resolved.value()) : Optional.empty();
    }

    Resolved resolve(String text) {
        return resolve(text, 0);
    }

    private Resolved resolve(String text, int depth) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int start = text.indexOf("${", from);
            int end = start < 0 ? -1 : text.indexOf('}', start + 2);
            if (start < 0 || end < 0) {
                out.append(text, from, text.length());
                return new Resolved(out.toString(), null);
            }
            out.append(text, from, start);
            String name = text.substring(start + 2, end).trim();
            String raw = values.get(name);
            if (raw == null || depth >= MAX_DEPTH) {
                return new Resolved(null, "${" + name + "}");
            }
            Resolved inner = resolve(raw, depth + 1);
            if (!inner.ok()) {
                return inner;
            }
            out.append(inner.value());
            from = end + 1;
        }
    }
}

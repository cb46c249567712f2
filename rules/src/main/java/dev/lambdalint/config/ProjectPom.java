package dev.lambdalint.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * What a front end without Maven (the command line) reads from a module's own {@code pom.xml}, where the plugin
 * learns it from Maven: the artifactId (the SARIF automation id names it), the declared dependencies of the main code
 * (by which the engine recognises frameworks), the source and build directories, and the lambda-lint plugin's
 * {@link PluginConfiguration}. Only this file is read: no parent, no profile, no settings; what that leaves out is in
 * {@link #notes()}. Without a POM (a Gradle build) the directory's name stands for the artifactId.
 *
 * @param artifactId      the artifactId, or the directory's name
 * @param groupId         the groupId (the parent's when the POM inherits it), or empty
 * @param libraries       {@code groupId:artifactId} of the dependencies in compile, provided or system scope, sorted
 * @param sourceDirectory {@code <build><sourceDirectory>}, resolved, when set
 * @param buildDirectory  {@code ${project.build.directory}}, resolved ({@code <build><directory>}, else target)
 * @param sourceEncoding  {@code ${project.build.sourceEncoding}}, the plugin's default encoding, when set
 * @param configuration   the plugin's parameters the POM sets
 * @param notes           what of the POM's lambda-lint configuration is not taken, and why, one line each
 * @param problem         why a pom.xml that is there could not be read; empty when it was read or is absent
 */
public record ProjectPom(String artifactId, String groupId, List<String> libraries, Optional<String> sourceDirectory,
                         String buildDirectory, Optional<String> sourceEncoding, PluginConfiguration configuration,
                         List<String> notes, Optional<String> problem) {
    public static final String FILE_NAME = "pom.xml";
    private static final Set<String> MAIN_SCOPES = Set.of("compile", "provided", "system");

    public ProjectPom {
        libraries = List.copyOf(libraries);
        notes = List.copyOf(notes);
    }

    /** The module name the engine gets, as the plugin names it: {@code groupId:artifactId}. */
    public String coordinates() {
        return groupId.isEmpty() ? artifactId : groupId + ":" + artifactId;
    }

    /**
     * Reads {@code projectDir/pom.xml}. Never throws: a POM that cannot be read gives the defaults and a
     * {@link #problem()} naming the file.
     *
     * @param goal  the goal whose executions' configuration applies
     * @param named how notes name a parameter's own option in the front end
     */
    public static ProjectPom read(Path projectDir, String goal, UnaryOperator<String> named) {
        Path file = projectDir.resolve(FILE_NAME);
        String dirName = projectDir.getFileName() == null ? "project" : projectDir.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return defaults(dirName, Optional.empty());
        }
        try {
            return read(file, projectDir, dirName, goal, named);
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            return defaults(dirName, Optional.of("could not read " + file + " (" + e.getMessage() + "); going on "
                    + "without it: default settings, the directory's name " + dirName + " as the artifactId, no "
                    + "declared libraries"));
        }
    }

    private static ProjectPom defaults(String dirName, Optional<String> problem) {
        return new ProjectPom(dirName, "", List.of(), Optional.empty(), "target", Optional.empty(),
                PluginConfiguration.NONE, List.of(),
                problem);
    }

    private static ProjectPom read(Path file, Path dir, String dirName, String goal, UnaryOperator<String> named)
            throws IOException, SAXException, ParserConfigurationException {
        Element project = PomXml.parse(file);
        if (!"project".equals(PomXml.localName(project))) {
            throw new SAXException("its root element is <" + PomXml.localName(project) + ">, not <project>");
        }
        PomProperties properties = new PomProperties(project, dir);
        String artifactId = PomXml.text(project, "artifactId").orElse(dirName);
        String groupId = properties.get("project.groupId").orElse("");
        Set<String> libraries = new TreeSet<>();
        for (Element dependency : PomXml.path(project, "dependencies", "dependency")) {
            String scope = PomXml.text(dependency, "scope").orElse("compile");
            Optional<String> group = PomXml.text(dependency, "groupId").map(properties::resolve)
                    .map(PomProperties.Resolved::value);
            Optional<String> artifact = PomXml.text(dependency, "artifactId");
            if (MAIN_SCOPES.contains(scope) && !"test-jar".equals(PomXml.text(dependency, "type").orElse("jar"))
                    && group.isPresent() && artifact.isPresent()) {
                libraries.add(group.get() + ":" + artifact.get());
            }
        }
        Optional<String> sourceDirectory = PomXml.path(project, "build", "sourceDirectory").stream().findFirst()
                .map(e -> properties.resolve(e.getTextContent().trim()))
                .filter(PomProperties.Resolved::ok).map(PomProperties.Resolved::value).filter(s -> !s.isEmpty());
        String buildDirectory = properties.get("project.build.directory").orElse("target");
        PluginConfiguration configuration = PluginConfiguration.read(project, properties, goal, FILE_NAME, named);
        List<String> notes = new ArrayList<>(configuration.notes());
        parentNote(project, dir).ifPresent(notes::add);
        return new ProjectPom(artifactId, groupId, List.copyOf(libraries), sourceDirectory, buildDirectory,
                properties.get("project.build.sourceEncoding"), configuration, notes, Optional.empty());
    }

    /** A parent POM on disk that mentions lambda-lint: what it configures is inherited by Maven, not read here. */
    private static Optional<String> parentNote(Element project, Path dir) {
        Optional<Element> parent = PomXml.child(project, "parent");
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        String relative = PomXml.text(parent.get(), "relativePath").orElse("../pom.xml");
        Path parentFile = dir.resolve(relative).normalize();
        if (Files.isDirectory(parentFile)) {
            parentFile = parentFile.resolve(FILE_NAME);
        }
        try {
            if (Files.isRegularFile(parentFile) && Files.readString(parentFile).contains(PluginConfiguration.PLUGIN)) {
                return Optional.of(FILE_NAME + ": its parent " + dir.relativize(parentFile) + " configures "
                        + PluginConfiguration.PLUGIN + "; the command line reads only this module's " + FILE_NAME
                        + ", so what the module inherits from it is not taken");
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

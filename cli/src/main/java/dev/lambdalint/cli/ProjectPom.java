package dev.lambdalint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What the plugin learns from Maven and the command line reads from the project's {@code pom.xml} when there is one:
 * the artifactId (the SARIF automation id names it) and the declared dependencies of the main code (by which the
 * engine recognises frameworks). Without a POM (a Gradle build) the directory's name stands for the artifactId.
 * Only the POM's own text is read: nothing is resolved, no parent, no property.
 *
 * @param artifactId the artifactId, or the directory's name
 * @param groupId    the groupId (the parent's when the POM inherits it), or empty
 * @param libraries  {@code groupId:artifactId} of the dependencies in compile, provided or system scope, sorted
 * @param configured the parameters the POM gives the lambda-lint plugin (its {@code <configuration>} and its
 *                   executions'), which the command line does not read: it says so, naming the options to use
 * @param problem    why a pom.xml that is there could not be read; empty when it was read or is absent
 */
record ProjectPom(String artifactId, String groupId, List<String> libraries, List<String> configured,
                  Optional<String> problem) {
    static final String FILE_NAME = "pom.xml";
    static final String PLUGIN = "lambda-lint-maven-plugin";
    private static final Set<String> MAIN_SCOPES = Set.of("compile", "provided", "system");

    /** The module name the engine gets, as the plugin names it: {@code groupId:artifactId}. */
    String coordinates() {
        return groupId.isEmpty() ? artifactId : groupId + ":" + artifactId;
    }

    static ProjectPom of(Path projectDir) {
        Path file = projectDir.resolve(FILE_NAME);
        String dirName = projectDir.getFileName() == null ? "project" : projectDir.getFileName().toString();
        ProjectPom none = new ProjectPom(dirName, "", List.of(), List.of(), Optional.empty());
        if (!Files.isRegularFile(file)) {
            return none;
        }
        try {
            return read(file, dirName);
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            return new ProjectPom(dirName, "", List.of(), List.of(), Optional.of("could not read " + file + " (" + e.getMessage()
                    + "); using the directory's name " + dirName + " for the SARIF automation id and no declared "
                    + "libraries"));
        }
    }

    private static ProjectPom read(Path file, String dirName)
            throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        Element project = document.getDocumentElement();
        String artifactId = text(project, "artifactId").orElse(dirName);
        String groupId = text(project, "groupId")
                .or(() -> child(project, "parent").flatMap(parent -> text(parent, "groupId"))).orElse("");
        Set<String> libraries = new TreeSet<>();
        for (Element dependency : children(child(project, "dependencies").orElse(null), "dependency")) {
            String scope = text(dependency, "scope").orElse("compile");
            Optional<String> group = text(dependency, "groupId").map(g -> g.replace("${project.groupId}", groupId));
            Optional<String> artifact = text(dependency, "artifactId");
            if (MAIN_SCOPES.contains(scope) && !"test-jar".equals(text(dependency, "type").orElse("jar"))
                    && group.isPresent() && artifact.isPresent()) {
                libraries.add(group.get() + ":" + artifact.get());
            }
        }
        return new ProjectPom(artifactId, groupId, List.copyOf(libraries), pluginParameters(project),
                Optional.empty());
    }

    /** The parameter names the POM's build gives the lambda-lint plugin, in the POM's order, once each. */
    private static List<String> pluginParameters(Element project) {
        Set<String> names = new java.util.LinkedHashSet<>();
        Optional<Element> plugins = child(project, "build").flatMap(build -> child(build, "plugins"));
        for (Element plugin : children(plugins.orElse(null), "plugin")) {
            if (!text(plugin, "artifactId").orElse("").equals(PLUGIN)) {
                continue;
            }
            List<Element> configurations = new ArrayList<>(children(plugin, "configuration"));
            for (Element execution : children(child(plugin, "executions").orElse(null), "execution")) {
                configurations.addAll(children(execution, "configuration"));
            }
            for (Element configuration : configurations) {
                for (Node node = configuration.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node instanceof Element parameter) {
                        names.add(localName(parameter));
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim()).filter(t -> !t.isEmpty());
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(localName(element))) {
                found.add(element);
            }
        }
        return found;
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }
}

package dev.lambdalint.config;

import dev.lambdalint.deploy.TemplateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The folder a module's template search goes up to, and that SARIF names files from: one rule for the goals and the
 * command line, so that both find the same templates, give the module the same functions and name files alike.
 *
 * <p>The configured {@code repositoryRoot}, else the nearest folder holding {@code .git}, else the top of the build
 * when it lies above the module, else the module. The top of the build is the highest of: the folders of the module's
 * parent POMs found on disk (each {@code <parent>} at its {@code <relativePath>}, {@code ../pom.xml} by default,
 * whose groupId and artifactId are those the child names, as Maven takes a parent from disk), the nearest folder with
 * a {@code .mvn} folder (Maven's multi-module project directory), and whatever other folders of the build the front
 * end knows (the goals: the reactor's top-level project).
 */
public final class RepositoryRoot {
    private RepositoryRoot() {
    }

    /**
     * @param moduleDir   the module's folder
     * @param configured  the {@code repositoryRoot} parameter (relative to the module, or absolute); null when unset
     * @param buildFolders other folders the front end knows to be the build's; empty when it knows none
     */
    public static Path of(Path moduleDir, Path configured, List<Path> buildFolders) {
        Path module = moduleDir.toAbsolutePath().normalize();
        if (configured != null) {
            return module.resolve(configured).normalize();
        }
        return TemplateFiles.repositoryRoot(module, buildTop(module, buildFolders));
    }

    /** The highest folder of the build at or above the module (see the class comment). */
    static Path buildTop(Path module, List<Path> buildFolders) {
        List<Path> candidates = new ArrayList<>(buildFolders);
        candidates.addAll(parentFolders(module));
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn"))) {
                candidates.add(dir);
                break;
            }
        }
        Path top = module;
        for (Path candidate : candidates) {
            Path dir = candidate == null ? null : candidate.toAbsolutePath().normalize();
            if (dir != null && module.startsWith(dir) && dir.getNameCount() < top.getNameCount()) {
                top = dir;
            }
        }
        return top;
    }

    /** The folders of the module's parent POMs on disk, nearest first; a POM that cannot be read ends the chain. */
    static List<Path> parentFolders(Path module) {
        List<Path> folders = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Path pom = module.resolve(ProjectPom.FILE_NAME);
        while (seen.add(pom)) {
            Optional<Path> parent = parentPom(pom);
            if (parent.isEmpty()) {
                break;
            }
            pom = parent.get();
            folders.add(pom.getParent());
        }
        return folders;
    }

    private static Optional<Path> parentPom(Path pom) {
        try {
            if (!Files.isRegularFile(pom)) {
                return Optional.empty();
            }
            Optional<Element> parent = PomXml.child(PomXml.parse(pom), "parent");
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            // <relativePath/> says: not on disk, from the repository
            String relative = PomXml.child(parent.get(), "relativePath").map(e -> e.getTextContent().trim())
                    .orElse("../pom.xml");
            if (relative.isEmpty()) {
                return Optional.empty();
            }
            Path file = pom.getParent().resolve(relative).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve(ProjectPom.FILE_NAME);
            }
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Element candidate = PomXml.parse(file);
            Optional<String> artifactId = PomXml.text(candidate, "artifactId");
            Optional<String> groupId = PomXml.text(candidate, "groupId")
                    .or(() -> PomXml.child(candidate, "parent").flatMap(p -> PomXml.text(p, "groupId")));
            boolean named = artifactId.isPresent() && artifactId.equals(PomXml.text(parent.get(), "artifactId"))
                    && groupId.isPresent() && groupId.equals(PomXml.text(parent.get(), "groupId"));
            return named ? Optional.of(file) : Optional.empty();
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            // an unreadable POM is no parent this rule can follow; the analysis itself reports what it cannot read
            return Optional.empty();
        }
    }
}

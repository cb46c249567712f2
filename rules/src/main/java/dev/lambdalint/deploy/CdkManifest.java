package dev.lambdalint.deploy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.source.ParseProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a CDK cloud assembly ({@code cdk.out/manifest.json}): each artifact of type
 * {@code aws:cloudformation:stack} is a stack whose template is {@code properties.templateFile}, and each
 * {@code cdk:cloud-assembly} (a CDK Stage) is a nested assembly in {@code properties.directoryName}.
 */
final class CdkManifest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NESTING = 8;

    private final Function<Path, String> relative;
    private final List<ParseProblem> problems;
    private final List<Path> manifests = new java.util.ArrayList<>();
    private final java.util.Set<Path> read = new java.util.HashSet<>();

    CdkManifest(Function<Path, String> relative, List<ParseProblem> problems) {
        this.relative = relative;
        this.problems = problems;
    }

    /** Each stack's template file with the stack's name, in the manifest's order. */
    Map<Path, String> stacks(Path manifest) {
        Map<Path, String> stacks = new LinkedHashMap<>();
        read(manifest, stacks, 0);
        return stacks;
    }

    /** Every manifest read, nested assemblies' too. */
    List<Path> manifests() {
        return manifests;
    }

    private void read(Path manifest, Map<Path, String> stacks, int depth) {
        if (!read.add(manifest.toAbsolutePath().normalize())) {
            return; // an assembly that names itself, or one named twice: read once
        }
        manifests.add(manifest);
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(manifest));
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            problems.add(new ParseProblem(relative.apply(manifest), line, column,
                    "the CDK manifest does not parse, so its stacks were not analyzed: " + message));
            return;
        } catch (IOException e) {
            problems.add(new ParseProblem(relative.apply(manifest), 1, 1,
                    "cannot read the CDK manifest, so its stacks were not analyzed: " + e.getClass().getSimpleName()));
            return;
        }
        Path dir = manifest.toAbsolutePath().getParent();
        root.path("artifacts").properties().forEach(artifact -> {
            JsonNode properties = artifact.getValue().path("properties");
            String type = artifact.getValue().path("type").asText("");
            if (type.equals("aws:cloudformation:stack") && properties.hasNonNull("templateFile")) {
                Path template = resolve(dir, properties.get("templateFile").asText());
                if (template == null) {
                    problems.add(new ParseProblem(relative.apply(manifest), 1, 1, "the template file of stack "
                            + artifact.getKey() + " is no valid path, so the stack was not analyzed"));
                } else if (Files.isRegularFile(template)) {
                    stacks.put(template, properties.path("stackName").asText(artifact.getKey()));
                } else {
                    problems.add(new ParseProblem(relative.apply(manifest), 1, 1, "the template of stack "
                            + artifact.getKey() + " (" + relative.apply(template) + ") does not exist; run cdk synth"));
                }
            } else if (type.equals("cdk:cloud-assembly") && properties.hasNonNull("directoryName")
                    && depth < MAX_NESTING) {
                Path nested = resolve(dir, properties.get("directoryName").asText());
                Path nestedManifest = nested == null ? null : nested.resolve(TemplateFiles.CDK_MANIFEST);
                if (nestedManifest != null && Files.isRegularFile(nestedManifest)) {
                    read(nestedManifest, stacks, depth + 1);
                }
            }
        });
    }

    /** A path the manifest names, relative to its directory; null when it is no valid path (a NUL in it, say). */
    private static Path resolve(Path dir, String name) {
        try {
            return dir.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}

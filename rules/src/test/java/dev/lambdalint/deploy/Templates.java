package dev.lambdalint.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lambdalint.source.ParseProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes templates into a directory and reads them as the engine does. */
final class Templates {
    private Templates() {
    }

    static void write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deployment found from {@code dir} (searched, or the named files), listing problems included. */
    static Deployment read(Path dir, Path... named) {
        List<ParseProblem> problems = new ArrayList<>();
        TemplateFiles.Found found = TemplateFiles.find(dir, List.of(named), problems);
        Deployment deployment = DeploymentReader.read(found.templates());
        problems.addAll(deployment.problems());
        List<String> notes = new ArrayList<>(found.notes());
        notes.addAll(deployment.notes());
        return new Deployment(deployment.functions(), deployment.resources(), problems, deployment.otherModules(),
                notes);
    }

    static LambdaFunction function(Deployment deployment, String name) {
        return deployment.functions().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no function " + name + " in " + deployment.functions()));
    }

    static Value env(LambdaFunction function, String variable) {
        Setting setting = function.environment().get(variable);
        if (setting == null) {
            fail("no variable " + variable + " in " + function.environment());
        }
        return setting.value();
    }

    static void assertLiteral(String expected, Value value) {
        assertEquals(new Value.Literal(expected), value);
    }

    static void assertUnknown(Value value) {
        if (!(value instanceof Value.Unknown)) {
            fail("expected an unknown value, got " + value);
        }
    }
}

package dev.lambdalint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's before/after example of lambda-lint:fix is what the fix does. */
class ReadmeExampleTest {
    private static final String FILE = "src/main/java/com/acme/OrderHandler.java";

    @TempDir
    Path dir;

    @Test
    void fixTurnsTheBeforeBlockIntoTheAfterBlock() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        Projects.write(dir, Map.of(FILE, block(readme, "<!-- fix-example:before -->")));

        FixPlan plan = Projects.plan(dir);
        plan.apply();

        assertEquals(block(readme, "<!-- fix-example:after -->"), Files.readString(dir.resolve(FILE)));
        assertEquals(2, plan.changes().get(0).fixes().size());
    }

    private static String block(String readme, String marker) {
        int at = readme.indexOf(marker);
        int start = readme.indexOf("```java\n", at) + "```java\n".length();
        return readme.substring(start, readme.indexOf("```\n", start));
    }
}

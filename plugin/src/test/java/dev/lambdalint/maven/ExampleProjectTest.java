package dev.lambdalint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.junit.jupiter.api.Test;

/**
 * examples/orders-service is not a module of the build, so its pom repeats versions; they must stay equal to the
 * parent's, where every version of the build is declared once.
 */
class ExampleProjectTest {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final Path root = Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    @Test
    void exampleVersionsEqualTheParents() throws Exception {
        Model parent = read(root.resolve("pom.xml"));
        Model example = read(root.resolve("examples/orders-service/pom.xml"));
        Properties p = parent.getProperties();
        Properties e = example.getProperties();

        assertEquals(p.getProperty("awssdk.version"), e.getProperty("awssdk.version"), "AWS SDK BOM");
        assertEquals(p.getProperty("aws-lambda-java-core.version"), e.getProperty("aws-lambda-java-core.version"));
        assertEquals(p.getProperty("maven.compiler.release"), e.getProperty("maven.compiler.release"));
        assertEquals(parent.getVersion(), e.getProperty("lambda-lint.version"), "the plugin version the example uses");

        assertFalse(example.getBuild().getPluginManagement().getPlugins().isEmpty());
        for (Plugin plugin : example.getBuild().getPluginManagement().getPlugins()) {
            Plugin managed = parent.getBuild().getPluginManagement().getPluginsAsMap().get(plugin.getKey());
            assertNotNull(managed, plugin.getKey() + " is managed in the parent");
            assertEquals(resolve(managed.getVersion(), p), plugin.getVersion(), plugin.getKey());
        }
        Plugin lint = example.getBuild().getPluginsAsMap().get("dev.lambdalint:lambda-lint-maven-plugin");
        assertNotNull(lint, "the example runs lambda-lint");
        assertEquals("${lambda-lint.version}", lint.getVersion());
        assertTrue(lint.getExecutions().stream().anyMatch(x -> x.getGoals().contains("check")));
    }

    private static String resolve(String value, Properties properties) {
        Matcher m = PROPERTY.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(properties.getProperty(m.group(1), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Model read(Path pom) throws Exception {
        try (Reader reader = Files.newBufferedReader(pom)) {
            return new MavenXpp3Reader().read(reader);
        }
    }
}

package dev.lambdalint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.fix.FixReport;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The fix goal through the plugin testing harness, on a copy of src/test/resources/projects/fixable: one handler
 * with a fixable finding, one whose finding has no automatic fix, one clean.
 */
@MojoTest
class FixMojoTest {
    private static final String FIXABLE = "src/main/java/com/acme/OrderHandler.java";

    private final MavenProject project = new MavenProject();
    private final RecordingLog log = new RecordingLog();

    @TempDir
    Path temp;

    private Path copy;
    private Map<String, String> original;

    @Provides
    MavenProject project() {
        return project;
    }

    @Provides
    Log log() {
        return log;
    }

    @BeforeEach
    void copyTheProject() throws Exception {
        URL url = getClass().getResource("/projects/fixable");
        Path source = Paths.get(url.toURI());
        copy = temp.resolve("fixable");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        File pom = copy.resolve("pom.xml").toFile();
        Model model;
        try (Reader reader = Files.newBufferedReader(pom.toPath())) {
            model = new MavenXpp3Reader().read(reader);
        }
        project.setFile(pom);
        project.setGroupId(model.getGroupId());
        project.setArtifactId(model.getArtifactId());
        project.setVersion(model.getVersion());
        project.setPackaging(model.getPackaging());
        project.getBuild().setDirectory(copy.resolve("target").toString());
        project.addCompileSourceRoot(copy.resolve("src/main/java").toString());
        original = sources();
    }

    @Test
    @Basedir("/projects/fixable")
    @InjectMojo(goal = "fix", pom = "pom.xml")
    @MojoParameter(name = "outputDirectory", value = "${project.build.directory}/lambda-lint")
    void fixChangesOnlyTheFixableFileAndPrintsEachChangeAndEachFindingLeft(FixMojo mojo) throws Exception {
        mojo.execute();

        Map<String, String> now = sources();
        assertEquals(original.keySet(), now.keySet());
        for (String path : original.keySet()) {
            if (!path.equals(FIXABLE)) {
                assertEquals(original.get(path), now.get(path), path + " has no fixable finding and is untouched");
            }
        }
        String fixed = now.get(FIXABLE);
        assertTrue(fixed.contains("    private static final DynamoDbClient DYNAMO_DB_CLIENT = DynamoDbClient.create();\n"),
                fixed);
        assertTrue(fixed.contains("        DynamoDbClient ddb = DYNAMO_DB_CLIENT;\n        ddb.putItem("), fixed);
        assertFalse(fixed.contains("try ("), "the try-with-resources that closed the client is gone");
        assertTrue(log.contains("info", "fixed " + FIXABLE + ":[12,35] client-per-invocation: build the "
                + "DynamoDbClient once"), log.toString());
        assertTrue(log.contains("info", "+        DynamoDbClient ddb = DYNAMO_DB_CLIENT;"), "the diff is printed");
        assertTrue(log.contains("info", "not fixed src/main/java/com/acme/RegionHandler.java:[13,23] "
                + "client-per-invocation: no automatic fix, it is built from per-invocation data (event)"),
                log.toString());
        assertTrue(log.contains("info", "1 fix made in 1 file, 1 finding left to fix by hand"), log.toString());
        assertFalse(Files.exists(copy.resolve("target/lambda-lint/" + FixReport.PATCH_FILE)));
    }

    @Test
    @Basedir("/projects/fixable")
    @InjectMojo(goal = "fix", pom = "pom.xml")
    @MojoParameter(name = "outputDirectory", value = "${project.build.directory}/lambda-lint")
    void aSecondFixChangesNothing(FixMojo mojo) throws Exception {
        mojo.execute();
        Map<String, String> once = sources();

        mojo.execute();

        assertEquals(once, sources());
        assertTrue(log.contains("info", "0 fixes made in 0 files, 1 finding left to fix by hand"), log.toString());
    }

    @Test
    @Basedir("/projects/fixable")
    @InjectMojo(goal = "fix", pom = "pom.xml")
    @MojoParameter(name = "outputDirectory", value = "${project.build.directory}/lambda-lint")
    @MojoParameter(name = "dryRun", value = "true")
    void aDryRunChangesNothingAndWritesThePatch(FixMojo mojo) throws Exception {
        mojo.execute();

        assertEquals(original, sources(), "no source changes");
        Path patch = copy.resolve("target/lambda-lint/" + FixReport.PATCH_FILE);
        String diff = Files.readString(patch);
        assertTrue(diff.startsWith("diff --git a/" + FIXABLE + " b/" + FIXABLE + "\n"), diff);
        assertTrue(diff.contains("\n-        try (DynamoDbClient ddb = DynamoDbClient.create()) {\n"), diff);
        assertTrue(log.contains("info", "would fix " + FIXABLE), log.toString());
        assertTrue(log.contains("info", "dry run, no source changed; 1 fix in 1 file written to "
                + Path.of("target", "lambda-lint", FixReport.PATCH_FILE)), log.toString());
    }

    @Test
    void theGoalIsBoundToNoPhase() throws Exception {
        Path descriptor = Paths.get(System.getProperty("basedir", "."), "target/classes/META-INF/maven/plugin.xml");
        NodeList mojos = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile())
                .getElementsByTagName("mojo");
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            goals.add(goal);
            if (goal.equals("fix")) {
                assertEquals(0, mojo.getElementsByTagName("phase").getLength(), "fix is never bound by default");
            }
        }
        assertTrue(goals.contains("fix"), goals.toString());
    }

    private Map<String, String> sources() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(copy.resolve("src"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(copy.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}

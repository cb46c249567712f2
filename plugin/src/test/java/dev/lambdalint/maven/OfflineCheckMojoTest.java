package dev.lambdalint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn -o}: the session is offline, so the live mode stops with a message before anything is analyzed or any
 * connection is tried, while a check without live mode runs as usual.
 */
@MojoTest
class OfflineCheckMojoTest {
    private static final String SAMPLE = "/projects/memory";

    private final MavenProject project = new MavenProject();
    private final RecordingLog log = new RecordingLog();

    @TempDir
    Path buildDir;

    @Provides
    MavenProject project() {
        return project;
    }

    @Provides
    Log log() {
        return log;
    }

    @Provides
    @SuppressWarnings("deprecation") // the constructor Maven 3.9 itself still uses; plugins only read the session
    MavenSession session() {
        MavenSession session = new MavenSession(null, null, new DefaultMavenExecutionRequest().setOffline(true),
                new DefaultMavenExecutionResult());
        session.setCurrentProject(project);
        return session;
    }

    @BeforeEach
    void setUpProject() throws Exception {
        Path dir = Paths.get(getClass().getResource(SAMPLE).toURI());
        File pom = dir.resolve("pom.xml").toFile();
        Model model;
        try (Reader reader = Files.newBufferedReader(pom.toPath())) {
            model = new MavenXpp3Reader().read(reader);
        }
        project.setFile(pom);
        project.setGroupId(model.getGroupId());
        project.setArtifactId(model.getArtifactId());
        project.setVersion(model.getVersion());
        project.setPackaging(model.getPackaging());
        project.getBuild().setDirectory(buildDir.toString());
        project.addCompileSourceRoot(dir.resolve("src/main/java").toString());
    }

    @Test
    @Basedir(SAMPLE)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "aws", value = "true")
    @MojoParameter(name = "awsRegion", value = "eu-west-1")
    void liveModeStopsWithAMessageInsteadOfTryingTheNetwork(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("lambda-lint: live AWS mode (aws=true) reads from AWS over the network, but this build is offline "
                + "(mvn -o); run it online, or turn live mode off (-Dlambda-lint.aws=false) and give recorded usage "
                + "files (usage) instead", e.getMessage());
        assertFalse(Files.exists(buildDir.resolve("lambda-lint")), "nothing analyzed or written");
    }

    @Test
    @Basedir(SAMPLE)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void withoutLiveModeAnOfflineCheckRunsAsUsual(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertTrue(Files.isRegularFile(buildDir.resolve("lambda-lint/lambda-lint.sarif")));
        assertTrue(log.contains("warn", "memory-overprovisioned"), log.toString());
    }
}

package dev.lambdalint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The projects a Gradle project compiles against, read from the text of its settings and build scripts. */
class GradleProjectsTest {
    @TempDir
    Path dir;

    @Test
    void groovyScriptsAreFollowedTransitivelyLeavingOutTestsAndComments() throws IOException {
        write("settings.gradle", """
                rootProject.name = 'tweeter'
                include 'server', 'shared',
                        'testing'
                include ':libs:core' // the shared core
                """);
        write("server/build.gradle", """
                dependencies {
                    implementation project(':shared')
                    testImplementation project(':testing')
                    // implementation project(':libs:core')
                    implementation 'com.google.code.gson:gson:2.10.1'
                }
                """);
        write("shared/build.gradle", "dependencies { api project(path: ':libs:core') }\n");

        GradleProjects.Dependencies found = GradleProjects.of(dir.resolve("server"));

        assertEquals(":server", found.self().orElseThrow().path());
        assertEquals(List.of(":shared"), found.self().orElseThrow().dependsOn());
        assertEquals(List.of(":shared", ":libs:core"), found.projects().stream().map(GradleProjects.Project::path)
                .toList());
        assertEquals(dir.resolve("libs/core"), found.projects().get(1).directory());
        assertEquals(List.of(":libs:core"), found.projects().get(0).dependsOn());
        assertTrue(found.problems().isEmpty(), found.problems().toString());
    }

    @Test
    void kotlinScriptsAndAMovedProjectFolder() throws IOException {
        write("settings.gradle.kts", """
                include(":app", ":common")
                project(":common").projectDir = file("modules/common")
                """);
        write("app/build.gradle.kts", """
                dependencies {
                    implementation(project(":common"))
                    runtimeOnly(project(":app"))
                }
                """);

        GradleProjects.Dependencies found = GradleProjects.of(dir.resolve("app"));

        assertEquals(List.of(":common"), found.self().orElseThrow().dependsOn());
        assertEquals(dir.resolve("modules/common"), found.projects().get(0).directory());
    }

    @Test
    void typeSafeProjectAccessorsNameProjectsInCamelCase() throws IOException {
        write("settings.gradle.kts", """
                enableFeaturePreview("TYPESAFE_PROJECT_ACCESSORS")
                include(":functions:order-api", ":libs:shared_core", ":libs:aws-clients", ":test-fixtures")
                """);
        write("functions/order-api/build.gradle.kts", """
                dependencies {
                    implementation(projects.libs.sharedCore)
                    api(project(":libs:aws-clients"))
                    testImplementation(projects.testFixtures)
                    implementation(projects.libs.unknownThing)
                }
                """);
        write("libs/shared_core/build.gradle", "dependencies { implementation projects.libs.awsClients }\n");

        GradleProjects.Dependencies found = GradleProjects.of(dir.resolve("functions/order-api"));

        assertEquals(List.of(":libs:shared_core", ":libs:aws-clients"), found.self().orElseThrow().dependsOn());
        assertEquals(List.of(":libs:aws-clients"), found.projects().get(0).dependsOn());
        assertEquals(List.of(":libs:shared_core", ":libs:aws-clients"), found.projects().stream()
                .map(GradleProjects.Project::path).toList());
    }

    @Test
    void nothingWithoutASettingsFileThatIncludesTheProjectOrForAMavenProject() throws IOException {
        write("server/build.gradle", "dependencies { implementation project(':shared') }\n");
        assertTrue(GradleProjects.of(dir.resolve("server")).self().isEmpty(), "no settings file");

        write("settings.gradle", "include 'shared'\n");
        assertTrue(GradleProjects.of(dir.resolve("server")).self().isEmpty(), "server is not included");

        write("settings.gradle", "include 'server', 'shared'\n");
        write("server/pom.xml", "<project/>\n");
        assertTrue(GradleProjects.of(dir.resolve("server")).projects().isEmpty(), "a Maven project");
    }

    @Test
    void aBuildScriptThatCannotBeReadIsAProblemNamingIt() throws IOException {
        write("settings.gradle", "include 'server', 'shared'\n");
        Files.createDirectories(dir.resolve("server"));
        Files.write(dir.resolve("server/build.gradle"), new byte[] {'a', (byte) 0xC3, (byte) 0x28});

        GradleProjects.Dependencies found = GradleProjects.of(dir.resolve("server"));

        assertTrue(found.projects().isEmpty());
        assertEquals(1, found.problems().size());
        assertTrue(found.problems().get(0).contains("build.gradle: cannot be read"), found.problems().get(0));
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

package dev.lambdalint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One repository root for the goals and the command line, from what lies on disk and what Maven adds. */
class RepositoryRootTest {
    @TempDir
    Path dir;

    @Test
    void withoutGitTheTopOfTheBuildIsTheFarthestParentPomOnDisk() throws IOException {
        pom("pom.xml", "<groupId>com.acme</groupId><artifactId>top</artifactId>");
        pom("services/pom.xml", parent("com.acme", "top", null) + "<artifactId>services</artifactId>");
        pom("services/jobs/pom.xml", parent("com.acme", "services", null) + "<artifactId>jobs</artifactId>");
        Path module = dir.resolve("services/jobs");

        assertEquals(List.of(dir.resolve("services"), dir), RepositoryRoot.parentFolders(module));
        assertEquals(dir, RepositoryRoot.of(module, null, List.of()), "the groupId inherited from the top");
    }

    @Test
    void aParentPomOfOtherCoordinatesOrNotOnDiskIsNoFolderOfTheBuild() throws IOException {
        pom("pom.xml", "<groupId>com.acme</groupId><artifactId>something-else</artifactId>");
        pom("jobs/pom.xml", parent("com.acme", "top", null) + "<artifactId>jobs</artifactId>");
        pom("other/pom.xml", parent("com.acme", "something-else", "") + "<artifactId>other</artifactId>");
        pom("elsewhere/pom.xml", parent("org.other", "something-else", null) + "<artifactId>x</artifactId>");

        for (String module : List.of("jobs", "other", "elsewhere")) {
            assertEquals(dir.resolve(module), RepositoryRoot.of(dir.resolve(module), null, List.of()), module);
        }
    }

    @Test
    void aRelativePathNamesTheParentsFolderOrFile() throws IOException {
        pom("build/parent/pom.xml", "<groupId>com.acme</groupId><artifactId>parent</artifactId>");
        pom("build/jobs/pom.xml", parent("com.acme", "parent", "../parent") + "<artifactId>jobs</artifactId>");

        assertEquals(List.of(dir.resolve("build/parent")), RepositoryRoot.parentFolders(dir.resolve("build/jobs")));
        assertEquals(dir.resolve("build/jobs"), RepositoryRoot.of(dir.resolve("build/jobs"), null, List.of()),
                "a parent beside the module is not above it");
    }

    @Test
    void gitWinsThenTheConfiguredRootWinsOverAll() throws IOException {
        pom("pom.xml", "<groupId>com.acme</groupId><artifactId>top</artifactId>");
        pom("repo/jobs/pom.xml", parent("com.acme", "top", "../../pom.xml") + "<artifactId>jobs</artifactId>");
        Path module = dir.resolve("repo/jobs");
        assertEquals(dir, RepositoryRoot.of(module, null, List.of()));

        Files.createDirectories(dir.resolve("repo/.git"));
        assertEquals(dir.resolve("repo"), RepositoryRoot.of(module, null, List.of()));
        assertEquals(dir, RepositoryRoot.of(module, Path.of("../.."), List.of()), "relative to the module");
    }

    @Test
    void mavensMultiModuleDirectoryAndTheFoldersTheFrontEndKnowsCount() throws IOException {
        pom("a/b/c/pom.xml", "<groupId>com.acme</groupId><artifactId>c</artifactId>");
        Path module = dir.resolve("a/b/c");
        assertEquals(module, RepositoryRoot.of(module, null, List.of()));

        Files.createDirectories(dir.resolve("a/b/.mvn"));
        assertEquals(dir.resolve("a/b"), RepositoryRoot.of(module, null, List.of()));
        assertEquals(dir.resolve("a"), RepositoryRoot.of(module, null, List.of(dir.resolve("a"), dir.resolve("x"))),
                "a folder of the build above the module; one beside it is ignored");
    }

    @Test
    void anUnreadableParentEndsTheChainQuietly() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project><artifactId>broken</artifact");
        pom("jobs/pom.xml", parent("com.acme", "broken", null) + "<artifactId>jobs</artifactId>");

        assertEquals(dir.resolve("jobs"), RepositoryRoot.of(dir.resolve("jobs"), null, List.of()));
    }

    private static String parent(String groupId, String artifactId, String relativePath) {
        return "<parent><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId><version>1"
                + "</version>" + (relativePath == null ? "" : "<relativePath>" + relativePath + "</relativePath>")
                + "</parent>";
    }

    private void pom(String path, String body) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0"
                + "</modelVersion>" + body + "<version>1</version></project>");
    }
}

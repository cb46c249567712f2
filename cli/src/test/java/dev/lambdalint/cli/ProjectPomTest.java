package dev.lambdalint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectPomTest {
    @TempDir
    Path dir;

    @Test
    void readsTheArtifactIdAndTheLibrariesOfTheMainCode() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>1</version></parent>
                  <artifactId>orders</artifactId>
                  <dependencies>
                    <dependency><groupId>org.springframework.cloud</groupId>
                      <artifactId>spring-cloud-function-adapter-aws</artifactId></dependency>
                    <dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-core</artifactId>
                      <scope>provided</scope></dependency>
                    <dependency><groupId>${project.groupId}</groupId><artifactId>common</artifactId></dependency>
                    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId>
                      <scope>test</scope></dependency>
                    <dependency><groupId>com.acme</groupId><artifactId>fixtures</artifactId>
                      <type>test-jar</type></dependency>
                  </dependencies>
                  <dependencyManagement><dependencies><dependency><groupId>x</groupId><artifactId>managed</artifactId>
                  </dependency></dependencies></dependencyManagement>
                </project>
                """);

        ProjectPom pom = ProjectPom.of(dir);

        assertEquals("orders", pom.artifactId());
        assertEquals("com.acme:orders", pom.coordinates());
        assertEquals(List.of("com.acme:common", "com.amazonaws:aws-lambda-java-core",
                "org.springframework.cloud:spring-cloud-function-adapter-aws"), pom.libraries());
        assertTrue(pom.problem().isEmpty());
    }

    @Test
    void pluginSettingsInThePomThatNoOptionGivesAreNamedWithTheirOptions() throws IOException {
        Projects.withHandler(dir, Projects.ONCE);
        Files.writeString(dir.resolve("pom.xml"), """
                <project><artifactId>orders</artifactId><build><plugins>
                  <plugin><artifactId>maven-compiler-plugin</artifactId><configuration><release>17</release>
                  </configuration></plugin>
                  <plugin><artifactId>lambda-lint-maven-plugin</artifactId>
                    <configuration><usage><path>usage</path></usage><skip>false</skip>
                      <failOnViolation>false</failOnViolation></configuration>
                    <executions><execution><configuration><rules/><failOnSeverity>error</failOnSeverity>
                    </configuration></execution></executions>
                  </plugin>
                </plugins></build></project>
                """);

        assertEquals(List.of("usage", "skip", "failOnViolation", "rules", "failOnSeverity"),
                ProjectPom.of(dir).configured());
        Cli cli = Cli.run("check", "--fail-on-severity", "error", dir.toString());

        assertEquals(0, cli.exit(), cli.toString());
        assertTrue(cli.out().contains("[INFO] lambda-lint: pom.xml configures the Maven plugin (usage, "
                + "failOnViolation, rules), which the command line does not read; to check with the same settings, "
                + "give --usage, --no-fail, --rule, --disable-rule, --rule-option"), cli.toString());
        Cli allGiven = Cli.run("check", "--fail-on-severity", "error", "--usage", "usage", "--no-fail",
                "--disable-rule", "timeout-risk", dir.toString());
        assertFalse(allGiven.out().contains("configures the Maven plugin"), allGiven.toString());
    }

    @Test
    void withoutAPomTheDirectoryNamesTheProject() {
        ProjectPom pom = ProjectPom.of(dir);

        assertEquals(dir.getFileName().toString(), pom.artifactId());
        assertEquals(List.of(), pom.libraries());
        assertTrue(pom.problem().isEmpty());
    }

    @Test
    void aBrokenPomIsAProblemNamingTheFileNotAFailure() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project><artifactId>orders</artifact");

        ProjectPom pom = ProjectPom.of(dir);

        assertEquals(dir.getFileName().toString(), pom.artifactId());
        assertTrue(pom.problem().orElseThrow().startsWith("could not read " + dir.resolve("pom.xml")), pom.toString());
    }

    @Test
    void aBrokenPomIsPrintedAsAWarningAndTheCheckGoesOn() throws IOException {
        Projects.withHandler(dir, Projects.ONCE);
        Files.writeString(dir.resolve("pom.xml"), "<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<project><artifactId>&x;</artifactId></project>");

        Cli cli = Cli.run("check", dir.toString());

        assertEquals(0, cli.exit(), cli.toString());
        assertTrue(cli.out().contains("[WARNING] lambda-lint: could not read " + dir.resolve("pom.xml")),
                cli.toString());
    }
}

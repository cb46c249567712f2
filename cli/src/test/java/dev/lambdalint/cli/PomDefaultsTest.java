package dev.lambdalint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lambda-lint configuration of the project's pom.xml as the defaults of the options; an option given wins. */
class PomDefaultsTest {
    private static final String HANDLER = "src/main/java/com/acme/OrderHandler.java:[11,30] client-per-invocation:";
    private static final String LEGACY = "src/main/java/com/acme/legacy/OrderHandler.java:[11,30]";

    @TempDir
    Path dir;

    @BeforeEach
    void twoHandlersBuildingAClientPerInvocation() throws IOException {
        Projects.withHandler(dir, Projects.PER_INVOCATION);
        Projects.write(dir, "src/main/java/com/acme/legacy/OrderHandler.java",
                Projects.PER_INVOCATION.replace("package com.acme;", "package com.acme.legacy;"));
    }

    private void pom(String configuration) throws IOException {
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <groupId>com.acme</groupId><artifactId>orders</artifactId><version>1</version>
                  <properties><reports>${project.basedir}/out</reports></properties>
                  <build><plugins>
                    <plugin><artifactId>maven-compiler-plugin</artifactId>
                      <configuration><excludes><exclude>**/OrderHandler.java</exclude></excludes></configuration>
                    </plugin>
                    <plugin><groupId>dev.lambdalint</groupId><artifactId>lambda-lint-maven-plugin</artifactId>
                      <configuration>%s</configuration>
                    </plugin>
                  </plugins></build>
                </project>
                """.formatted(configuration));
    }

    private static final String CONFIGURED = """
            <failOnViolation>false</failOnViolation>
            <excludes><exclude>**/legacy/**</exclude></excludes>
            <outputDirectory>${reports}</outputDirectory>
            <rules><rule><id>client-per-invocation</id><severity>info</severity></rule></rules>
            """;

    @Test
    void thePomsValuesAreTakenAndNamed() throws IOException {
        pom(CONFIGURED);

        Cli cli = Cli.run("check", dir.toString());

        assertEquals(LambdaLintCli.PASSED, cli.exit(), "failOnViolation=false: " + cli);
        assertTrue(cli.out().contains("[INFO] lambda-lint: settings from pom.xml: excludes, failOnViolation, "
                + "outputDirectory, rules (an option given here wins)"), cli.toString());
        assertTrue(cli.out().contains("[INFO] " + HANDLER), "the rule's severity from <rules>: " + cli);
        assertFalse(cli.out().contains(LEGACY), "excluded: " + cli);
        assertTrue(Files.isRegularFile(dir.resolve("out/lambda-lint.json")), "${reports} is ${project.basedir}/out");
        assertFalse(Files.exists(dir.resolve("target")));
        assertEquals("", cli.err());
    }

    @Test
    void anOptionGivenWinsOverThePom() throws IOException {
        pom(CONFIGURED);

        Cli cli = Cli.run("check", "--fail", "--excludes", "nothing/**", "--rule", "client-per-invocation:error",
                "--output-dir", "reports", dir.toString());

        assertEquals(LambdaLintCli.FAILED, cli.exit(), "--fail over failOnViolation=false: " + cli);
        assertTrue(cli.out().contains("[ERROR] " + HANDLER), cli.toString());
        assertTrue(cli.out().contains("[ERROR] " + LEGACY), "--excludes replaces the POM's: " + cli);
        assertTrue(Files.isRegularFile(dir.resolve("reports/lambda-lint.json")), cli.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aRuleOptionGivenIsLaidOverThePomsRuleSettingsFieldByField() throws IOException {
        pom("""
                <rules><rule><id>client-per-invocation</id><enabled>false</enabled><severity>info</severity></rule>
                </rules>""");

        Cli disabled = Cli.run("check", dir.toString());
        Cli enabled = Cli.run("check", "--enable-rule", "client-per-invocation", "--no-cache", dir.toString());

        assertEquals(LambdaLintCli.PASSED, disabled.exit(), disabled.toString());
        assertFalse(disabled.out().contains("client-per-invocation:"), disabled.toString());
        assertEquals(LambdaLintCli.PASSED, enabled.exit(), "still info, below the threshold: " + enabled);
        assertTrue(enabled.out().contains("[INFO] " + HANDLER), enabled.toString());
    }

    @Test
    void aValueTheCommandLineCannotResolveIsNamedAndLeftAtItsDefault() throws IOException {
        pom("<outputDirectory>${env.REPORTS}</outputDirectory><failOnSeverity>error</failOnSeverity>");

        Cli cli = Cli.run("check", dir.toString());

        assertEquals(LambdaLintCli.FAILED, cli.exit(), cli.toString());
        assertTrue(cli.out().contains("[INFO] lambda-lint: pom.xml: outputDirectory (<plugins>) is not taken: the "
                + "command line cannot resolve ${env.REPORTS}, only ${project.basedir} and the POM's own "
                + "<properties>; give --output-dir"), cli.toString());
        assertTrue(cli.out().contains("[INFO] lambda-lint: settings from pom.xml: failOnSeverity (an option"),
                cli.toString());
        assertTrue(Files.isRegularFile(dir.resolve("target/lambda-lint/lambda-lint.json")), cli.toString());
    }

    @Test
    void withoutTheLambdaLintPluginInThePomNothingIsTaken() throws IOException {
        Projects.write(dir, "pom.xml", Projects.POM.replace("</project>", """
                  <build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId>
                    <configuration><excludes><exclude>**/legacy/**</exclude></excludes></configuration>
                  </plugin></plugins></build>
                </project>"""));

        Cli cli = Cli.run("check", dir.toString());

        assertEquals(LambdaLintCli.FAILED, cli.exit(), cli.toString());
        assertFalse(cli.out().contains("pom.xml"), "nothing to say about the POM: " + cli);
        assertTrue(cli.out().contains("[ERROR] " + LEGACY), "another plugin's excludes are not lambda-lint's: " + cli);
    }

    @Test
    void aMalformedPomIsAWarningNamingItAndTheCheckGoesOnWithTheDefaults() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project><artifactId>orders</artifact");

        Cli cli = Cli.run("check", dir.toString());

        assertEquals(LambdaLintCli.FAILED, cli.exit(), "the findings decide, with the default threshold: " + cli);
        assertTrue(cli.out().startsWith("[WARNING] lambda-lint: could not read " + dir.resolve("pom.xml") + " ("),
                cli.toString());
        assertTrue(cli.out().contains("going on without it: default settings"), cli.toString());
        assertEquals(1, cli.out().lines().filter(l -> l.contains("pom.xml")).count(), "one line: " + cli);
        assertTrue(cli.out().contains("[ERROR] " + HANDLER) && cli.out().contains("[ERROR] " + LEGACY),
                cli.toString());
        assertEquals("", cli.err(), "no parser noise on stderr");
    }

    @Test
    void aPomWithADoctypeIsRefusedBeforeAnyEntityIsRead() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<project><artifactId>&x;</artifactId></project>");

        Cli cli = Cli.run("check", "--no-fail", dir.toString());

        assertEquals(LambdaLintCli.PASSED, cli.exit(), cli.toString());
        assertTrue(cli.out().contains("[WARNING] lambda-lint: could not read " + dir.resolve("pom.xml")),
                cli.toString());
        assertFalse(cli.out().contains("root:"), cli.toString());
    }

    @Test
    void aValueThePluginWouldRefuseIsAConfigurationErrorNamingThePom() throws IOException {
        pom("<threads>many</threads><skip>true</skip><followReactorDependencies>false</followReactorDependencies>");

        Cli cli = Cli.run("check", dir.toString());

        assertEquals(LambdaLintCli.USAGE, cli.exit(), cli.toString());
        assertEquals("lambda-lint: invalid value 'many' for threads in pom.xml; expected a whole number",
                cli.err().strip());
        assertTrue(cli.out().contains("[INFO] lambda-lint: pom.xml sets skip, which the goals obey; the command line "
                + "runs as asked"), cli.toString());
        assertTrue(cli.out().contains("settings from pom.xml: threads (an option"), "skip and the reactor are "
                + "not settings of the command line: " + cli);
    }

    @Test
    void aBadRuleOfThePomIsRefusedAsTheGoalRefusesItNamingThePom() throws IOException {
        pom("<rules><rule><id>client-per-invocaton</id><enabled>false</enabled></rule></rules>");

        Cli unknown = Cli.run("check", "--enable-rule", "client-per-invocation", dir.toString());

        assertEquals(LambdaLintCli.USAGE, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().startsWith("lambda-lint: invalid <rules> configuration in pom.xml: unknown rule id "
                + "'client-per-invocaton'; the rules are "), "the goal's message, naming the POM: " + unknown);

        pom("<rules><rule><id>unbounded-cache</id></rule><rule><id>unbounded-cache</id></rule></rules>");
        Cli twice = Cli.run("check", dir.toString());

        assertEquals("lambda-lint: invalid <rules> configuration in pom.xml: rule 'unbounded-cache' is configured "
                + "more than once", twice.err().strip());
    }

    @Test
    void aParameterNameTheCommandLineDoesNotKnowIsNamed() throws IOException {
        pom("<failOnSeverty>error</failOnSeverty>");

        Cli cli = Cli.run("check", "--no-fail", dir.toString());

        assertTrue(cli.out().contains("[INFO] lambda-lint: pom.xml: failOnSeverty is no parameter of lambda-lint; "
                + "not taken"), cli.toString());
    }
}

package dev.lambdalint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectPomTest {
    @TempDir
    Path dir;

    private ProjectPom read(String pom) throws IOException {
        return read(pom, "check");
    }

    private ProjectPom read(String pom, String goal) throws IOException {
        Files.writeString(dir.resolve("pom.xml"), pom);
        return ProjectPom.read(dir, goal, name -> "--" + name);
    }

    /** A POM whose build declares the plugin with {@code configuration} (and what else {@code plugin} holds). */
    private static String withPlugin(String configuration, String plugin) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <groupId>com.acme</groupId><artifactId>orders</artifactId><version>1</version>
                  <properties><usage.dir>recorded</usage.dir><where>${usage.dir}/prod</where></properties>
                  <build><plugins>
                    <plugin><artifactId>maven-compiler-plugin</artifactId>
                      <configuration><excludes><exclude>other/**</exclude></excludes><release>17</release>
                      </configuration></plugin>
                    <plugin><groupId>dev.lambdalint</groupId><artifactId>lambda-lint-maven-plugin</artifactId>
                      <configuration>%s</configuration>%s
                    </plugin>
                  </plugins></build>
                </project>
                """.formatted(configuration, plugin);
    }

    @Test
    void readsTheArtifactIdAndTheLibrariesOfTheMainCode() throws IOException {
        ProjectPom pom = read("""
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

        assertEquals("orders", pom.artifactId());
        assertEquals("com.acme:orders", pom.coordinates());
        assertEquals(List.of("com.acme:common", "com.amazonaws:aws-lambda-java-core",
                "org.springframework.cloud:spring-cloud-function-adapter-aws"), pom.libraries());
        assertEquals(Optional.empty(), pom.problem());
        assertEquals(List.of(), pom.notes());
        assertEquals(List.of(), List.copyOf(pom.configuration().names()), "no lambda-lint plugin, nothing taken");
    }

    @Test
    void withoutAPomTheDirectoryNamesTheProjectAndNothingIsConfigured() {
        ProjectPom pom = ProjectPom.read(dir, "check", name -> name);

        assertEquals(dir.getFileName().toString(), pom.artifactId());
        assertEquals(List.of(), pom.libraries());
        assertTrue(pom.problem().isEmpty());
        assertTrue(pom.configuration().names().isEmpty());
        assertEquals("target", pom.buildDirectory());
    }

    @Test
    void takesTheSimpleValuesListsAndRulesOfThePluginsConfiguration() throws IOException {
        ProjectPom pom = read(withPlugin("""
                <failOnSeverity>error</failOnSeverity>
                <failOnViolation>FALSE</failOnViolation>
                <threads> 2 </threads>
                <usage><path>${where}</path><path>${project.basedir}/more</path></usage>
                <includes>com/**,org/**</includes>
                <rules>
                  <rule><id>unbounded-cache</id><severity>error</severity></rule>
                  <rule><id>timeout-risk</id><enabled>false</enabled></rule>
                  <rule><id>memory-overprovisioned</id><options><minInvocations>40</minInvocations></options></rule>
                </rules>
                """, ""));
        PluginConfiguration configuration = pom.configuration();

        assertEquals(List.of(), pom.notes());
        assertEquals(Optional.of("error"), configuration.string("failOnSeverity"));
        assertEquals(Optional.of(false), configuration.bool("failOnViolation"));
        assertEquals(Optional.of(2), configuration.integer("threads"));
        assertEquals(Optional.of(List.of("recorded/prod", dir.toAbsolutePath().normalize() + "/more")),
                configuration.list("usage"));
        assertEquals(Optional.of(List.of("com/**,org/**")), configuration.list("includes"), "split by the caller");
        assertEquals(Optional.empty(), configuration.list("excludes"), "the compiler plugin's are not ours");
        assertEquals(Optional.empty(), configuration.string("release"));
        assertEquals(List.of(new RuleConfig("memory-overprovisioned", null, null, Map.of("minInvocations", "40")),
                RuleConfig.disabled("timeout-risk"),
                new RuleConfig("unbounded-cache", null, Severity.ERROR, null)),
                configuration.rules(), "in rule id order, as the engine's settings hold them");
    }

    @Test
    void theMostSpecificPlaceWinsAndPropertiesAreTheLeastSpecific() throws IOException {
        ProjectPom pom = read("""
                <project>
                  <artifactId>orders</artifactId>
                  <properties>
                    <lambda-lint.stackName>from-property</lambda-lint.stackName>
                    <lambda-lint.awsRegion>eu-west-1</lambda-lint.awsRegion>
                    <lambda-lint.failOnSeverity>info</lambda-lint.failOnSeverity>
                    <lambda-lint.version>1.0</lambda-lint.version>
                  </properties>
                  <build>
                    <pluginManagement><plugins><plugin><artifactId>lambda-lint-maven-plugin</artifactId>
                      <configuration><stackName>managed</stackName><encoding>ISO-8859-1</encoding>
                        <excludes><exclude>a/**</exclude></excludes></configuration>
                    </plugin></plugins></pluginManagement>
                    <plugins><plugin><artifactId>lambda-lint-maven-plugin</artifactId>
                      <configuration><stackName>declared</stackName><excludes><exclude>b/**</exclude></excludes>
                      </configuration>
                      <executions>
                        <execution><id>lint</id><goals><goal>check</goal></goals>
                          <configuration><failOnSeverity>error</failOnSeverity></configuration></execution>
                        <execution><id>other</id><goals><goal>baseline</goal></goals>
                          <configuration><failOnSeverity>warning</failOnSeverity></configuration></execution>
                      </executions>
                    </plugin></plugins>
                  </build>
                </project>
                """);
        PluginConfiguration configuration = pom.configuration();

        assertEquals(Optional.of("declared"), configuration.string("stackName"));
        assertEquals(Optional.of("ISO-8859-1"), configuration.string("encoding"), "from pluginManagement");
        assertEquals(Optional.of("eu-west-1"), configuration.string("awsRegion"), "from a lambda-lint.* property");
        assertEquals(Optional.of("error"), configuration.string("failOnSeverity"), "the check execution's");
        assertEquals(Optional.empty(), configuration.string("version"), "the plugin's version is no parameter");
        assertEquals(Optional.of(List.of("b/**")), configuration.list("excludes"));
        assertEquals(List.of("pom.xml: excludes is set in <pluginManagement> and in <plugins>; the command line takes "
                + "the <plugins> one whole, where Maven merges the two element by element"), pom.notes());
        assertEquals(Optional.of("warning"), ProjectPom.read(dir, "baseline", n -> n).configuration()
                .string("failOnSeverity"), "the baseline command takes the baseline execution's");
    }

    @Test
    void aValueWithAnExpressionTheCommandLineCannotResolveIsNotTakenAndSaysWhy() throws IOException {
        ProjectPom pom = read(withPlugin("""
                <usage><path>${env.USAGE_DIR}</path></usage>
                <stackName>${stack}</stackName>
                <templates><template>${project.basedir}/template.yaml</template></templates>
                """, ""));

        assertEquals(List.of("templates"), List.copyOf(pom.configuration().names()));
        assertEquals(List.of("pom.xml: usage (<plugins>) is not taken: the command line cannot resolve "
                        + "${env.USAGE_DIR}, only ${project.basedir} and the POM's own <properties>; give --usage",
                "pom.xml: stackName (<plugins>) is not taken: the command line cannot resolve ${stack}, only "
                        + "${project.basedir} and the POM's own <properties>; give --stackName"), pom.notes());
    }

    @Test
    void aPropertyReferringToItselfIsUnresolvedNotALoop() throws IOException {
        ProjectPom pom = read(withPlugin("<stackName>${a}</stackName>", "")
                .replace("<usage.dir>", "<a>x${b}</a><b>${a}</b><usage.dir>"));

        assertTrue(pom.configuration().names().isEmpty());
        assertTrue(pom.notes().get(0).startsWith("pom.xml: stackName (<plugins>) is not taken: the command line "
                + "cannot resolve ${"), pom.notes().toString());
    }

    @Test
    void severalExecutionsOfTheGoalWithTheirOwnConfigurationAreNotGuessedBetween() throws IOException {
        ProjectPom pom = read(withPlugin("<stackName>shop</stackName>", """
                <executions>
                  <execution><id>a</id><goals><goal>check</goal></goals>
                    <configuration><failOnSeverity>error</failOnSeverity></configuration></execution>
                  <execution><id>b</id><goals><goal>check</goal></goals>
                    <configuration><failOnSeverity>info</failOnSeverity></configuration></execution>
                </executions>"""));

        assertEquals(Optional.empty(), pom.configuration().string("failOnSeverity"));
        assertEquals(Optional.of("shop"), pom.configuration().string("stackName"));
        assertEquals(List.of("pom.xml: 2 executions of check configure the plugin each their own way; the command line "
                + "takes the plugin's <configuration> only"), pom.notes());
    }

    @Test
    void profilesAndAParentThatConfigureLambdaLintAreNamedAsNotRead() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project><build><plugins><plugin>"
                + "<artifactId>lambda-lint-maven-plugin</artifactId></plugin></plugins></build></project>");
        Path module = Files.createDirectories(dir.resolve("orders"));
        Files.writeString(module.resolve("pom.xml"), """
                <project>
                  <parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>1</version></parent>
                  <artifactId>orders</artifactId>
                  <profiles>
                    <profile><id>ci</id><properties><lambda-lint.failOnSeverity>info</lambda-lint.failOnSeverity>
                    </properties></profile>
                    <profile><id>other</id><properties><skipTests>true</skipTests></properties></profile>
                  </profiles>
                </project>
                """);

        ProjectPom pom = ProjectPom.read(module, "check", n -> n);

        assertTrue(pom.configuration().names().isEmpty());
        assertEquals(List.of("pom.xml: profile ci configures lambda-lint; the command line reads no profile",
                "pom.xml: its parent ../pom.xml configures lambda-lint-maven-plugin; the command line reads only this "
                        + "module's pom.xml, so what the module inherits from it is not taken"), pom.notes());
    }

    @Test
    void badValuesAreRefusedNamingTheParameterAndThePom() throws IOException {
        PluginConfiguration configuration = read(withPlugin("""
                <threads>many</threads>
                <rules><rule><id>unbounded-cache</id><severity>fatal</severity></rule></rules>
                <stackName><a>b</a></stackName>
                """, "")).configuration();

        assertEquals("invalid value 'many' for threads in pom.xml; expected a whole number",
                assertThrows(ConfigurationException.class, () -> configuration.integer("threads")).getMessage());
        assertEquals("invalid <severity> 'fatal' for rule unbounded-cache in <rules> of pom.xml; expected error, "
                + "warning or info", assertThrows(ConfigurationException.class, configuration::rules).getMessage());
        assertTrue(assertThrows(ConfigurationException.class, () -> configuration.string("stackName")).getMessage()
                .startsWith("invalid stackName in pom.xml: it holds elements"));
    }

    @Test
    void aBrokenPomIsAProblemNamingTheFileNotAFailure() throws IOException {
        ProjectPom pom = read("<project><artifactId>orders</artifact");

        assertEquals(dir.getFileName().toString(), pom.artifactId());
        assertTrue(pom.problem().orElseThrow().startsWith("could not read " + dir.resolve("pom.xml") + " ("),
                pom.toString());
        assertTrue(pom.configuration().names().isEmpty());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpanded() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cr3t");
        ProjectPom pom = read("<!DOCTYPE project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<project><artifactId>&x;</artifactId></project>");

        assertTrue(pom.problem().orElseThrow().contains("DOCTYPE"), pom.problem().toString());
        assertFalse(pom.toString().contains("s3cr3t"));
    }

    @Test
    void theBuildsDirectoriesAndEncodingAreTheDefaultsOfTheirParameters() throws IOException {
        ProjectPom pom = read("""
                <project><artifactId>orders</artifactId>
                  <properties><project.build.sourceEncoding>ISO-8859-1</project.build.sourceEncoding></properties>
                  <build><directory>${project.basedir}/out</directory><sourceDirectory>src/java</sourceDirectory>
                  </build>
                </project>
                """);

        assertEquals(dir.toAbsolutePath().normalize() + "/out", pom.buildDirectory());
        assertEquals(Optional.of("src/java"), pom.sourceDirectory());
        assertEquals(Optional.of("ISO-8859-1"), pom.sourceEncoding());
    }
}

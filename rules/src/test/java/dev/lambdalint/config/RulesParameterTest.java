package dev.lambdalint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One meaning of {@code <rules>}: the entries a goal gets from Maven and those the command line reads from the POM
 * give the same settings, and the same messages but for naming the POM.
 */
class RulesParameterTest {
    @TempDir
    Path dir;

    @Test
    void anEntrySetsItsRuleOnOffItsSeverityAndItsOptions() {
        RuleSettings settings = RulesParameter.settings(List.of(
                new RulesParameter.Entry(" unbounded-cache ", null, "ERROR", null),
                new RulesParameter.Entry("timeout-risk", false, " ", Map.of()),
                new RulesParameter.Entry("memory-overprovisioned", true, null, Map.of("minInvocations", "40"))), null);

        assertEquals(List.of(new RuleConfig("memory-overprovisioned", true, null, Map.of("minInvocations", "40")),
                RuleConfig.disabled("timeout-risk"), new RuleConfig("unbounded-cache", null, Severity.ERROR, null)),
                settings.configs(), "ids trimmed, a blank severity keeps the rule's own");
        assertFalse(settings.enabled("timeout-risk"));
        assertEquals(Optional.of(Severity.ERROR), settings.severity("unbounded-cache"));
    }

    @Test
    void theGoalsAndThePomReaderGiveTheSameSettings() throws IOException {
        List<RulesParameter.Entry> entries = List.of(
                new RulesParameter.Entry("unbounded-cache", null, "error", null),
                new RulesParameter.Entry("timeout-risk", false, null, null),
                new RulesParameter.Entry("memory-overprovisioned", null, "info", Map.of("minInvocations", "40")));

        List<RuleConfig> fromPom = pom("""
                <rule><id>unbounded-cache</id><severity>error</severity></rule>
                <rule><id>timeout-risk</id><enabled>FALSE</enabled></rule>
                <rule><id>memory-overprovisioned</id><severity>info</severity>
                  <options><minInvocations>40</minInvocations></options></rule>
                """).rules();

        assertEquals(RulesParameter.settings(entries, null).configs(), fromPom);
    }

    @Test
    void aBadEntryIsRefusedWithOneMessageWhereverItIsRead() throws IOException {
        Map<String, String> empty = new HashMap<>();
        empty.put("minInvocations", null);
        record Case(String xml, RulesParameter.Entry entry, String message) {
        }
        List<Case> cases = List.of(
                new Case("<rule><severity>error</severity></rule>",
                        new RulesParameter.Entry(" ", null, "error", null), "a <rule> in <rules>%s has no <id>"),
                new Case("<rule><id>unbounded-cache</id><severity>fatal</severity></rule>",
                        new RulesParameter.Entry("unbounded-cache", null, "fatal", null),
                        "invalid <severity> 'fatal' for rule unbounded-cache in <rules>%s; expected error, warning or "
                                + "info"),
                new Case("<rule><id>client-per-invocaton</id></rule>",
                        new RulesParameter.Entry("client-per-invocaton", false, null, null),
                        "invalid <rules> configuration%s: unknown rule id 'client-per-invocaton'; the rules are "),
                new Case("<rule><id>cold-start</id><options><initP95>5</initP95></options></rule>",
                        new RulesParameter.Entry("cold-start", null, null, Map.of("initP95", "5")),
                        "invalid <rules> configuration%s: unknown option 'initP95' of rule cold-start; its options are "
                                + "initP95Ms, "),
                new Case("<rule><id>memory-overprovisioned</id><options><minInvocations/></options></rule>",
                        new RulesParameter.Entry("memory-overprovisioned", null, null, empty),
                        "invalid <rules> configuration%s: option minInvocations of rule memory-overprovisioned "));
        for (Case c : cases) {
            String inBuild = assertThrows(ConfigurationException.class,
                    () -> RulesParameter.settings(List.of(c.entry()), null), c.xml()).getMessage();
            String inPom = assertThrows(ConfigurationException.class, () -> pom(c.xml()).rules(), c.xml())
                    .getMessage();
            String pomPlace = c.message().contains("configuration%s") ? " in pom.xml" : " of pom.xml";
            assertEquals(c.message().formatted(""), inBuild.substring(0, Math.min(inBuild.length(),
                    c.message().formatted("").length())), inBuild);
            assertEquals(c.message().formatted(pomPlace), inPom.substring(0, Math.min(inPom.length(),
                    c.message().formatted(pomPlace).length())), inPom);
            assertEquals(inBuild.replace(c.message().formatted(""), ""),
                    inPom.replace(c.message().formatted(pomPlace), ""), "the rest of the message is the same");
        }
    }

    @Test
    void aRuleConfiguredTwiceIsRefused() throws IOException {
        String message = assertThrows(ConfigurationException.class, () -> pom("""
                <rule><id>unbounded-cache</id><severity>error</severity></rule>
                <rule><id>unbounded-cache</id><enabled>false</enabled></rule>
                """).rules()).getMessage();

        assertEquals("invalid <rules> configuration in pom.xml: rule 'unbounded-cache' is configured more than once",
                message);
    }

    private PluginConfiguration pom(String rules) throws IOException {
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <groupId>com.acme</groupId><artifactId>orders</artifactId><version>1</version>
                  <build><plugins>
                    <plugin><groupId>dev.lambdalint</groupId><artifactId>lambda-lint-maven-plugin</artifactId>
                      <configuration><rules>%s</rules></configuration>
                    </plugin>
                  </plugins></build>
                </project>
                """.formatted(rules));
        return ProjectPom.read(dir, "check", name -> "--" + name).configuration();
    }
}

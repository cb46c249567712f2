package dev.lambdalint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule documentation has one copy, {@code docs/<id>.md}; the README's rule reference is generated from it and from
 * the options each rule declares, so the two cannot drift: this test fails on any difference. With
 * {@code -Dlambda-lint.readme=write} it rewrites the README's generated part instead (nothing else in the file).
 */
class ReadmeRulesTest {
    private static final Path README = Path.of("../README.md");

    @Test
    void theReadmesRuleReferenceIsGeneratedFromTheDocsAndTheDeclaredOptions() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(ReadmeRules.BEGIN);
        int end = readme.indexOf(ReadmeRules.END);
        assertTrue(begin >= 0 && end > begin, "README.md lacks the generated rule reference between "
                + ReadmeRules.BEGIN + " and " + ReadmeRules.END);
        String current = readme.substring(begin, end + ReadmeRules.END.length());
        String generated = ReadmeRules.render(Rules.all());
        if ("write".equals(System.getProperty("lambda-lint.readme")) && !current.equals(generated)) {
            Files.writeString(README, readme.substring(0, begin) + generated
                    + readme.substring(end + ReadmeRules.END.length()), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, "the README's rule reference differs from the rule docs: edit "
                + ReadmeRules.DOCS + "<id>.md (or the rule's options), then run mvn -pl rules test "
                + "-Dtest=ReadmeRulesTest -Dlambda-lint.readme=write");
    }

    @Test
    void eachRulesSectionHoldsItsDocsBadAndGoodExamplesVerbatimAndItsOptions() {
        String generated = ReadmeRules.render(Rules.all());
        for (Rule rule : Rules.all()) {
            RuleInfo info = rule.info();
            int section = generated.indexOf("\n### " + info.id() + "\n");
            assertTrue(section > 0, info.id());
            int next = generated.indexOf("\n### ", section + 1);
            String text = generated.substring(section, next < 0 ? generated.length() : next);
            assertTrue(text.contains(info.badExample()), info.id() + " bad example");
            assertTrue(text.contains(info.goodExample()), info.id() + " good example");
            for (RuleOption<?> option : rule.options()) {
                assertTrue(text.contains("| `" + option.name() + "` | " + option.type()), info.id() + " " + option);
            }
            assertTrue(generated.contains("| [`" + info.id() + "`](#" + info.id() + ") | "), info.id() + " row");
        }
        assertEquals(List.of(), Rules.all().stream().filter(r -> !r.options().isEmpty())
                .filter(r -> !generated.contains("#### Options\n\n| option |")).toList());
    }
}

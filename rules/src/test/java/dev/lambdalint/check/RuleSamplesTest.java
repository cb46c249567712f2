package dev.lambdalint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's sample gives exactly its marked findings; every rule is documented and sampled ({@link RuleRegistryTest}
 * starts from the classes, {@link ReadmeRulesTest} keeps the README generated from the docs).
 */
class RuleSamplesTest {

    @TestFactory
    Stream<DynamicTest> eachRuleFindsExactlyItsMarkedLines() {
        return Rules.all().stream()
                .map(rule -> rule.info().id())
                .filter(id -> Files.isDirectory(SampleVerifier.SAMPLES.resolve(id)))
                .map(id -> DynamicTest.dynamicTest(id, () -> {
                    List<String> problems = SampleVerifier.verify(id);
                    assertEquals(List.of(), problems, () -> id + ":\n  " + String.join("\n  ", problems));
                }));
    }

    @Test
    void everyCodeRuleHasASampleWithMarkedFindings() throws Exception {
        for (Rule rule : Rules.all()) {
            String id = rule.info().id();
            if (id.equals("parse-error")) {
                continue; // sampled by ParseErrorTest: a sample that does not parse cannot live among the others
            }
            assertTrue(Files.isDirectory(SampleVerifier.SAMPLES.resolve(id)), "no sample for " + id);
            assertFalse(SampleVerifier.expectations(SampleVerifier.SAMPLES.resolve(id)).isEmpty(),
                    "sample of " + id + " marks no finding");
        }
    }

    @Test
    void everyRuleIsDocumentedWithABadAndAGoodExample() {
        for (RuleInfo info : Rules.infos()) {
            assertTrue(info.id().matches("[a-z]+(-[a-z]+)*"), info.id());
            assertFalse(info.summary().isBlank(), info.id());
            assertFalse(info.description().isBlank(), info.id() + " has no description");
            assertFalse(info.badExample().isBlank(), info.id() + " has no bad example");
            assertFalse(info.goodExample().isBlank(), info.id() + " has no good example");
        }
    }
}

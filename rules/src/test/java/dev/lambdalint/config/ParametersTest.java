package dev.lambdalint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Severity;
import dev.lambdalint.sizing.UsageInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParametersTest {
    /** As a command line spells them, to see that messages use the front end's names. */
    private final Parameters cli = new Parameters(name -> "--" + name.toUpperCase());

    @Test
    void commaListsAreSplitTrimmedAndBlanksDropped() {
        assertEquals(List.of("a", "b", "c"), Parameters.split(Arrays.asList(" a, b", null, ",", "c ")));
        assertEquals(List.of(), Parameters.split(null));
        assertEquals(List.of(Path.of("usage"), Path.of("more/logs")), Parameters.paths(List.of("usage,more/logs")));
    }

    @Test
    void failOnSeverityIsParsedOrRefusedNamingTheParameter() {
        assertEquals(Severity.ERROR, cli.failOnSeverity(" Error "));
        ConfigurationException bad = assertThrows(ConfigurationException.class, () -> cli.failOnSeverity("fatal"));
        assertEquals("invalid value 'fatal' for --FAILONSEVERITY; expected error, warning or info", bad.getMessage());
        ConfigurationException empty = assertThrows(ConfigurationException.class, () -> cli.failOnSeverity(" "));
        assertTrue(empty.getMessage().startsWith("--FAILONSEVERITY is empty"), empty.getMessage());
    }

    @Test
    void encodingDefaultsToUtf8AndRefusesUnknownCharsets() {
        assertEquals(StandardCharsets.UTF_8, cli.encoding(null));
        assertEquals(StandardCharsets.ISO_8859_1, cli.encoding("ISO-8859-1"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> cli.encoding("klingon-8"));
        assertEquals("unknown encoding 'klingon-8' for --ENCODING", e.getMessage());
    }

    @Test
    void threadsKeepTheUnsetValueAndRefuseLessThanOne() {
        assertEquals(0, cli.threads(null, 0));
        assertEquals(1, cli.threads(null, 1));
        assertEquals(3, cli.threads(3, 0));
        assertEquals("--THREADS must be 1 or more, not 0",
                assertThrows(ConfigurationException.class, () -> cli.threads(0, 0)).getMessage());
    }

    @Test
    void functionNamesAreUsageNameToLogicalId() {
        assertEquals(Map.of("orders-prod", "OrderFunction", "quotes", "QuoteFunction"),
                cli.functionNames(List.of("orders-prod = OrderFunction,quotes=QuoteFunction")));
        for (String bad : List.of("orders-prod", "=OrderFunction", "orders-prod=")) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> cli.functionNames(List.of(bad)));
            assertEquals("invalid --FUNCTIONNAMES entry '" + bad + "'; expected usage-name=LogicalId", e.getMessage());
        }
    }

    @Test
    void usageWithoutAwsStaysOffline() {
        UsageInput input = cli.usage(new UsageParameters(List.of("usage"), List.of("a=B"), " orders ", false,
                "eu-west-1", null, 0, "orders-", 0));

        assertEquals(List.of(Path.of("usage")), input.files());
        assertEquals(Map.of("a", "B"), input.functionNames());
        assertEquals("orders", input.stackName());
        assertNull(input.live(), "no live mode unless aws is on, whatever else is set");
    }

    @Test
    void usageWithAwsCarriesTheLiveOptions() {
        UsageInput input = cli.usage(new UsageParameters(List.of(), List.of(), null, true, "eu-west-1", " ", 7,
                "orders-", 30));

        assertEquals("eu-west-1", input.live().region());
        assertNull(input.live().profile());
        assertEquals(Duration.ofDays(7), input.live().lookBack());
        assertEquals(Duration.ofSeconds(30), input.live().timeBudget());
        assertEquals("orders-", input.livePrefix());
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> cli.usage(
                new UsageParameters(List.of(), List.of(), null, true, null, null, 0, null, 120)));
        assertEquals("--AWSLOOKBACKDAYS and --AWSTIMEBUDGETSECONDS must be 1 or more, not 0 and 120", e.getMessage());
    }

    @Test
    void timestampsAreIsoOrEpochSecondsElseEmpty() {
        assertEquals(Optional.of(Instant.parse("2024-05-01T10:00:00Z")),
                Parameters.timestamp("2024-05-01T12:00:00+02:00"));
        assertEquals(Optional.of(Instant.ofEpochSecond(1714557600L)), Parameters.timestamp("1714557600"));
        assertEquals(Optional.empty(), Parameters.timestamp(null));
        assertEquals(Optional.empty(), Parameters.timestamp("1"), "Maven's 'not set'");
        assertEquals(Optional.empty(), Parameters.timestamp("yesterday"));
    }
}

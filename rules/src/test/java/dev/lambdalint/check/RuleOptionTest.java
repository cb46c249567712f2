package dev.lambdalint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Typed options parse what a user writes and refuse the rest, saying what they expect. */
class RuleOptionTest {

    @Test
    void aShareIsADecimalOrAPercentage() {
        RuleOption<Double> share = RuleOption.share("headroom", 0.8, "d");
        assertEquals(0.7, share.parse("0.7"), 1e-12);
        assertEquals(0.7, share.parse(" 70% "), 1e-12);
        assertEquals(1.0, share.parse("100%"), 1e-12);
        for (String bad : new String[] {"0", "1.5", "-10%", "eighty", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> share.parse(bad), bad);
            assertEquals("must be a share above 0 and at most 1, written 0.8 or 80%, not '" + bad.trim() + "'",
                    e.getMessage());
        }
        assertEquals("0.8", share.defaultText());
    }

    @Test
    void countsNumbersAndFlags() {
        assertEquals(12, RuleOption.count("n", 3, "d").parse("12"));
        assertThrows(IllegalArgumentException.class, () -> RuleOption.count("n", 3, "d").parse("-1"));
        assertThrows(IllegalArgumentException.class, () -> RuleOption.count("n", 3, "d").parse("1.5"));
        assertEquals(2.5, RuleOption.number("ms", 1000, "d").parse("2.5"), 1e-12);
        assertEquals("1000", RuleOption.number("ms", 1000, "d").defaultText());
        assertThrows(IllegalArgumentException.class, () -> RuleOption.number("ms", 1, "d").parse("NaN"));
        assertEquals(Boolean.TRUE, RuleOption.flag("on", false, "d").parse("TRUE"));
        assertThrows(IllegalArgumentException.class, () -> RuleOption.flag("on", false, "d").parse("yes"));
    }

    @Test
    void aNameIsCamelCase() {
        assertThrows(IllegalArgumentException.class, () -> RuleOption.count("max-entries", 1, "d"));
    }
}

package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsoleColourTest {

    @Test
    void colourOnlyInAnInteractiveTerminalByDefault() {
        assertTrue(ConsoleColour.enabled(null, false, null, "xterm-256color", true));
        assertFalse(ConsoleColour.enabled(null, true, null, "xterm", true), "-B turns it off");
        assertFalse(ConsoleColour.enabled(null, false, null, "xterm", false), "no terminal, no colour");
        assertFalse(ConsoleColour.enabled("auto", false, null, "dumb", true));
    }

    @Test
    void noColorTurnsItOffWhateverItsValue() {
        assertFalse(ConsoleColour.enabled(null, false, "1", "xterm", true));
        assertFalse(ConsoleColour.enabled("auto", false, "yes", "xterm", true));
        assertTrue(ConsoleColour.enabled(null, false, "", "xterm", true), "an empty NO_COLOR does not count");
    }

    @Test
    void styleColorDecidesFirst() {
        assertTrue(ConsoleColour.enabled("always", true, "1", "dumb", false));
        assertFalse(ConsoleColour.enabled("never", false, null, "xterm", true));
    }
}

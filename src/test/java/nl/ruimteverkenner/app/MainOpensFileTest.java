package nl.ruimteverkenner.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A double-clicked {@code .ruimte} file (the installers' file association) opens the window, not the command line. */
class MainOpensFileTest {
    @Test
    void aSingleRuimteFileOpensTheApp() {
        assertTrue(Main.opensFile(new String[] {"/home/wethouder/Downloads/Voorontwerp.ruimte"}));
        assertTrue(Main.opensFile(new String[] {"C:\\Users\\x\\Scenario.RUIMTE"}));
    }

    @Test
    void commandsStayCommands() {
        assertFalse(Main.opensFile(new String[] {"validate", "a.ruimte"}));
        assertFalse(Main.opensFile(new String[] {"--version"}));
        assertFalse(Main.opensFile(new String[] {"scenarios/demo"}));
        assertFalse(Main.opensFile(new String[0]));
    }
}

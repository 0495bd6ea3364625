package nl.ruimteverkenner.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import nl.ruimteverkenner.ui.shell.Shortcuts.Focus;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.Shortcuts.Scope;
import nl.ruimteverkenner.ui.shell.Shortcuts.Shortcut;
import org.junit.jupiter.api.Test;

/** The shortcut table: which entry acts for a key, by focus and priority. */
class ShortcutsTest {
    private static KeyEvent press(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    private static KeyCombination plain(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_ANY);
    }

    @Test
    void singleLettersActOnlyWhenNoTextFieldHasTheFocus() {
        List<String> log = new ArrayList<>();
        Shortcuts keys = new Shortcuts().add("s", Group.EXPLORE, Scope.NOT_TYPING, () -> log.add("S"), plain(KeyCode.S));
        assertTrue(keys.handle(press(KeyCode.S), Focus.OTHER));
        assertFalse(keys.handle(press(KeyCode.S), Focus.TEXT));
        assertEquals(List.of("S"), log);
    }

    @Test
    void higherPriorityIsTriedFirstAndMayPass() {
        List<String> log = new ArrayList<>();
        boolean[] drawing = {true};
        Shortcuts keys = new Shortcuts()
                .add(new Shortcut("clear", Group.GENERAL, List.of(plain(KeyCode.ESCAPE)), Scope.NOT_TYPING, 0,
                        () -> log.add("clear")))
                .add(new Shortcut("cancel", Group.SKETCH, List.of(plain(KeyCode.ESCAPE)), Scope.NOT_TYPING, 30,
                        () -> drawing[0] && log.add("cancel")));
        keys.handle(press(KeyCode.ESCAPE), Focus.OTHER);
        drawing[0] = false;
        keys.handle(press(KeyCode.ESCAPE), Focus.OTHER);
        assertEquals(List.of("cancel", "clear"), log);
    }

    @Test
    void arrowsPanOnlyWhenTheFocusDoesNotUseThem() {
        List<String> log = new ArrayList<>();
        Shortcuts keys = new Shortcuts().add("left", Group.MAP, Scope.MAP, () -> log.add("pan"), plain(KeyCode.LEFT));
        keys.handle(press(KeyCode.LEFT), Focus.OTHER);
        keys.handle(press(KeyCode.LEFT), Focus.ARROWS);
        assertEquals(List.of("pan"), log);
    }

    @Test
    void documentedEntriesAreListedByGroupAndIdsAreUnique() {
        Shortcuts keys = new Shortcuts().document("map.drag", Group.MAP).document("help.keys", Group.GENERAL)
                .document("map.wheel", Group.MAP);
        assertEquals(List.of(Group.MAP, Group.GENERAL), List.copyOf(keys.groups().keySet()));
        assertEquals(List.of("map.drag", "map.wheel"), keys.groups().get(Group.MAP).stream().map(Shortcut::id).toList());
        assertFalse(keys.handle(press(KeyCode.F1), Focus.OTHER), "a documented entry does not act");
        assertThrows(IllegalArgumentException.class, () -> keys.document("map.drag", Group.MAP));
    }
}

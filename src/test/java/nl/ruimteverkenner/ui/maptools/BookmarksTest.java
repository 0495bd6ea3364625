package nl.ruimteverkenner.ui.maptools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ruimteverkenner.io.SettingsStore;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.settings.Settings.Bookmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookmarksTest {
    @Test
    void bookmarksAreKeptPerScenarioAndASameNameReplacesInPlace() {
        Bookmarks b = new Bookmarks(new Settings());
        b.put("a", "Waalsprong", 5.86, 51.84, 12);
        b.put("a", "Groningen", 6.56, 53.2, 10);
        b.put("b", "Elders", 4.0, 52.0, 9);
        b.put("a", "  waalsprong\t", 5.9, 51.9, 13);
        assertEquals(List.of("waalsprong", "Groningen"), b.of("a").stream().map(x -> x.name).toList());
        assertEquals(5.9, b.find("a", "WAALSPRONG").orElseThrow().lon);
        assertEquals(List.of("Elders"), b.of("b").stream().map(x -> x.name).toList());
        assertTrue(b.remove("a", "groningen"));
        assertFalse(b.remove("a", "groningen"));
        assertTrue(b.remove("b", "Elders"));
        assertEquals(List.of(), b.of("b"));
        assertEquals(List.of(), b.of("nothing"));
    }

    @Test
    void namesAreCleanedAndUnusableBookmarksRefused() {
        assertEquals("a b c", Bookmarks.clean(" a\n b\r\n\tc "));
        assertEquals(Bookmarks.MAX_NAME, Bookmarks.clean("x".repeat(200)).length());
        Bookmarks b = new Bookmarks(new Settings());
        assertThrows(IllegalArgumentException.class, () -> b.put("a", "   ", 5, 52, 10));
        assertThrows(IllegalArgumentException.class, () -> b.put("a", "nan", Double.NaN, 52, 10));
        assertThrows(IllegalArgumentException.class, () -> b.put("a", "far", 5, 95, 10));
    }

    @Test
    void bookmarksSurviveTheSettingsFileAndDamagedEntriesAreLeftOut(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Settings s = new Settings();
        new Bookmarks(s).put("voorontwerp", "Nijmegen", 5.86, 51.84, 12.5);
        new SettingsStore(file).save(s);
        Bookmark read = new Bookmarks(new SettingsStore(file).load()).of("voorontwerp").get(0);
        assertEquals("Nijmegen", read.name);
        assertEquals(12.5, read.zoom);
        // a hand-edited file: one good entry, one without a name, one with a zoom that is not a number
        Files.writeString(file, """
                {"bookmarks": {"voorontwerp": [
                  {"name": "Goed", "lon": 5.1, "lat": 52.1, "zoom": 9},
                  {"lon": 5.1, "lat": 52.1, "zoom": 9},
                  {"name": "Kapot", "lon": 5.1, "lat": 52.1, "zoom": "NaN"}]}}
                """);
        Settings loaded = new SettingsStore(file).load();
        Bookmarks b = new Bookmarks(loaded);
        assertEquals(List.of("Goed"), b.of("voorontwerp").stream().map(x -> x.name).toList());
        b.put("voorontwerp", "Nieuw", 6, 52, 10);
        assertEquals(List.of("Goed", "Nieuw"), b.of("voorontwerp").stream().map(x -> x.name).toList());
    }
}

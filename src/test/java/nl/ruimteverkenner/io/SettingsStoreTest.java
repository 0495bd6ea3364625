package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.ruimteverkenner.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveARoundTrip() {
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.json"));
        Settings s = new Settings();
        s.windowX = 12;
        s.windowWidth = 1000;
        s.horizon = 2050;
        s.visible.put("water", false);
        s.opacity.put("group:beweging-1", 0.3);
        s.onlineBasemap = true;
        store.save(s);
        Settings back = store.load();
        assertEquals(12, back.windowX);
        assertEquals(1000, back.windowWidth);
        assertEquals(2050, back.horizon);
        assertEquals(false, back.visible.get("water"));
        assertEquals(0.3, back.opacity.get("group:beweging-1"));
        assertTrue(back.onlineBasemap);
    }

    @Test
    void theLanguageSurvivesARoundTripAndOlderFilesFollowTheSystem() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings s = new Settings();
        assertEquals("", s.language, "never chosen: follow the system");
        s.language = "en";
        store.save(s);
        assertEquals("en", store.load().language);
        assertEquals("en", SettingsStore.readLanguage(store.file()));
        // a settings file written before there was a language setting
        Files.writeString(store.file(), "{ \"horizon\": 2100, \"snapping\": false }");
        Settings old = store.load();
        assertEquals(2100, old.horizon);
        assertEquals("", old.language);
        assertEquals("", SettingsStore.readLanguage(store.file()));
        assertEquals("", SettingsStore.readLanguage(dir.resolve("missing.json")));
    }

    @Test
    void readingTheLanguageLeavesADamagedFileAlone() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"language\": ");
        assertEquals("", SettingsStore.readLanguage(file));
        assertEquals("{ \"language\": ", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing kept aside");
        }
    }

    @Test
    void anOldOnlineSwitchMeansOpenStreetMapAlreadyAgreedTo() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"horizon\": 2040, \"onlineBasemap\": true }");
        Settings on = new SettingsStore(file).load();
        assertEquals(Settings.OSM, on.background);
        assertEquals(List.of(Settings.OSM_HOST), on.onlineConsent);
        assertEquals(2040, on.horizon);
        Files.writeString(file, "{ \"onlineBasemap\": false }");
        Settings off = new SettingsStore(file).load();
        assertEquals(Settings.OFFLINE, off.background);
        assertTrue(off.onlineConsent.isEmpty());
        assertEquals(Settings.OFFLINE, new SettingsStore(dir.resolve("none.json")).load().background);
    }

    @Test
    void theBackgroundChoiceSurvivesARoundTripAndTheOldSwitchStaysReadable() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        Settings s = store.load();
        s.background = "brt-grijs";
        s.onlineConsent.add("service.pdok.nl");
        store.save(s);
        Settings back = store.load();
        assertEquals("brt-grijs", back.background);
        assertEquals(List.of("service.pdok.nl"), back.onlineConsent);
        assertFalse(back.onlineBasemap, "an older version must not switch OpenStreetMap on for a PDOK choice");
        assertTrue(Files.readString(file).contains("\"onlineBasemap\""), "still written for older versions");
    }

    @Test
    void damagedFileGivesDefaultsAndIsKeptAside() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"horizon\": ");
        SettingsStore store = new SettingsStore(file);
        Settings s = store.load();
        assertEquals(2030, s.horizon);
        Path kept = store.keptAside().orElseThrow();
        assertTrue(kept.getFileName().toString().startsWith("settings.beschadigd-"), kept.toString());
        assertEquals("{ \"horizon\": ", Files.readString(kept));
    }

    @Test
    void aDamagedFileIsNeverWrittenOver() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        Settings s = store.load();
        Files.writeString(file, "{ \"horizon\": "); // damaged after it was read
        store.save(s);
        Path kept = store.keptAside().orElseThrow();
        assertEquals("{ \"horizon\": ", Files.readString(kept));
        assertEquals(2030, new SettingsStore(file).load().horizon);
        // an earlier kept file is not replaced by a later one
        Files.writeString(file, "[");
        assertEquals(2030, new SettingsStore(file).load().horizon);
        assertEquals("{ \"horizon\": ", Files.readString(kept));
    }

    @Test
    void atomicWriteLeavesNoTemporaryFiles() throws Exception {
        Path target = dir.resolve("a.txt");
        AtomicFiles.write(target, "een".getBytes());
        AtomicFiles.write(target, "twee".getBytes());
        assertEquals("twee", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)),
                    "readable like any other file, not 0600 like the temporary file");
        }
    }
}

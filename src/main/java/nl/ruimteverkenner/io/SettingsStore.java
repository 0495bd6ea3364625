package nl.ruimteverkenner.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ruimteverkenner.settings.Settings;

/**
 * Reads and writes {@link Settings} as JSON in the user's data folder. A missing or damaged file gives
 * the defaults (a damaged one is kept aside as {@code settings.json.bad}); writes are atomic.
 */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The folder for settings, caches and imported data: {@code -Druimteverkenner.home} or per platform. */
    public static Path defaultDataDir() {
        String override = System.getProperty("ruimteverkenner.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Ruimteverkenner");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Ruimteverkenner");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("ruimteverkenner");
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return new Settings();
        }
        try {
            Settings s = mapper.readValue(file.toFile(), Settings.class);
            return s == null ? new Settings() : s;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "settings file unreadable, using defaults: " + file, e);
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".bad"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(Level.FINE, "could not move damaged settings aside", moveFailed);
            }
            return new Settings();
        }
    }

    public void save(Settings s) {
        try {
            AtomicFiles.write(file, mapper.writeValueAsBytes(s));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not save settings to " + file, e);
        }
    }
}

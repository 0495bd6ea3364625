package nl.ruimteverkenner.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ruimteverkenner.settings.Settings;

/**
 * Reads and writes {@link Settings} as JSON in the user's data folder. A missing or damaged file gives
 * the defaults; a damaged one is kept aside ({@link AtomicFiles#preserveUnreadable}, see {@link #keptAside}) before
 * anything is written over it. Writes are atomic.
 */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private volatile Path keptAside;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** Where a damaged settings file was kept by {@link #load} or {@link #save}, if one was. */
    public Optional<Path> keptAside() {
        return Optional.ofNullable(keptAside);
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
            Settings fresh = new Settings();
            fresh.migrate();
            return fresh;
        }
        try {
            Settings s = mapper.readValue(file.toFile(), Settings.class);
            Settings loaded = s == null ? new Settings() : s;
            loaded.migrate();
            return loaded;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "settings file unreadable, using defaults: " + file, e);
            keepAside();
            Settings fresh = new Settings();
            fresh.migrate();
            return fresh;
        }
    }

    /** Renames a damaged settings file beside itself; when that fails, {@link #save} will not write over it. */
    private boolean keepAside() {
        try {
            AtomicFiles.preserveUnreadable(file).ifPresent(p -> keptAside = p);
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not keep the damaged settings file " + file, e);
            return false;
        }
    }

    private boolean readable() {
        try {
            mapper.readValue(file.toFile(), Settings.class);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The language saved in the settings file {@code file} ({@code nl}, {@code en} or empty), read without side
     * effects: a missing or damaged file gives empty and is left as it is. For the command line, which never writes
     * settings (and does not start Jackson when there is no file).
     */
    public static String readLanguage(Path file) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try {
            Settings s = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile(), Settings.class);
            return s == null || s.language == null ? "" : s.language;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Writes the settings atomically, first keeping a damaged file that is there. */
    public void save(Settings s) {
        if (Files.exists(file) && !readable() && !keepAside()) {
            return;
        }
        try {
            AtomicFiles.write(file, mapper.writeValueAsBytes(s));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not save settings to " + file, e);
        }
    }
}

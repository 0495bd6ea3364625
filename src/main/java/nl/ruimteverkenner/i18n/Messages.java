package nl.ruimteverkenner.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Access to the user-facing texts in {@code messages.properties} (Dutch, the default) and
 * {@code messages_en.properties} (English), in the language chosen with {@link #use}. Every text is a
 * {@link MessageFormat} pattern, so apostrophes are written twice in both bundles. Numbers and dates for people
 * are formatted here too, in the language's locale ({@link #number}, {@link #date}, {@link #dateTime}); machine
 * formats (JSON, CSV) never go through this class.
 */
public final class Messages {
    private static final String BASE = "nl.ruimteverkenner.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The language in use and its bundle, swapped as one. */
    private record State(Language language, ResourceBundle bundle) {
    }

    private static volatile State state = load(Language.DUTCH);

    private Messages() {
    }

    private static State load(Language language) {
        // Dutch is the base bundle itself; English falls back to it for nothing (every key is translated)
        Locale wanted = language == Language.DUTCH ? Locale.ROOT : language.locale();
        return new State(language, ResourceBundle.getBundle(BASE, wanted, NO_FALLBACK));
    }

    /**
     * Switches every following text to {@code language} and returns the language used until now (so a caller can
     * switch back). The app calls it once at start-up, the command line per run.
     */
    public static Language use(Language language) {
        Language previous = state.language();
        if (language != previous) {
            state = load(language);
        }
        return previous;
    }

    /** The language in use. */
    public static Language language() {
        return state.language();
    }

    /** The text for {@code key} with {@code {0}}-style placeholders filled in. */
    public static String get(String key, Object... args) {
        return format(state, key, args);
    }

    /** The text for {@code key} in {@code language}, whatever language is in use (a message in both languages). */
    public static String get(Language language, String key, Object... args) {
        State s = state;
        return format(s.language() == language ? s : load(language), key, args);
    }

    private static String format(State s, String key, Object... args) {
        return new MessageFormat(raw(s, key), s.language().locale()).format(args);
    }

    private static String raw(State s, String key) {
        try {
            return s.bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("missing message key: " + key, e);
        }
    }

    /** Whether the bundle has {@code key}. */
    public static boolean has(String key) {
        return state.bundle().containsKey(key);
    }

    /** The locale used for number and date formatting in messages. */
    public static Locale locale() {
        return state.language().locale();
    }

    /** A number for people, with grouping and exactly {@code decimals} decimals: "1.234,5" in Dutch, "1,234.5" in English. */
    public static String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setGroupingUsed(true);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    /** A date for people: "29 november 2026" in Dutch, "29 November 2026" in English ({@code format.date}). */
    public static String date(LocalDate date) {
        return pattern("format.date").format(date);
    }

    /** A date and time for people: "29-11-2026 14:05" in Dutch, "29 Nov 2026 14:05" in English ({@code format.dateTime}). */
    public static String dateTime(LocalDateTime time) {
        return pattern("format.dateTime").format(time);
    }

    /**
     * A date and time written in ISO 8601 (as the app stores them: {@code 2026-11-29T14:05:00}, with or without an
     * offset) for people, as {@link #dateTime(LocalDateTime)}; text that is not such a time is returned as it is.
     */
    public static String dateTime(String iso) {
        if (iso == null || iso.isBlank()) {
            return iso == null ? "" : iso;
        }
        try {
            return dateTime(LocalDateTime.parse(iso.strip()));
        } catch (DateTimeParseException e) {
            try {
                return dateTime(OffsetDateTime.parse(iso.strip()).toLocalDateTime());
            } catch (DateTimeParseException e2) {
                return iso;
            }
        }
    }

    private static DateTimeFormatter pattern(String key) {
        State s = state;
        return DateTimeFormatter.ofPattern(raw(s, key), s.language().locale());
    }
}

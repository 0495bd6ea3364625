package nl.ruimteverkenner.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the user interface, the command line and the report: Dutch (the default, {@code messages.properties})
 * and English ({@code messages_en.properties}). Which one applies is decided here, in one place: the system property
 * {@value #PROPERTY} first, then the user's saved choice, then, for the app only, the system's language.
 */
public enum Language {
    DUTCH("nl", Locale.forLanguageTag("nl-NL")),
    ENGLISH("en", Locale.ENGLISH);

    /** System property that forces a language for one run ({@code nl} or {@code en}), above the saved choice. */
    public static final String PROPERTY = "ruimteverkenner.language";

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code used on the command line ({@code --lang}) and in the settings: {@code nl} or {@code en}. */
    public String code() {
        return code;
    }

    /** The locale for numbers and dates. */
    public Locale locale() {
        return locale;
    }

    /** The language for a code ({@code nl}, {@code en}, any case); empty for anything else (blank, {@code system}). */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
    }

    /** English when the system's language is English, otherwise Dutch. */
    public static Language forSystem(Locale system) {
        return system != null && "en".equals(system.getLanguage()) ? ENGLISH : DUTCH;
    }

    /**
     * The language of the desktop app: {@code forced} (the system property) if it names one, else the saved choice,
     * else the system's language ({@link #forSystem}).
     */
    public static Language forApp(String forced, String saved, Locale system) {
        return fromCode(forced).or(() -> fromCode(saved)).orElseGet(() -> forSystem(system));
    }

    /** As {@link #forApp(String, String, Locale)} with the system property and the default locale. */
    public static Language forApp(String saved) {
        return forApp(System.getProperty(PROPERTY), saved, Locale.getDefault());
    }

    /**
     * The default language of the command line (before {@code --lang}): {@code forced} (the system property) if it
     * names one, else the saved choice, else Dutch, whatever the system's language is.
     */
    public static Language forCommandLine(String forced, String saved) {
        return fromCode(forced).or(() -> fromCode(saved)).orElse(DUTCH);
    }

    /** As {@link #forCommandLine(String, String)} with the system property. */
    public static Language forCommandLine(String saved) {
        return forCommandLine(System.getProperty(PROPERTY), saved);
    }
}

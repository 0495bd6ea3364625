package nl.ruimteverkenner.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Access to the Dutch user-facing texts in {@code messages.properties}. Every text is a
 * {@link MessageFormat} pattern, so apostrophes are written twice in the bundle.
 */
public final class Messages {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("nl.ruimteverkenner.i18n.messages", Locale.ROOT);

    private Messages() {
    }

    /** The text for {@code key} with {@code {0}}-style placeholders filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("missing message key: " + key, e);
        }
        return new MessageFormat(pattern, DUTCH).format(args);
    }

    /** Whether the bundle has {@code key}. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    /** The locale used for number formatting in messages. */
    public static Locale locale() {
        return DUTCH;
    }
}

package nl.ruimteverkenner.ui.settings;

import java.util.Locale;
import java.util.Optional;
import nl.ruimteverkenner.i18n.Language;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.settings.Settings;

/**
 * The user's language choice under *Instellingen › Taal*, kept in {@link Settings#language}: Dutch, English or the
 * system's language (empty). A new choice takes effect at the next start; {@link #choose} says whether the texts
 * will then differ from the ones in use, and {@link #restartNotice} is the notice in both languages. No nodes.
 */
public final class LanguageChoice {
    /** The three answers of the menu; {@link #SYSTEM} follows the system's language. */
    public enum Option {
        DUTCH("nl"), ENGLISH("en"), SYSTEM("");

        private final String code;

        Option(String code) {
            this.code = code;
        }

        /** What is saved in the settings for this option. */
        public String code() {
            return code;
        }

        /** The option for a saved value: {@code nl}, {@code en}, anything else the system's language. */
        public static Option of(String saved) {
            return Language.fromCode(saved).map(l -> l == Language.DUTCH ? DUTCH : ENGLISH).orElse(SYSTEM);
        }
    }

    private final Settings settings;
    private final Locale system;

    /** @param system the system's locale (what {@link Option#SYSTEM} follows) */
    public LanguageChoice(Settings settings, Locale system) {
        this.settings = settings;
        this.system = system;
    }

    /** The option saved now. */
    public Option current() {
        return Option.of(settings.language);
    }

    /** The language an option gives at the next start (the system property left aside). */
    public Language languageOf(Option o) {
        return Language.forApp(null, o.code(), system);
    }

    /**
     * Saves {@code o} in the settings and returns the language of the next start if it differs from the language
     * in use now (so a restart notice is due), empty otherwise.
     */
    public Optional<Language> choose(Option o) {
        settings.language = o.code();
        Language next = languageOf(o);
        return next == Messages.language() ? Optional.empty() : Optional.of(next);
    }

    /** The notice that the new language applies after a restart: first in the language in use, then in {@code next}. */
    public static String restartNotice(Language next) {
        String now = Messages.get("language.restart");
        String then = Messages.get(next, "language.restart");
        return now.equals(then) ? now : now + "\n\n" + then;
    }
}

package nl.ruimteverkenner.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import nl.ruimteverkenner.i18n.Language;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.ui.settings.LanguageChoice.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Instellingen › Taal without a screen: what is saved and when a restart notice is due. */
class LanguageChoiceTest {
    private final Language before = Messages.use(Language.DUTCH);

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void aChoiceIsSavedAndANoticeIsDueOnlyWhenTheTextsWillChange() {
        Settings settings = new Settings();
        LanguageChoice choice = new LanguageChoice(settings, Locale.GERMANY);
        assertEquals(Option.SYSTEM, choice.current());
        assertEquals(Language.DUTCH, choice.languageOf(Option.SYSTEM), "a German system gives Dutch");
        assertEquals(Optional.of(Language.ENGLISH), choice.choose(Option.ENGLISH));
        assertEquals("en", settings.language);
        assertEquals(Option.ENGLISH, choice.current());
        assertEquals(Optional.empty(), choice.choose(Option.DUTCH), "back to the language in use: nothing to restart");
        assertEquals("nl", settings.language);
        assertEquals(Optional.empty(), choice.choose(Option.SYSTEM));
        assertEquals("", settings.language);
    }

    @Test
    void theSystemOptionFollowsAnEnglishSystem() {
        Settings settings = new Settings();
        settings.language = "nl";
        LanguageChoice choice = new LanguageChoice(settings, Locale.UK);
        assertEquals(Option.DUTCH, choice.current());
        assertEquals(Optional.of(Language.ENGLISH), choice.choose(Option.SYSTEM));
        assertEquals("", settings.language);
    }

    @Test
    void theRestartNoticeIsInBothLanguages() {
        String notice = LanguageChoice.restartNotice(Language.ENGLISH);
        assertTrue(notice.startsWith("De nieuwe taal gaat in wanneer u Ruimteverkenner opnieuw start."), notice);
        assertTrue(notice.endsWith("The new language takes effect when you restart Ruimteverkenner."), notice);
        assertEquals(Messages.get("language.restart"), LanguageChoice.restartNotice(Language.DUTCH));
    }
}

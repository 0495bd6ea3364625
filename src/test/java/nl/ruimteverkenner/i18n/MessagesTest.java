package nl.ruimteverkenner.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Switching the language of the texts, numbers and dates for people in both languages, and which language applies. */
class MessagesTest {
    private final Language before = Messages.language();

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void dutchIsTheDefaultAndEnglishCanBeSwitchedOnAndBack() {
        Messages.use(Language.DUTCH);
        assertEquals("Bestand", Messages.get("menu.file"));
        assertEquals(Language.DUTCH, Messages.use(Language.ENGLISH));
        assertEquals("File", Messages.get("menu.file"));
        assertEquals("Friction points", Messages.get("schuurpunten.title"));
        assertEquals("Choice to be made (≈ 2050)", Messages.get("category.te-maken"));
        assertEquals("Water and soil is guiding: housing must give way to water storage.",
                Messages.get("schuurpunt.sturend", "housing", "water storage"));
        assertEquals("1 error, 2 warnings", Messages.get("status.problems", 1, 2));
        assertEquals(Language.ENGLISH, Messages.use(Language.DUTCH));
        assertEquals("1 fout, 2 waarschuwingen", Messages.get("status.problems", 1, 2));
    }

    @Test
    void aTextCanBeAskedInTheOtherLanguageWithoutSwitching() {
        Messages.use(Language.DUTCH);
        assertEquals("English", Messages.get(Language.ENGLISH, "language.name"));
        assertEquals("Nederlands", Messages.get("language.name"));
        assertEquals(Language.DUTCH, Messages.language());
    }

    @Test
    void hectaresAndNumbersFollowTheLanguage() {
        Messages.use(Language.DUTCH);
        assertEquals("1.234,5 ha", Messages.get("schuurpunt.ha", 1234.5));
        assertEquals("1.234,5", Messages.number(1234.5, 1));
        assertEquals("12.000", Messages.number(11999.6, 0));
        Messages.use(Language.ENGLISH);
        assertEquals("1,234.5 ha", Messages.get("schuurpunt.ha", 1234.5));
        assertEquals("1,234.5", Messages.number(1234.5, 1));
        assertEquals("0.50", Messages.number(0.5, 2));
        assertEquals("Distance 1,250 m", Messages.get("measure.distance", Messages.get("measure.m", 1250)));
    }

    @Test
    void datesFollowTheLanguage() {
        LocalDate d = LocalDate.of(2026, 11, 29);
        Messages.use(Language.DUTCH);
        assertEquals("29 november 2026", Messages.date(d));
        assertEquals("29-11-2026 14:05", Messages.dateTime(LocalDateTime.of(2026, 11, 29, 14, 5)));
        assertEquals("29-11-2026 14:05", Messages.dateTime("2026-11-29T14:05:00"));
        assertEquals("29-11-2026 14:05", Messages.dateTime("2026-11-29T14:05:00+01:00"));
        assertEquals("gisteren", Messages.dateTime("gisteren"), "what is not a time stays as it is");
        Messages.use(Language.ENGLISH);
        assertEquals("29 November 2026", Messages.date(d));
        assertEquals("29 Nov 2026 14:05", Messages.dateTime("2026-11-29T14:05:00"));
    }

    @Test
    void theAppFollowsTheSystemUnlessChosenAndTheCommandLineStaysDutch() {
        Locale english = Locale.US;
        Locale german = Locale.GERMANY;
        assertEquals(Language.ENGLISH, Language.forApp(null, "", english));
        assertEquals(Language.DUTCH, Language.forApp(null, "", german));
        assertEquals(Language.DUTCH, Language.forApp(null, "", Locale.forLanguageTag("nl-BE")));
        assertEquals(Language.DUTCH, Language.forApp(null, "nl", english), "a saved choice beats the system");
        assertEquals(Language.ENGLISH, Language.forApp(null, "EN", german));
        assertEquals(Language.DUTCH, Language.forApp("nl", "en", english), "the system property beats the saved choice");
        assertEquals(Language.ENGLISH, Language.forApp("bogus", "en", german));
        assertEquals(Language.DUTCH, Language.forCommandLine(null, ""), "the command line is Dutch whatever the system");
        assertEquals(Language.ENGLISH, Language.forCommandLine(null, "en"));
        assertEquals(Language.DUTCH, Language.forCommandLine("nl", "en"));
    }
}

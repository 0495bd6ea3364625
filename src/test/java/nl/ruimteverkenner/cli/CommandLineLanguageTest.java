package nl.ruimteverkenner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.i18n.Language;
import nl.ruimteverkenner.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang en|nl} anywhere on the command line, the saved choice of the app, and Dutch otherwise. */
class CommandLineLanguageTest {
    @TempDir
    Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String forced;
    private Locale system;

    @BeforeEach
    void isolate() {
        // the build pins the language for the tests; these tests decide it themselves
        forced = System.clearProperty(Language.PROPERTY);
        system = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        if (forced != null) {
            System.setProperty(Language.PROPERTY, forced);
        }
        Locale.setDefault(system);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> home).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpInEnglishWithLangBeforeOrAfterTheCommand() {
        assertEquals(0, run("--lang", "en", "--help"));
        assertTrue(stdout().startsWith("Usage: java -jar ruimteverkenner.jar") && stdout().contains("--lang nl|en"), stdout());
        assertEquals(0, run("--help", "--lang=en"));
        assertTrue(stdout().startsWith("Usage:"), stdout());
        assertEquals(0, run("--lang", "en"));
        assertTrue(stdout().startsWith("Usage:"), "only --lang: the usage, in English");
        assertEquals(Language.DUTCH, Messages.language(), "the language of a run does not stay behind");
        assertEquals(0, run("--help"));
        assertTrue(stdout().startsWith("Gebruik:"), stdout());
    }

    @Test
    void validateAndAnalyseSpeakEnglishWithTheSameExitCodesAndJsonFields() throws Exception {
        String demo = TestScenarios.scenarios().resolve("demo").toString();
        assertEquals(0, run("validate", demo, "--lang", "en"));
        assertTrue(stdout().startsWith("Valid: Demonstratie Nota Ruimte ("), stdout());
        assertTrue(stdout().contains(" layers, ") && stdout().contains(" choices, "), stdout());
        assertEquals(0, run("--lang", "en", "analyse", demo, "--horizon", "2050"));
        assertTrue(stdout().startsWith("Friction points in Demonstratie Nota Ruimte at 2050:"), stdout());
        assertEquals(2, run("--lang", "en", "analyse", demo, "--horizon", "2040"));
        assertTrue(stderr().contains("Unknown horizon \"2040\"") && stderr().contains("Usage:"), stderr());
        assertEquals(2, run("--lang", "en", "--nonsense"));
        assertTrue(stderr().contains("Unknown option \"--nonsense\""), stderr());
        assertEquals(0, run("--lang", "en", "analyse", demo, "--horizon", "2050", "--json"));
        JsonNode english = new ObjectMapper().readTree(stdout());
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--json"));
        JsonNode dutch = new ObjectMapper().readTree(stdout());
        assertEquals(dutch.size(), english.size());
        for (int i = 0; i < dutch.size(); i++) {
            List<String> nlFields = new ArrayList<>();
            dutch.get(i).fieldNames().forEachRemaining(nlFields::add);
            List<String> enFields = new ArrayList<>();
            english.get(i).fieldNames().forEachRemaining(enFields::add);
            assertEquals(nlFields, enFields, "the same fields in English");
            for (String machine : List.of("rule", "relation", "areaHa", "lengthKm", "basis", "center", "provinces")) {
                assertEquals(dutch.get(i).get(machine), english.get(i).get(machine), machine + " is not translated");
            }
        }
    }

    @Test
    void anUnknownLanguageExitsTwoWithTheUsage() {
        assertEquals(2, run("--lang", "de", "--help"));
        assertTrue(stderr().contains("Onbekende taal \"de\"") && stderr().contains("Gebruik:"), stderr());
        assertEquals(2, run("--help", "--lang"));
        assertTrue(stderr().contains("Onbekende taal \"\""), stderr());
    }

    @Test
    void theAppsSavedChoiceApplies_butNotTheSystemLanguage() throws Exception {
        Locale.setDefault(Locale.US);
        assertEquals(0, run("--help"));
        assertTrue(stdout().startsWith("Gebruik:"), "an English system leaves the command line Dutch: " + stdout());
        Files.writeString(home.resolve("settings.json"), "{ \"horizon\": 2050, \"language\": \"en\" }");
        assertEquals(0, run("--help"));
        assertTrue(stdout().startsWith("Usage:"), "English chosen in the app: " + stdout());
        assertEquals(0, run("--lang", "nl", "--help"));
        assertTrue(stdout().startsWith("Gebruik:"), "--lang beats the saved choice: " + stdout());
        Files.writeString(home.resolve("settings.json"), "{ \"language\": ");
        assertEquals(0, run("--help"));
        assertTrue(stdout().startsWith("Gebruik:"), stdout());
        assertEquals("{ \"language\": ", Files.readString(home.resolve("settings.json")), "a damaged file is left alone");
    }
}

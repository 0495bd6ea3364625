package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ruimteverkenner.model.SchuurpuntKeuze;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchuurpuntKeuzeStoreTest {
    @TempDir
    Path dir;

    private static SchuurpuntKeuze keuze(String key, String direction) {
        return new SchuurpuntKeuze(key, "Woningbouw \"Waal\"; uiterwaard", 2050, "A of B", direction, "omdat", "provincie", "2026-11-23T20:00");
    }

    @Test
    void recordedChoicesSurviveARoundTrip() throws Exception {
        SchuurpuntKeuzeStore store = new SchuurpuntKeuzeStore(dir);
        Map<String, SchuurpuntKeuze> m = new LinkedHashMap<>();
        m.put("r|a|b", keuze("r|a|b", "woningbouw verplaatsen"));
        m.put("r|c|d", new SchuurpuntKeuze("r|c|d", "", 2050, "", "", "", "", ""));
        store.save(m);
        List<Problem> problems = new ArrayList<>();
        Map<String, SchuurpuntKeuze> back = store.load(problems);
        assertEquals(List.of(), problems);
        assertEquals(1, back.size(), "blank choices are not stored");
        assertEquals(keuze("r|a|b", "woningbouw verplaatsen"), back.get("r|a|b"));
    }

    @Test
    void damagedFileIsReportedAndLeftAlone() throws Exception {
        Files.writeString(dir.resolve(SchuurpuntKeuzeStore.FILE), "{ \"keuzes\": [");
        List<Problem> problems = new ArrayList<>();
        assertTrue(new SchuurpuntKeuzeStore(dir).load(problems).isEmpty());
        assertEquals(1, problems.size());
        assertEquals("{ \"keuzes\": [", Files.readString(dir.resolve(SchuurpuntKeuzeStore.FILE)));
    }

    @Test
    void aDamagedFileIsKeptBeforeTheNextSaveWritesOverIt() throws Exception {
        Path file = dir.resolve(SchuurpuntKeuzeStore.FILE);
        Files.writeString(file, "{ \"keuzes\": [ {\"schuurpunt\": \"r|x|y\"");
        SchuurpuntKeuzeStore store = new SchuurpuntKeuzeStore(dir);
        store.load(new ArrayList<>());
        Path kept = store.save(Map.of("r|a|b", keuze("r|a|b", "verplaatsen"))).orElseThrow();
        assertTrue(kept.getFileName().toString().matches("schuurpunt-keuzes\\.beschadigd-\\d{8}-\\d{6}(-\\d+)?\\.json"), kept.toString());
        assertEquals(dir, kept.getParent());
        assertEquals("{ \"keuzes\": [ {\"schuurpunt\": \"r|x|y\"", Files.readString(kept));
        List<Problem> problems = new ArrayList<>();
        assertEquals(Map.of("r|a|b", keuze("r|a|b", "verplaatsen")), store.load(problems));
        assertEquals(List.of(), problems);
        // a second damaged file in the same second gets a name of its own
        Files.writeString(file, "[");
        Path second = store.save(Map.of()).orElseThrow();
        assertFalse(second.equals(kept));
        assertEquals("[", Files.readString(second));
        assertTrue(Files.exists(kept));
        // a readable file is simply replaced
        assertEquals(Optional.empty(), store.save(Map.of()));
    }

    @Test
    void exportNeutralisesFormulas() throws Exception {
        Path csv = dir.resolve("k.csv");
        SchuurpuntKeuze evil = new SchuurpuntKeuze("=HYPERLINK(\"http://x\";\"y\")", "=1+1", 2050, "+SUM(A1)", "-2+3",
                "@cmd", "\tgemeente", "\r2026");
        SchuurpuntKeuzeStore.exportCsv(List.of(evil, keuze("r|a|b", "a - b = c")), csv);
        String[] lines = Files.readString(csv, StandardCharsets.UTF_8).split("\r\n");
        assertEquals("\"'=1+1\";2050;\"'+SUM(A1)\";\"'-2+3\";\"'@cmd\";\"'\tgemeente\";\"'\r2026\";"
                + "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"", lines[1]);
        assertTrue(lines[2].contains("\"a - b = c\""), "only a formula at the start is neutralised: " + lines[2]);
        assertEquals("\"\"", SchuurpuntKeuzeStore.csv(""));
    }

    @Test
    void exportIsASemicolonCsvWithQuotedFields() throws Exception {
        Path csv = dir.resolve("k.csv");
        SchuurpuntKeuzeStore.exportCsv(List.of(keuze("r|a|b", "verplaatsen")), csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFSchuurpunt;Horizon;Opties;Gekozen richting"), text);
        assertTrue(text.contains("\"Woningbouw \"\"Waal\"\"; uiterwaard\";2050;\"A of B\";\"verplaatsen\""), text);
        assertEquals(2, text.strip().split("\r\n").length);
    }
}

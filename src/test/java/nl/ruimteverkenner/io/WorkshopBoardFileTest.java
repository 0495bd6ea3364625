package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.model.Note;
import nl.ruimteverkenner.model.NoteColour;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Vote;
import nl.ruimteverkenner.model.WorkshopBoard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/**
 * A variant's notes and votes: saved with the variant and read back equal, an old variant without them opens,
 * damaged notes open with a problem (the rest of the variant and the file stay), and the CSV and GeoJSON exports.
 */
class WorkshopBoardFileTest {
    @TempDir
    Path dir;

    private static Scenario demo() {
        ScenarioLoad load = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo"));
        assertTrue(load.isValid(), () -> load.problems().toString());
        return load.scenario().orElseThrow();
    }

    static WorkshopBoard board() {
        WorkshopBoard b = WorkshopBoard.EMPTY.withParticipants(List.of("Anna", "Tafel 2"), 4);
        b = b.withNote(new Note(b.nextId(), b.nextNumber(), 5.123456789012, 52.0987654321, "Hier \"groene\" buffer;\nniet bouwen",
                "Tafel 2", NoteColour.GREEN, "2026-11-29T10:15:00"));
        b = b.withNote(new Note(b.nextId(), b.nextNumber(), 5.2, 52.2, "Tweede", "", NoteColour.PINK, "2026-11-29T10:16:00"));
        b = b.withoutNote("notitie-2");
        b = b.withNote(new Note(b.nextId(), b.nextNumber(), 5.3, 52.3, "=HYPERLINK(\"x\")", "@Anna", NoteColour.YELLOW, ""));
        return b.withVote(new Vote("Anna", Vote.Kind.NOTE, "notitie-1")).withVote(new Vote("Anna", Vote.Kind.NOTE, "notitie-1"))
                .withVote(new Vote("Tafel 2", Vote.Kind.SCHUURPUNT, "wonen-in-rivierruimte|a|b"))
                .withVote(new Vote("Tafel 2", Vote.Kind.SKETCH, "schets-1"));
    }

    @Test
    void notesAndVotesAreSavedWithTheVariantAndReadBackEqual() throws Exception {
        WorkshopBoard board = board();
        Scenario variant = demo().toBuilder().id("werkplaats").name("Werkplaats").board(board).build();
        Path out = dir.resolve("werkplaats");
        new ScenarioWriter().save(variant, out);
        assertTrue(Files.exists(out.resolve(ScenarioReader.NOTES)));
        ScenarioLoad back = new ScenarioReader().read(out);
        assertTrue(back.isValid(), () -> back.problems().toString());
        assertEquals(board, back.scenario().orElseThrow().board());
        assertEquals(4, back.scenario().orElseThrow().board().nextNumber(), "a deleted note's number stays used");
        // the recovery copy uses the same writer
        new RecoveryStore(dir.resolve("data")).save(variant, out);
        Path recovered = new RecoveryStore(dir.resolve("data")).load().orElseThrow().scenario();
        assertEquals(board, new ScenarioReader().read(recovered).scenario().orElseThrow().board());
    }

    @Test
    void aScenarioWithoutNotesWritesNoNotesFileAndOpensWithAnEmptyBoard() throws Exception {
        Scenario s = demo();
        assertEquals(WorkshopBoard.EMPTY, s.board(), "the bundled demo (an old file) has no notes");
        Path out = dir.resolve("zonder");
        new ScenarioWriter().save(s, out);
        assertFalse(Files.exists(out.resolve(ScenarioReader.NOTES)));
        assertTrue(new ScenarioReader().read(out).isValid());
    }

    @Test
    void aDamagedNotesFileOpensTheVariantWithAProblemAndIsLeftAsItIs() throws Exception {
        Path out = dir.resolve("kapot");
        new ScenarioWriter().save(demo().toBuilder().board(board()).build(), out);
        String damaged = "{\"formatVersion\": 1, \"notes\": [ {\"id\": \"notitie-1\", ";
        Files.writeString(out.resolve(ScenarioReader.NOTES), damaged, StandardCharsets.UTF_8);
        ScenarioLoad load = new ScenarioReader().read(out);
        Scenario s = load.scenario().orElseThrow();
        assertEquals(demo().layers().size(), s.layers().size(), "the rest of the variant is there");
        assertEquals(WorkshopBoard.EMPTY, s.board());
        assertTrue(load.problems().stream().anyMatch(p -> p.file().equals(ScenarioReader.NOTES) && p.isError()
                && p.message().contains("notities")), () -> load.problems().toString());
        assertEquals(damaged, Files.readString(out.resolve(ScenarioReader.NOTES), StandardCharsets.UTF_8));
    }

    @Test
    void aFaultyNoteOrVoteIsLeftOutWithAProblemAndTheRestIsKept() throws Exception {
        Path out = dir.resolve("half");
        new ScenarioWriter().save(demo(), out);
        Files.writeString(out.resolve(ScenarioReader.NOTES), """
                {"formatVersion": 1, "dotsPerParticipant": 1, "participants": ["Anna"],
                 "notes": [
                   {"id": "notitie-1", "number": 1, "lon": 5.1, "lat": 52.1, "text": "Goed", "colour": "paars"},
                   {"id": "notitie-2", "number": 2, "lon": 150, "lat": 52.1, "text": "Ver weg"},
                   {"id": "notitie-3", "number": 3, "lon": 5.1, "lat": 52.1}
                 ],
                 "votes": [
                   {"participant": "Anna", "kind": "notitie", "target": "notitie-1"},
                   {"participant": "Anna", "kind": "notitie", "target": "notitie-1"},
                   {"participant": "Bert", "kind": "schets", "target": "schets-1"}
                 ]}
                """, StandardCharsets.UTF_8);
        ScenarioLoad load = new ScenarioReader().read(out);
        WorkshopBoard b = load.scenario().orElseThrow().board();
        assertEquals(List.of("notitie-1"), b.notes().stream().map(Note::id).toList());
        assertEquals(NoteColour.YELLOW, b.notes().get(0).colour(), "an unknown colour becomes yellow");
        assertEquals(1, b.count(Vote.Kind.NOTE, "notitie-1"), "the dot over the limit is left out");
        assertEquals(4, b.nextNumber(), "numbers of notes left out are not given again");
        List<String> where = load.problems().stream().filter(p -> p.file().equals(ScenarioReader.NOTES))
                .map(Problem::location).toList();
        assertTrue(where.containsAll(List.of("notes[0].colour", "notes[1]", "notes[2].text", "votes[1]", "votes[2].participant")),
                where::toString);
    }

    @Test
    void theCsvNeutralisesFormulasAndTheGeoJsonReadsBackAsNumberedPoints() throws Exception {
        WorkshopBoard b = board();
        Note n3 = b.note("notitie-3").orElseThrow();
        Path csv = dir.resolve("stemmen.csv");
        BoardExport.writeCsv(List.of(new BoardExport.Row(Vote.Kind.NOTE, n3.number(), "", n3.text(), n3.author(), "geel",
                0, n3.lon(), n3.lat(), n3.created(), n3.id()),
                new BoardExport.Row(Vote.Kind.SCHUURPUNT, 0, "-Wonen × water", "", "", "", 1, Double.NaN, Double.NaN, "", "k")), csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFSoort;Nummer;"), text);
        String[] lines = text.split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("\"Notitie\";3;\"\";\"'=HYPERLINK(\"\"x\"\")\";\"'@Anna\";\"geel\";0;5.300000;52.300000;\"\";\"notitie-3\"", lines[1]);
        assertTrue(lines[2].contains("\"'-Wonen × water\""), lines[2]);

        Path geo = dir.resolve("notities.geojson");
        BoardExport.writeGeoJson(b, geo);
        JsonNode fc = new ObjectMapper().readTree(geo.toFile());
        assertEquals("FeatureCollection", fc.path("type").asText());
        assertEquals(2, fc.path("features").size());
        JsonNode first = fc.path("features").get(0);
        assertEquals(1, first.path("properties").path("number").asInt());
        assertEquals(b.notes().get(0).text(), first.path("properties").path("text").asText());
        assertEquals("Tafel 2", first.path("properties").path("author").asText());
        assertEquals("groen", first.path("properties").path("colour").asText());
        assertEquals(2, first.path("properties").path("votes").asInt());
        Point p = (Point) GeoJsonGeometryReader.read(new JsonCursor(first.path("geometry"), "",
                new ProblemCollector("notities.geojson", new java.util.ArrayList<>()))).orElseThrow();
        assertEquals(5.1234568, p.getX(), 1e-9);
        assertEquals(3, fc.path("features").get(1).path("properties").path("number").asInt());
    }
}

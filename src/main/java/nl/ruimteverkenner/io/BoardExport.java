package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ScenarioKeys.GeoJson;
import nl.ruimteverkenner.io.ScenarioKeys.NoteExport;
import nl.ruimteverkenner.model.Note;
import nl.ruimteverkenner.model.Vote;
import nl.ruimteverkenner.model.WorkshopBoard;

/**
 * Exports what a workshop decided, written atomically: a CSV list of everything with notes or dots (semicolons,
 * UTF-8 with byte-order mark, text that a spreadsheet would take for a formula neutralised as in the keuzes
 * export) and the notes as GeoJSON points with number, text, author, colour and votes.
 */
public final class BoardExport {
    private BoardExport() {
    }

    /**
     * One row of the CSV list: a note, sketch or schuurpunt with its dots. Number 0, empty text or NaN
     * coordinates leave the cell empty.
     */
    public record Row(Vote.Kind kind, int number, String title, String text, String author, String colour, int votes,
                      double lon, double lat, String created, String key) {
    }

    /** Writes the rows as CSV to {@code target}, in the order given. */
    public static void writeCsv(List<Row> rows, Path target) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(";", Messages.get("board.csv.header").split("\\|"))).append("\r\n");
        for (Row r : rows) {
            sb.append(String.join(";", List.of(
                    SchuurpuntKeuzeStore.csv(Messages.get("board.kind." + r.kind().id())),
                    r.number() > 0 ? Integer.toString(r.number()) : "",
                    SchuurpuntKeuzeStore.csv(r.title()), SchuurpuntKeuzeStore.csv(r.text()),
                    SchuurpuntKeuzeStore.csv(r.author()), SchuurpuntKeuzeStore.csv(r.colour()),
                    Integer.toString(r.votes()), coordinate(r.lon()), coordinate(r.lat()),
                    SchuurpuntKeuzeStore.csv(r.created()), SchuurpuntKeuzeStore.csv(r.key()))));
            sb.append("\r\n");
        }
        AtomicFiles.write(target, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A coordinate with a decimal point (a comma would split the cell in some programs); empty for NaN. */
    private static String coordinate(double v) {
        return Double.isNaN(v) ? "" : String.format(java.util.Locale.ROOT, "%.6f", v);
    }

    /** Writes the board's notes as a GeoJSON FeatureCollection of points (WGS84) to {@code target}. */
    public static void writeGeoJson(WorkshopBoard board, Path target) throws IOException {
        List<Object> features = new ArrayList<>();
        for (Note n : board.notes()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put(NoteExport.ID, n.id());
            p.put(NoteExport.NUMBER, n.number());
            p.put(NoteExport.TEXT, n.text());
            p.put(NoteExport.AUTHOR, n.author());
            p.put(NoteExport.COLOUR, n.colour().id());
            p.put(NoteExport.COLOUR_HEX, n.colour().hex());
            p.put(NoteExport.VOTES, board.count(Vote.Kind.NOTE, n.id()));
            p.put(NoteExport.CREATED, n.created());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put(GeoJson.TYPE, GeoJson.FEATURE);
            f.put(GeoJson.PROPERTIES, p);
            f.put(GeoJson.GEOMETRY, ScenarioWriter.geometry(n.point()));
            features.add(f);
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put(GeoJson.TYPE, GeoJson.FEATURE_COLLECTION);
        fc.put(GeoJson.FEATURES, features);
        AtomicFiles.write(target, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(fc));
    }
}

package nl.ruimteverkenner.model;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * A numbered note the facilitator put on the map in a workshop: where (lon/lat), what the room said, who said it
 * (a name or a table number, may be empty), its colour and when it was made (ISO local date-time). Numbers are
 * given in order of creation and never reused within a board.
 */
public record Note(String id, int number, double lon, double lat, String text, String author, NoteColour colour,
                   String created) {
    /** The longest text a note may have. */
    public static final int MAX_TEXT = 500;
    /** The longest author (name or table) a note may have. */
    public static final int MAX_AUTHOR = 80;
    private static final GeometryFactory GF = new GeometryFactory();

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(colour, "colour");
        text = text == null ? "" : text.strip();
        author = author == null ? "" : author.strip();
        created = created == null ? "" : created;
        if (id.isBlank()) {
            throw new IllegalArgumentException("empty note id");
        }
        if (number < 1) {
            throw new IllegalArgumentException("note number must be at least 1: " + number);
        }
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("note text must have 1 to " + MAX_TEXT + " characters");
        }
        if (author.length() > MAX_AUTHOR) {
            throw new IllegalArgumentException("note author longer than " + MAX_AUTHOR);
        }
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new IllegalArgumentException("note position out of range: " + lon + "," + lat);
        }
    }

    /** Where the note is, as a JTS point (lon/lat). */
    public Point point() {
        return GF.createPoint(new Coordinate(lon, lat));
    }

    /** The same note at another place. */
    public Note movedTo(double newLon, double newLat) {
        return new Note(id, number, newLon, newLat, text, author, colour, created);
    }

    /** The same note (number, place, time) with new text, author and colour. */
    public Note edited(String newText, String newAuthor, NoteColour newColour) {
        return new Note(id, number, lon, lat, newText, newAuthor, newColour, created);
    }
}

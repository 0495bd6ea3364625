package nl.ruimteverkenner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workshop board: numbering, the dot limit per participant, and what a deleted note takes along. */
class WorkshopBoardTest {
    private static Note note(WorkshopBoard b, String text) {
        return new Note(b.nextId(), b.nextNumber(), 5.1, 52.1, text, "Tafel 1", NoteColour.YELLOW, "2026-11-29T10:00");
    }

    @Test
    void notesAreNumberedInOrderAndNumbersAreNotReusedAfterADelete() {
        WorkshopBoard b = WorkshopBoard.EMPTY;
        b = b.withNote(note(b, "Eerste"));
        b = b.withNote(note(b, "Tweede"));
        assertEquals(List.of(1, 2), b.notes().stream().map(Note::number).toList());
        b = b.withoutNote("notitie-2");
        assertEquals(3, b.nextNumber(), "number 2 stays used");
        b = b.withNote(note(b, "Derde"));
        assertEquals(List.of(1, 3), b.notes().stream().map(Note::number).toList());
        assertEquals("notitie-3", b.notes().get(1).id());
    }

    @Test
    void aParticipantCannotSpendMoreThanTheirDots() {
        WorkshopBoard b = WorkshopBoard.EMPTY.withParticipants(List.of("Anna", "Tafel 2"), 2);
        b = b.withNote(note(b, "Groene buffer"));
        Vote onNote = new Vote("Anna", Vote.Kind.NOTE, "notitie-1");
        b = b.withVote(onNote).withVote(new Vote("Anna", Vote.Kind.SCHUURPUNT, "r|a|b"));
        assertEquals(0, b.remaining("Anna"));
        assertEquals(2, b.remaining("Tafel 2"));
        WorkshopBoard full = b;
        assertThrows(IllegalArgumentException.class, () -> full.withVote(onNote));
        assertThrows(IllegalArgumentException.class, () -> full.withVote(new Vote("Piet", Vote.Kind.NOTE, "notitie-1")),
                "someone not taking part has no dots");
        b = b.withVote(new Vote("Tafel 2", Vote.Kind.NOTE, "notitie-1"));
        assertEquals(2, b.count(Vote.Kind.NOTE, "notitie-1"));
        assertEquals(Map.of("notitie-1", 2), b.counts(Vote.Kind.NOTE));
        b = b.withoutVote(onNote);
        assertEquals(1, b.remaining("Anna"), "a dot taken back can be given again");
        assertEquals(b, b.withoutVote(new Vote("Anna", Vote.Kind.SKETCH, "schets-9")), "no such dot: unchanged");
    }

    @Test
    void deletingANoteGivesItsDotsBack() {
        WorkshopBoard b = WorkshopBoard.EMPTY.withParticipants(List.of("Anna"), 3);
        b = b.withNote(note(b, "Weg hier"));
        b = b.withVote(new Vote("Anna", Vote.Kind.NOTE, "notitie-1")).withVote(new Vote("Anna", Vote.Kind.NOTE, "notitie-1"));
        assertEquals(1, b.remaining("Anna"));
        b = b.withoutNote("notitie-1");
        assertEquals(3, b.remaining("Anna"));
        assertTrue(b.votes().isEmpty());
    }

    @Test
    void fewerDotsThanSomeoneGaveIsRefusedAndARemovedParticipantTakesTheirDots() {
        WorkshopBoard b = WorkshopBoard.EMPTY.withParticipants(List.of("Anna", "Bert"), 3);
        b = b.withVote(new Vote("Anna", Vote.Kind.SKETCH, "schets-1")).withVote(new Vote("Anna", Vote.Kind.SKETCH, "schets-1"));
        WorkshopBoard two = b;
        assertThrows(IllegalArgumentException.class, () -> two.withParticipants(List.of("Anna", "Bert"), 1));
        WorkshopBoard withoutAnna = b.withParticipants(List.of("Bert", " ", "Bert"), 1);
        assertEquals(List.of("Bert"), withoutAnna.participants(), "blank and double names are left out");
        assertTrue(withoutAnna.votes().isEmpty());
    }

    @Test
    void aNoteNeedsTextOfAtMost500CharactersAndAPlaceOnEarth() {
        assertThrows(IllegalArgumentException.class, () -> new Note("n", 1, 5, 52, "  ", "", NoteColour.BLUE, ""));
        assertThrows(IllegalArgumentException.class, () -> new Note("n", 1, 5, 52, "x".repeat(501), "", NoteColour.BLUE, ""));
        assertThrows(IllegalArgumentException.class, () -> new Note("n", 1, Double.NaN, 52, "x", "", NoteColour.BLUE, ""));
        Note n = new Note("n", 1, 5, 52, " x ".repeat(1), null, NoteColour.BLUE, null);
        assertEquals("x", n.text());
        assertEquals("", n.author());
        assertEquals(5.5, n.movedTo(5.5, 52.5).lon());
        assertEquals("y", n.edited("y", "Tafel 3", NoteColour.GREEN).text());
        assertFalse(WorkshopBoard.EMPTY.withNote(n).isEmpty());
        assertTrue(WorkshopBoard.EMPTY.isEmpty());
    }
}

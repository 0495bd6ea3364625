package nl.ruimteverkenner.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Note;
import nl.ruimteverkenner.model.NoteColour;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.model.Vote;
import nl.ruimteverkenner.model.WorkshopBoard;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Notes and dots as commands on the workshop's undo stack, the dot limit, and the list to vote from. */
class NotesModelTest {
    private final CommandStack stack = new CommandStack();
    private final NotesModel model = new NotesModel(stack);

    @Test
    void addEditMoveAndDeleteAreUndoneAndRedoneInOrder() {
        Note n = model.add(5.1, 52.1, new NotesModel.Form("Water eerst", "Tafel 3", NoteColour.BLUE));
        assertEquals(1, n.number());
        assertEquals(new NotesModel.Form("", "Tafel 3", NoteColour.BLUE), model.newForm(), "author and colour remembered");
        model.edit(n.id(), new NotesModel.Form("Water eerst, dan wonen", "Tafel 3", NoteColour.GREEN));
        model.move(n.id(), 5.2, 52.2);
        WorkshopBoard moved = model.board();
        model.delete(n.id());
        assertTrue(model.board().notes().isEmpty());
        assertEquals(4, stack.history().size());
        assertEquals("Notitie 1 verwijderd", stack.history().get(3).description());

        stack.undo();
        assertEquals(moved, model.board(), "delete undone");
        stack.undo();
        Note edited = model.board().note(n.id()).orElseThrow();
        assertEquals(5.1, edited.lon(), "move undone");
        assertEquals("Water eerst, dan wonen", edited.text());
        stack.undo();
        assertEquals(n, model.board().note(n.id()).orElseThrow(), "edit undone");
        stack.undo();
        assertTrue(model.board().notes().isEmpty(), "add undone");
        stack.redo();
        stack.redo();
        stack.redo();
        assertEquals(moved, model.board(), "redone up to the move");
        assertTrue(stack.isDirty());

        Note second = model.add(5.3, 52.3, model.newForm().text().isEmpty()
                ? new NotesModel.Form("Tweede", "", NoteColour.YELLOW) : null);
        assertEquals(2, second.number());
        model.delete(second.id());
        assertEquals(3, model.add(5.3, 52.3, new NotesModel.Form("Derde", "", NoteColour.PINK)).number(),
                "a deleted note's number is not given again");
    }

    @Test
    void aVoteIsUndoneAndAParticipantCannotGiveMoreThanTheirDots() {
        Note n = model.add(5.1, 52.1, new NotesModel.Form("Buffer", "", NoteColour.YELLOW));
        assertEquals(Optional.of("Voeg eerst deelnemers of tafels toe (knop Deelnemers…); elk krijgt een aantal stippen."),
                model.vote(Vote.Kind.NOTE, n.id(), "Buffer"));
        assertEquals(Optional.empty(), model.setParticipants(List.of("Anna", "Tafel 2"), 2));
        assertEquals("Anna", model.participantProperty().get(), "the first participant votes first");
        assertEquals(Optional.empty(), model.vote(Vote.Kind.NOTE, n.id(), "Buffer"));
        assertEquals(Optional.empty(), model.vote(Vote.Kind.SCHUURPUNT, "r|a|b", "Wonen × water"));
        Optional<String> refused = model.vote(Vote.Kind.NOTE, n.id(), "Buffer");
        assertTrue(refused.orElseThrow().startsWith("Anna heeft alle 2 stippen al geplakt"), refused::toString);
        assertEquals(2, model.board().votes().size(), "the refused dot was not given");
        int before = stack.history().size();

        stack.undo();
        assertEquals(1, model.board().remaining("Anna"), "the last dot undone");
        stack.redo();
        assertEquals(0, model.board().remaining("Anna"));
        assertEquals(before, stack.history().size());

        model.participantProperty().set("Tafel 2");
        assertEquals(Optional.of("Tafel 2 heeft hier geen stip geplakt."), model.unvote(Vote.Kind.NOTE, n.id(), "Buffer"));
        model.participantProperty().set("Anna");
        assertEquals(Optional.empty(), model.unvote(Vote.Kind.NOTE, n.id(), "Buffer"));
        assertEquals(0, model.board().count(Vote.Kind.NOTE, n.id()));
        model.vote(Vote.Kind.SKETCH, "schets-1", "Nieuwe wijk");
        assertEquals(2, model.board().spent("Anna"));
        assertEquals(Optional.of("Anna heeft al 2 stippen geplakt, meer dan 1. Neem eerst stippen terug."),
                model.setParticipants(List.of("Anna", "Tafel 2"), 1));
        assertEquals(2, model.board().dotsPerParticipant(), "refused: nothing changed");
        assertEquals(Optional.empty(), model.setParticipants(List.of("Tafel 2"), 1));
        assertFalse(model.board().participants().contains("Anna"));
        assertEquals("Tafel 2", model.participantProperty().get(), "the one voting is still taking part");
        assertTrue(model.board().votes().isEmpty(), "Anna's dots went with her");
        stack.undo();
        assertEquals(2, model.board().spent("Anna"), "and come back with an undo");
    }

    @Test
    void theListHasNotesSketchesAndSchuurpuntenMostDotsFirstAndKeepsDotsOnWhatIsGone() {
        model.setParticipants(List.of("Anna"), 3);
        Note n = model.add(5.1, 52.1, new NotesModel.Form("Buffer", "", NoteColour.YELLOW));
        Feature sketch = Feature.builder("schets-1", "schets-beweging-3", new GeometryFactory().createPoint(new Coordinate(5, 52)))
                .label("Nieuwe wijk").theme(Theme.BEWEGING_3).horizon(Horizon.H2030).category(KeuzeCategorie.TE_MAKEN)
                .build();
        model.vote(Vote.Kind.SKETCH, "schets-1", "Nieuwe wijk");
        model.vote(Vote.Kind.SKETCH, "schets-1", "Nieuwe wijk");
        model.vote(Vote.Kind.NOTE, n.id(), "Buffer");
        List<NotesModel.Item> items = model.items(List.of(sketch), List.of());
        assertEquals(List.of("schets-1", n.id()), items.stream().map(NotesModel.Item::id).toList());
        assertEquals(2, items.get(0).votes());
        assertTrue(items.get(0).present());
        // the sketch is deleted: its dots stay listed, under its name, and can be taken back
        NotesModel.Item gone = model.items(List.of(), List.of()).get(0);
        assertEquals(new NotesModel.Item(Vote.Kind.SKETCH, "schets-1", 0, "Nieuwe wijk", 2, false), gone);
        assertEquals(2, model.exportRows(List.of(), List.of()).size());
    }
}

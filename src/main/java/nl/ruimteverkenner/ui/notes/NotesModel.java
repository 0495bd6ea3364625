package nl.ruimteverkenner.ui.notes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.edit.ChangeCommand;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.BoardExport;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Note;
import nl.ruimteverkenner.model.NoteColour;
import nl.ruimteverkenner.model.Vote;
import nl.ruimteverkenner.model.WorkshopBoard;

/**
 * The workshop's notes and votes while the workshop is open: the current {@link WorkshopBoard}, changed only by
 * commands on the workshop's undo stack (so Ctrl+Z undoes a note or a dot like a sketch), the participant who is
 * voting now, and the author and colour the next note starts with. Holds no nodes; FX thread.
 */
public final class NotesModel {
    /** What the note form asks: text, author or table, colour. */
    public record Form(String text, String author, NoteColour colour) {
    }

    /**
     * Something the room can vote on, as the votes list shows it.
     *
     * @param present false when it has dots but is no longer there (a deleted sketch, a schuurpunt not at this
     *                horizon): its dots can still be taken back
     */
    public record Item(Vote.Kind kind, String id, int number, String title, int votes, boolean present) {
    }

    private final CommandStack stack;
    private final ObjectProperty<WorkshopBoard> board = new SimpleObjectProperty<>(WorkshopBoard.EMPTY);
    private final StringProperty participant = new SimpleStringProperty();
    private String lastAuthor = "";
    private NoteColour lastColour = NoteColour.YELLOW;
    /** Titles of things seen this session, so dots on something no longer shown still have a name. */
    private final Map<String, String> knownTitles = new HashMap<>();

    public NotesModel(CommandStack stack) {
        this.stack = stack;
        board.addListener((o, a, b) -> {
            if (participant.get() != null && !b.participants().contains(participant.get())) {
                participant.set(b.participants().isEmpty() ? null : b.participants().get(0));
            }
        });
    }

    /** The current board (read only: change it through the methods below). */
    public ReadOnlyObjectProperty<WorkshopBoard> boardProperty() {
        return board;
    }

    public WorkshopBoard board() {
        return board.get();
    }

    /** Shows the board of a newly opened scenario (not an edit: nothing to undo). */
    public void load(WorkshopBoard b) {
        board.set(b == null ? WorkshopBoard.EMPTY : b);
        participant.set(board.get().participants().isEmpty() ? null : board.get().participants().get(0));
    }

    /** Who is voting now (one of the participants, or null). */
    public StringProperty participantProperty() {
        return participant;
    }

    /** The form for a new note: empty text, the author and colour of the last note. */
    public Form newForm() {
        return new Form("", lastAuthor, lastColour);
    }

    private void change(UnaryOperator<WorkshopBoard> edit, String description) {
        stack.execute(new ChangeCommand<>(board::get, board::set, edit, description));
    }

    /** Adds a note at lon/lat as an undoable edit; the author and colour are remembered for the next one. */
    public Note add(double lon, double lat, Form f) {
        WorkshopBoard b = board.get();
        Note n = new Note(b.nextId(), b.nextNumber(), lon, lat, f.text(), f.author(), f.colour(),
                LocalDateTime.now().withNano(0).toString());
        lastAuthor = n.author();
        lastColour = n.colour();
        change(x -> x.withNote(n), Messages.get("notes.added", n.number(), short40(n.text())));
        return n;
    }

    /** Changes a note's text, author and colour as an undoable edit (nothing when nothing changed). */
    public void edit(String id, Form f) {
        board.get().note(id).ifPresent(n -> {
            Note changed = n.edited(f.text(), f.author(), f.colour());
            if (!changed.equals(n)) {
                lastAuthor = changed.author();
                lastColour = changed.colour();
                change(x -> x.withNoteReplaced(changed), Messages.get("notes.changed", n.number()));
            }
        });
    }

    /** Moves a note as an undoable edit. */
    public void move(String id, double lon, double lat) {
        board.get().note(id).ifPresent(n -> change(x -> x.withNoteReplaced(n.movedTo(lon, lat)),
                Messages.get("notes.moved", n.number())));
    }

    /** Deletes a note (and the dots on it) as an undoable edit; its number is not given again. */
    public void delete(String id) {
        board.get().note(id).ifPresent(n -> change(x -> x.withoutNote(id), Messages.get("notes.removed", n.number())));
    }

    /**
     * The current participant puts a dot on something, as an undoable edit; empty when done, else the Dutch
     * reason it was refused (no participant chosen, no dots left).
     */
    public Optional<String> vote(Vote.Kind kind, String targetId, String title) {
        String p = participant.get();
        WorkshopBoard b = board.get();
        if (b.participants().isEmpty()) {
            return Optional.of(Messages.get("votes.noParticipants"));
        }
        if (p == null || !b.participants().contains(p)) {
            return Optional.of(Messages.get("votes.choose"));
        }
        if (b.remaining(p) < 1) {
            return Optional.of(Messages.get("votes.none", p, b.dotsPerParticipant()));
        }
        Vote v = new Vote(p, kind, targetId);
        change(x -> x.withVote(v), Messages.get("votes.given", p, short40(title)));
        return Optional.empty();
    }

    /** The current participant takes one of their dots off something; empty when done, else why not. */
    public Optional<String> unvote(Vote.Kind kind, String targetId, String title) {
        String p = participant.get();
        if (p == null) {
            return Optional.of(Messages.get(board.get().participants().isEmpty() ? "votes.noParticipants" : "votes.choose"));
        }
        if (board.get().count(p, kind, targetId) < 1) {
            return Optional.of(Messages.get("votes.notHere", p));
        }
        Vote v = new Vote(p, kind, targetId);
        change(x -> x.withoutVote(v), Messages.get("votes.taken", p, short40(title)));
        return Optional.empty();
    }

    /**
     * Sets the participants and their dots as an undoable edit; empty when done, else why not (someone staying
     * has given more dots than the new number).
     */
    public Optional<String> setParticipants(List<String> names, int dots) {
        WorkshopBoard b = board.get();
        for (String p : names) {
            if (b.spent(p.strip()) > dots) {
                return Optional.of(Messages.get("votes.tooFew", p.strip(), b.spent(p.strip()), dots));
            }
        }
        WorkshopBoard next = b.withParticipants(names, dots);
        if (next.equals(b)) {
            return Optional.empty();
        }
        change(x -> x.withParticipants(names, dots), Messages.get("votes.participantsChanged", next.participants().size(), dots));
        if (participant.get() == null && !next.participants().isEmpty()) {
            participant.set(next.participants().get(0));
        }
        return Optional.empty();
    }

    /**
     * Everything the room can vote on, most dots first: the notes, the sketches, the schuurpunten given (of the
     * shown horizon), and things with dots that are no longer there. Ties keep that order.
     */
    public List<Item> items(List<Feature> sketches, List<Schuurpunt> schuurpunten) {
        WorkshopBoard b = board.get();
        Map<String, Item> out = new LinkedHashMap<>();
        for (Note n : b.notes()) {
            out.put(key(Vote.Kind.NOTE, n.id()), new Item(Vote.Kind.NOTE, n.id(), n.number(),
                    n.number() + ". " + short40(n.text()), b.count(Vote.Kind.NOTE, n.id()), true));
        }
        for (Feature f : sketches) {
            knownTitles.put(key(Vote.Kind.SKETCH, f.id()), f.label());
            out.put(key(Vote.Kind.SKETCH, f.id()), new Item(Vote.Kind.SKETCH, f.id(), 0, f.label(),
                    b.count(Vote.Kind.SKETCH, f.id()), true));
        }
        for (Schuurpunt sp : schuurpunten) {
            String title = schuurpuntTitle(sp);
            knownTitles.put(key(Vote.Kind.SCHUURPUNT, sp.key()), title);
            out.putIfAbsent(key(Vote.Kind.SCHUURPUNT, sp.key()), new Item(Vote.Kind.SCHUURPUNT, sp.key(), 0, title,
                    b.count(Vote.Kind.SCHUURPUNT, sp.key()), true));
        }
        for (Vote v : b.votes()) {
            out.computeIfAbsent(key(v.kind(), v.targetId()), k -> new Item(v.kind(), v.targetId(), 0,
                    knownTitles.getOrDefault(k, v.targetId()), b.count(v.kind(), v.targetId()), false));
        }
        List<Item> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparingInt(Item::votes).reversed());
        return sorted;
    }

    /** The rows of the CSV export: every note, and every other thing with dots, most dots first. */
    public List<BoardExport.Row> exportRows(List<Feature> sketches, List<Schuurpunt> schuurpunten) {
        WorkshopBoard b = board.get();
        List<BoardExport.Row> rows = new ArrayList<>();
        for (Item i : items(sketches, schuurpunten)) {
            if (i.kind() == Vote.Kind.NOTE) {
                Note n = b.note(i.id()).orElseThrow();
                rows.add(new BoardExport.Row(i.kind(), n.number(), "", n.text(), n.author(),
                        Messages.get("notes.colour." + n.colour().id()), i.votes(), n.lon(), n.lat(), n.created(), n.id()));
            } else if (i.votes() > 0) {
                rows.add(new BoardExport.Row(i.kind(), 0, i.title(), "", "", "", i.votes(), Double.NaN, Double.NaN, "", i.id()));
            }
        }
        return rows;
    }

    /** "Wonen in rivierruimte: Nieuwe wijk × Uiterwaarden Waal". */
    static String schuurpuntTitle(Schuurpunt sp) {
        return Messages.get("votes.schuurpunt", sp.rule().title(), sp.a().label(), sp.b().label());
    }

    private static String key(Vote.Kind kind, String id) {
        return kind.id() + ":" + id;
    }

    static String short40(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 40 ? one : one.substring(0, 39) + "…";
    }
}

package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import nl.ruimteverkenner.io.ScenarioKeys.Board;
import nl.ruimteverkenner.io.ScenarioKeys.NoteEntry;
import nl.ruimteverkenner.io.ScenarioKeys.VoteEntry;
import nl.ruimteverkenner.model.Note;
import nl.ruimteverkenner.model.NoteColour;
import nl.ruimteverkenner.model.Vote;
import nl.ruimteverkenner.model.WorkshopBoard;

/**
 * Reads a variant's workshop board ({@value ScenarioReader#NOTES}): notes, participants, dots and votes. Never
 * fails: a missing file is an empty board, a damaged file an empty board with a problem, and a faulty note or
 * vote is reported and left out while the rest is kept. The file itself is never changed.
 */
final class BoardReader {
    private BoardReader() {
    }

    static WorkshopBoard read(Path folder, List<Problem> problems,
                              BiFunction<Path, ProblemCollector, Optional<JsonNode>> parser) {
        String name = ScenarioReader.NOTES;
        if (!Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            return WorkshopBoard.EMPTY;
        }
        ProblemCollector pc = new ProblemCollector(name, problems);
        Optional<JsonNode> json = ScenarioReader.checkedFile(folder, name, pc).flatMap(f -> parser.apply(f, pc));
        if (json.isEmpty()) {
            pc.error("", "board.unreadable");
            return WorkshopBoard.EMPTY;
        }
        if (!json.get().isObject()) {
            pc.error("", "json.rootNotObject");
            pc.error("", "board.unreadable");
            return WorkshopBoard.EMPTY;
        }
        JsonCursor root = new JsonCursor(json.get(), "", pc);
        Optional<Integer> version = root.integer(Board.FORMAT_VERSION, false);
        if (version.isPresent() && version.get() != 1) {
            pc.error(Board.FORMAT_VERSION, "board.formatVersion", version.get());
            return WorkshopBoard.EMPTY;
        }
        int dots = root.integer(Board.DOTS, false).orElse(WorkshopBoard.DEFAULT_DOTS);
        if (dots < 1 || dots > WorkshopBoard.MAX_DOTS) {
            pc.error(Board.DOTS, "board.dots", dots, WorkshopBoard.MAX_DOTS);
            dots = WorkshopBoard.DEFAULT_DOTS;
        }
        List<String> participants = root.strings(Board.PARTICIPANTS);
        int[] highest = {0};
        List<Note> notes = readNotes(root, pc, highest);
        // a note left out keeps its number: it may be repaired by hand, and numbers are never given twice
        WorkshopBoard board = new WorkshopBoard(participants, dots, notes, List.of(),
                Math.max(highest[0] + 1, root.integer(Board.NEXT_NUMBER, false).orElse(1)));
        for (JsonCursor v : root.array(Board.VOTES, false).orElse(List.of())) {
            board = addVote(board, v, pc);
        }
        return board;
    }

    /** The usable notes; {@code highest[0]} becomes the highest number of any note, usable or not. */
    private static List<Note> readNotes(JsonCursor root, ProblemCollector pc, int[] highest) {
        List<Note> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        String colours = String.join(", ", Arrays.stream(NoteColour.values()).map(NoteColour::id).toList());
        for (JsonCursor n : root.array(Board.NOTES, false).orElse(List.of())) {
            int before = pc.errorsAdded();
            Optional<String> id = n.string(NoteEntry.ID, true);
            Optional<Integer> number = n.integer(NoteEntry.NUMBER, true);
            number.ifPresent(x -> highest[0] = Math.max(highest[0], x));
            Optional<Double> lon = n.number(NoteEntry.LON, true);
            Optional<Double> lat = n.number(NoteEntry.LAT, true);
            Optional<String> text = n.string(NoteEntry.TEXT, true);
            String author = n.string(NoteEntry.AUTHOR, false).orElse("");
            NoteColour colour = n.string(NoteEntry.COLOUR, false).map(c -> NoteColour.fromId(c).orElseGet(() -> {
                pc.warning(n.childPath(NoteEntry.COLOUR), "board.colour", c, colours);
                return NoteColour.YELLOW;
            })).orElse(NoteColour.YELLOW);
            String created = n.string(NoteEntry.CREATED, false).orElse("");
            if (id.isPresent() && !ids.add(id.get())) {
                pc.error(n.childPath(NoteEntry.ID), "id.duplicate", id.get());
            }
            if (number.isPresent() && (number.get() < 1 || !numbers.add(number.get()))) {
                pc.error(n.childPath(NoteEntry.NUMBER), "board.number", number.get());
            }
            if (lon.isPresent() && lat.isPresent() && !ScenarioReader.PLAUSIBLE_AREA.contains(lon.get(), lat.get())) {
                pc.error(n.path(), "board.position", lon.get(), lat.get());
            }
            if (text.isPresent() && text.get().length() > Note.MAX_TEXT) {
                pc.error(n.childPath(NoteEntry.TEXT), "board.textTooLong", text.get().length(), Note.MAX_TEXT);
            }
            if (author.length() > Note.MAX_AUTHOR) {
                pc.error(n.childPath(NoteEntry.AUTHOR), "board.authorTooLong", author.length(), Note.MAX_AUTHOR);
            }
            if (pc.errorsAdded() == before && id.isPresent() && number.isPresent() && lon.isPresent() && lat.isPresent()
                    && text.isPresent()) {
                out.add(new Note(id.get(), number.get(), lon.get(), lat.get(), text.get(), author, colour, created));
            }
        }
        return out;
    }

    private static WorkshopBoard addVote(WorkshopBoard board, JsonCursor v, ProblemCollector pc) {
        Optional<String> participant = v.string(VoteEntry.PARTICIPANT, true);
        Optional<Vote.Kind> kind = v.enumValue(VoteEntry.KIND, true, Vote.Kind::fromId,
                String.join(", ", Arrays.stream(Vote.Kind.values()).map(Vote.Kind::id).toList()));
        Optional<String> target = v.string(VoteEntry.TARGET, true);
        if (participant.isEmpty() || kind.isEmpty() || target.isEmpty()) {
            return board;
        }
        if (!board.participants().contains(participant.get())) {
            pc.error(v.childPath(VoteEntry.PARTICIPANT), "board.unknownParticipant", participant.get());
            return board;
        }
        if (kind.get() == Vote.Kind.NOTE && board.note(target.get()).isEmpty()) {
            pc.warning(v.childPath(VoteEntry.TARGET), "board.unknownNote", target.get());
            return board;
        }
        if (board.remaining(participant.get()) < 1) {
            pc.error(v.path(), "board.tooManyDots", participant.get(), board.dotsPerParticipant());
            return board;
        }
        return board.withVote(new Vote(participant.get(), kind.get(), target.get()));
    }
}

package nl.ruimteverkenner.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the room decided in a workshop: the numbered notes on the map, the participants (people or tables) who
 * vote with dots, how many dots each has, and the dots given. Immutable: every change returns a new board.
 * Note numbers are given in order of creation and never reused ({@link #nextNumber()} only goes up); a deleted
 * note takes its dots with it.
 */
public final class WorkshopBoard {
    /** The dots each participant has unless the facilitator sets otherwise. */
    public static final int DEFAULT_DOTS = 3;
    /** The most dots a participant may have. */
    public static final int MAX_DOTS = 20;
    /** A board with nothing on it. */
    public static final WorkshopBoard EMPTY = new WorkshopBoard(List.of(), DEFAULT_DOTS, List.of(), List.of(), 1);

    private final List<String> participants;
    private final int dotsPerParticipant;
    private final List<Note> notes;
    private final List<Vote> votes;
    private final int nextNumber;

    /**
     * @param participants       names, each once (blank names are left out)
     * @param dotsPerParticipant 1 to {@value #MAX_DOTS}
     * @param notes              in order of creation; ids and numbers unique
     * @param votes              every dot, in the order given; each by a listed participant
     * @param nextNumber         the number the next note gets (raised past the notes' numbers if lower)
     */
    public WorkshopBoard(List<String> participants, int dotsPerParticipant, List<Note> notes, List<Vote> votes,
                         int nextNumber) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String p : participants) {
            if (p != null && !p.isBlank()) {
                names.add(p.strip());
            }
        }
        this.participants = List.copyOf(names);
        if (dotsPerParticipant < 1 || dotsPerParticipant > MAX_DOTS) {
            throw new IllegalArgumentException("dots per participant must be 1 to " + MAX_DOTS + ": " + dotsPerParticipant);
        }
        this.dotsPerParticipant = dotsPerParticipant;
        this.notes = List.copyOf(notes);
        this.votes = List.copyOf(votes);
        int next = Math.max(1, nextNumber);
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        LinkedHashSet<Integer> numbers = new LinkedHashSet<>();
        for (Note n : this.notes) {
            if (!ids.add(n.id()) || !numbers.add(n.number())) {
                throw new IllegalArgumentException("note id or number used twice: " + n.id() + " " + n.number());
            }
            next = Math.max(next, n.number() + 1);
        }
        this.nextNumber = next;
        for (Vote v : this.votes) {
            if (!this.participants.contains(v.participant())) {
                throw new IllegalArgumentException("vote by someone not taking part: " + v.participant());
            }
        }
    }

    public List<String> participants() {
        return participants;
    }

    public int dotsPerParticipant() {
        return dotsPerParticipant;
    }

    /** The notes in order of creation. */
    public List<Note> notes() {
        return notes;
    }

    /** Every dot, in the order given. */
    public List<Vote> votes() {
        return votes;
    }

    /** The number the next note gets. */
    public int nextNumber() {
        return nextNumber;
    }

    /** Whether there is nothing to keep: no notes, votes or participants, and the default number of dots. */
    public boolean isEmpty() {
        return notes.isEmpty() && votes.isEmpty() && participants.isEmpty() && dotsPerParticipant == DEFAULT_DOTS
                && nextNumber == 1;
    }

    public Optional<Note> note(String id) {
        return notes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The id the next note gets ("notitie-&lt;number&gt;"). */
    public String nextId() {
        return "notitie-" + nextNumber;
    }

    /** The board with a note added; the note should have {@link #nextNumber()} and {@link #nextId()}. */
    public WorkshopBoard withNote(Note n) {
        List<Note> ns = new ArrayList<>(notes);
        ns.add(n);
        return new WorkshopBoard(participants, dotsPerParticipant, ns, votes, nextNumber);
    }

    /** The board with the note of the same id replaced by {@code n}. */
    public WorkshopBoard withNoteReplaced(Note n) {
        List<Note> ns = new ArrayList<>(notes);
        boolean found = false;
        for (int i = 0; i < ns.size(); i++) {
            if (ns.get(i).id().equals(n.id())) {
                ns.set(i, n);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no note " + n.id());
        }
        return new WorkshopBoard(participants, dotsPerParticipant, ns, votes, nextNumber);
    }

    /** The board without a note and the dots on it; its number stays used. */
    public WorkshopBoard withoutNote(String id) {
        List<Note> ns = notes.stream().filter(n -> !n.id().equals(id)).toList();
        List<Vote> vs = votes.stream().filter(v -> !v.isOn(Vote.Kind.NOTE, id)).toList();
        return new WorkshopBoard(participants, dotsPerParticipant, ns, vs, nextNumber);
    }

    /** How many dots a participant has given. */
    public int spent(String participant) {
        return (int) votes.stream().filter(v -> v.participant().equals(participant)).count();
    }

    /** How many dots a participant has left (0 for someone not taking part). */
    public int remaining(String participant) {
        return participants.contains(participant) ? Math.max(0, dotsPerParticipant - spent(participant)) : 0;
    }

    /** The dots on one thing. */
    public int count(Vote.Kind kind, String targetId) {
        return (int) votes.stream().filter(v -> v.isOn(kind, targetId)).count();
    }

    /** The dots one participant put on one thing. */
    public int count(String participant, Vote.Kind kind, String targetId) {
        return (int) votes.stream().filter(v -> v.participant().equals(participant) && v.isOn(kind, targetId)).count();
    }

    /** The dots per thing of one kind, by id, in the order first voted on. */
    public Map<String, Integer> counts(Vote.Kind kind) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Vote v : votes) {
            if (v.kind() == kind) {
                out.merge(v.targetId(), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * The board with one more dot; refused ({@link IllegalArgumentException}) for someone not taking part or
     * without dots left: check {@link #remaining} first.
     */
    public WorkshopBoard withVote(Vote v) {
        if (remaining(v.participant()) < 1) {
            throw new IllegalArgumentException("no dots left for " + v.participant());
        }
        List<Vote> vs = new ArrayList<>(votes);
        vs.add(v);
        return new WorkshopBoard(participants, dotsPerParticipant, notes, vs, nextNumber);
    }

    /** The board with the last matching dot taken back (unchanged when there is none). */
    public WorkshopBoard withoutVote(Vote v) {
        int i = votes.lastIndexOf(v);
        if (i < 0) {
            return this;
        }
        List<Vote> vs = new ArrayList<>(votes);
        vs.remove(i);
        return new WorkshopBoard(participants, dotsPerParticipant, notes, vs, nextNumber);
    }

    /**
     * The board with other participants and number of dots: the dots of someone no longer taking part go.
     * Refused ({@link IllegalArgumentException}) when someone staying has given more dots than the new number.
     */
    public WorkshopBoard withParticipants(List<String> names, int dots) {
        WorkshopBoard names0 = new WorkshopBoard(names, dots, List.of(), List.of(), 1);
        for (String p : names0.participants) {
            if (spent(p) > dots) {
                throw new IllegalArgumentException(p + " has given more than " + dots + " dots");
            }
        }
        List<Vote> vs = votes.stream().filter(v -> names0.participants.contains(v.participant())).toList();
        return new WorkshopBoard(names0.participants, dots, notes, vs, nextNumber);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkshopBoard b && dotsPerParticipant == b.dotsPerParticipant && nextNumber == b.nextNumber
                && participants.equals(b.participants) && notes.equals(b.notes) && votes.equals(b.votes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(participants, dotsPerParticipant, notes, votes, nextNumber);
    }

    @Override
    public String toString() {
        return "WorkshopBoard[" + notes.size() + " notes, " + votes.size() + " votes, " + participants + "]";
    }
}

package nl.ruimteverkenner.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The undo/redo history: executes commands, undoes and redoes them in order. Every change of state (do, undo,
 * redo, clear) raises the {@linkplain #revision() revision}, which never goes down (as Scene Builder's
 * {@code JobManager}), so "changed since I last looked" is {@code revision() != seen}. Whether there are unsaved
 * changes is decided by the command on top of the stack, not by a count: see {@link #isDirty()}.
 * Not thread-safe; use from the UI thread.
 */
public final class CommandStack {
    private final List<Command> done = new ArrayList<>();
    private final List<Command> undone = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private long revision;
    /** The command on top of the stack when last saved (null: saved with nothing done). */
    private Command savedTop;

    public void execute(Command c) {
        c.execute();
        done.add(c);
        undone.clear();
        revision++;
        fire();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public Optional<Command> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        Command c = done.remove(done.size() - 1);
        c.undo();
        undone.add(c);
        revision++;
        fire();
        return Optional.of(c);
    }

    public Optional<Command> redo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        Command c = undone.remove(undone.size() - 1);
        c.redo();
        done.add(c);
        revision++;
        fire();
        return Optional.of(c);
    }

    /** Executed commands, oldest first. */
    public List<Command> history() {
        return List.copyOf(done);
    }

    /** Undone commands that can be redone, next first. */
    public List<Command> redoable() {
        List<Command> r = new ArrayList<>(undone);
        Collections.reverse(r);
        return r;
    }

    /**
     * A counter that goes up by one on every execute, undo, redo and clear and never goes down: two equal
     * revisions mean nothing happened in between.
     */
    public long revision() {
        return revision;
    }

    /** Marks the current state as saved. */
    public void markSaved() {
        markSaved(state());
    }

    /**
     * The current state, to pass to {@link #markSaved(Object)} when a save of this state finishes later (edits
     * made while it was being written stay unsaved).
     */
    public Object state() {
        return top() == null ? NO_COMMAND : top();
    }

    /** Marks the state taken earlier with {@link #state()} as saved. */
    public void markSaved(Object state) {
        savedTop = state == NO_COMMAND ? null : (Command) state;
        fire();
    }

    private static final Object NO_COMMAND = new Object();

    /** Whether there are changes since the last save (undoing back to the saved state is not a change). */
    public boolean isDirty() {
        return top() != savedTop;
    }

    private Command top() {
        return done.isEmpty() ? null : done.get(done.size() - 1);
    }

    /** Forgets all history (a new scenario was opened). */
    public void clear() {
        done.clear();
        undone.clear();
        revision++;
        savedTop = null;
        fire();
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}

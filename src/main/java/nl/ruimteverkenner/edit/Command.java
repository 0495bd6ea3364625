package nl.ruimteverkenner.edit;

/** One user edit that can be done, undone and redone (see Scene Builder's Job). */
public interface Command {
    void execute();

    void undo();

    /** Redo is execute again unless a command needs otherwise. */
    default void redo() {
        execute();
    }

    /** Dutch description for the history, e.g. "Vlak 'Nieuwe wijk' getekend". */
    String description();
}

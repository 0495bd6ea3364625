package nl.ruimteverkenner.edit;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An edit of an immutable value (the scenario) by a pure function: execute derives the new value from the
 * current one, undo puts back the value from before and redo the one from after. Because the history is a
 * stack, the current value at undo time is always the one this command produced, so keeping both values is
 * exact and cheap (immutable values share their unchanged parts).
 *
 * @param <T> the edited value
 */
public final class ChangeCommand<T> implements Command {
    private final Supplier<T> current;
    private final Consumer<T> apply;
    private final UnaryOperator<T> change;
    private final String description;
    private T before;
    private T after;

    public ChangeCommand(Supplier<T> current, Consumer<T> apply, UnaryOperator<T> change, String description) {
        this.current = Objects.requireNonNull(current);
        this.apply = Objects.requireNonNull(apply);
        this.change = Objects.requireNonNull(change);
        this.description = Objects.requireNonNull(description);
    }

    @Override
    public void execute() {
        before = current.get();
        after = change.apply(before);
        apply.accept(after);
    }

    @Override
    public void undo() {
        apply.accept(before);
    }

    @Override
    public void redo() {
        apply.accept(after);
    }

    @Override
    public String description() {
        return description;
    }
}

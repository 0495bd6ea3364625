package nl.ruimteverkenner.ui.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard shortcuts as one table: each entry says which keys do what, where they act and, for the help
 * overlay (F1), how they are written and described. Features add their entries; the shell sends every key
 * press through {@link #handle(KeyEvent, Node)} and builds the overlay from {@link #groups()}. Entries without
 * keys or action only document a gesture (drag, wheel, click). FX thread only.
 */
public final class Shortcuts {
    /** Where a shortcut acts, by what has the keyboard focus. */
    public enum Scope {
        /** Also while typing in a text field (e.g. Ctrl+F). */
        ANYWHERE,
        /** Only while typing in a text field (e.g. Esc leaves the field). */
        TYPING,
        /** Not while typing: the map or a non-text control has the focus (single letters, undo). */
        NOT_TYPING,
        /** As {@link #NOT_TYPING}, and not in a control that uses the arrow keys itself (slider, list, table). */
        MAP
    }

    /** What has the keyboard focus, as far as shortcuts care. */
    public enum Focus {
        /** A text field or area: letters are text. */
        TEXT,
        /** A control that uses the arrow keys itself (slider, list, table, tree, combo box). */
        ARROWS,
        /** Anything else: the map, a button, nothing. */
        OTHER;

        /** The kind of {@code node} (may be null). */
        public static Focus of(Node node) {
            if (node instanceof TextInputControl) {
                return TEXT;
            }
            if (node instanceof Slider || node instanceof ListView<?> || node instanceof TableView<?>
                    || node instanceof TreeView<?> || node instanceof ComboBoxBase<?>) {
                return ARROWS;
            }
            return OTHER;
        }
    }

    /** The sections of the help overlay, in order. */
    public enum Group { MAP, HORIZON, EXPLORE, SKETCH, GENERAL }

    /** What a shortcut does with the key event; true when it acted (false lets the next entry try). */
    @FunctionalInterface
    public interface Action {
        boolean run(KeyEvent e);
    }

    /**
     * One row of the table.
     *
     * @param id       unique id, e.g. "map.zoomIn"
     * @param group    section of the help overlay
     * @param keys     the key combinations (none for a documented gesture or a menu accelerator)
     * @param scope    where the keys act
     * @param priority higher is tried first when several entries match the same key (e.g. Esc)
     * @param action   does the work and says whether it did (false lets the next entry try); null to only document
     */
    public record Shortcut(String id, Group group, List<KeyCombination> keys, Scope scope, int priority, Action action) {
        public Shortcut {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(group, "group");
            keys = List.copyOf(keys);
            Objects.requireNonNull(scope, "scope");
        }

        /** An entry whose action does not need the key event. */
        public Shortcut(String id, Group group, List<KeyCombination> keys, Scope scope, int priority, BooleanSupplier action) {
            this(id, group, keys, scope, priority, (Action) e -> action.getAsBoolean());
        }

        /** The resource key of how the keys are written in the help ("shortcut.&lt;id&gt;.keys"). */
        public String keysKey() {
            return "shortcut." + id + ".keys";
        }

        /** The resource key of what the shortcut does ("shortcut.&lt;id&gt;"). */
        public String textKey() {
            return "shortcut." + id;
        }

        boolean matches(KeyEvent e) {
            return keys.stream().anyMatch(k -> k.match(e));
        }
    }

    private final List<Shortcut> table = new ArrayList<>();

    /** Adds an entry; an id may be used once. */
    public Shortcuts add(Shortcut s) {
        if (table.stream().anyMatch(x -> x.id().equals(s.id()))) {
            throw new IllegalArgumentException("shortcut id used twice: " + s.id());
        }
        table.add(s);
        return this;
    }

    /** Adds an acting entry with priority 0. */
    public Shortcuts add(String id, Group group, Scope scope, BooleanSupplier action, KeyCombination... keys) {
        return add(new Shortcut(id, group, List.of(keys), scope, 0, action));
    }

    /** Adds an entry that only documents a gesture or a menu accelerator. */
    public Shortcuts document(String id, Group group, KeyCombination... keys) {
        return add(new Shortcut(id, group, List.of(keys), Scope.ANYWHERE, 0, (Action) null));
    }

    /** The entry with this id. */
    public Shortcut get(String id) {
        return table.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no shortcut " + id));
    }

    /** All entries in the order added. */
    public List<Shortcut> all() {
        return List.copyOf(table);
    }

    /** The entries by help section, in section order and the order added. */
    public Map<Group, List<Shortcut>> groups() {
        Map<Group, List<Shortcut>> out = new LinkedHashMap<>();
        for (Group g : Group.values()) {
            List<Shortcut> in = table.stream().filter(s -> s.group() == g).toList();
            if (!in.isEmpty()) {
                out.put(g, in);
            }
        }
        return out;
    }

    /**
     * Runs the first matching entry (highest priority first) that acts where the focus is; true when one
     * did (the caller consumes the event).
     */
    public boolean handle(KeyEvent e, Focus focus) {
        boolean typing = focus == Focus.TEXT;
        boolean arrowsTaken = focus != Focus.OTHER;
        List<Shortcut> candidates = table.stream()
                .filter(s -> s.action() != null && s.matches(e))
                .sorted(Comparator.comparingInt(Shortcut::priority).reversed())
                .toList();
        for (Shortcut s : candidates) {
            boolean applies = switch (s.scope()) {
                case ANYWHERE -> true;
                case TYPING -> typing;
                case NOT_TYPING -> !typing;
                case MAP -> !arrowsTaken || !e.getCode().isArrowKey() && !typing;
            };
            if (applies && s.action().run(e)) {
                return true;
            }
        }
        return false;
    }
}

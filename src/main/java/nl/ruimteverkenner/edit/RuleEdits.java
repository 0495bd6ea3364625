package nl.ruimteverkenner.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;

/**
 * The edits of a scenario's schuurpunten rules: pure functions that derive the changed scenario, and the
 * same as one undoable {@link Command} each (add, change, duplicate, remove) for a {@link CommandStack}.
 * The commands read the current scenario when executed and hand the result to {@code apply}, as sketch
 * edits do, so whoever listens to the scenario (the schuurpunten) sees every change, undo and redo.
 */
public final class RuleEdits {
    private RuleEdits() {
    }

    /** The scenario with {@code rule} added after the existing rules; throws when its id is taken. */
    public static Scenario withRule(Scenario s, Rule rule) {
        if (s.rule(rule.id()).isPresent()) {
            throw new IllegalArgumentException("rule id taken: " + rule.id());
        }
        List<Rule> rules = new ArrayList<>(s.rules());
        rules.add(rule);
        return s.toBuilder().rules(rules).build();
    }

    /** The scenario with rule {@code id} replaced by {@code rule} in the same place. */
    public static Scenario withRuleReplaced(Scenario s, String id, Rule rule) {
        if (!rule.id().equals(id) && s.rule(rule.id()).isPresent()) {
            throw new IllegalArgumentException("rule id taken: " + rule.id());
        }
        List<Rule> rules = new ArrayList<>(s.rules());
        int i = indexOf(rules, id);
        rules.set(i, rule);
        return s.toBuilder().rules(rules).build();
    }

    /** The scenario without rule {@code id}. */
    public static Scenario withoutRule(Scenario s, String id) {
        List<Rule> rules = new ArrayList<>(s.rules());
        rules.remove(indexOf(rules, id));
        return s.toBuilder().rules(rules).build();
    }

    /** The scenario with a copy of rule {@code id} (a free id, the title marked as a copy) right after it. */
    public static Scenario withDuplicate(Scenario s, String id) {
        List<Rule> rules = new ArrayList<>(s.rules());
        int i = indexOf(rules, id);
        rules.add(i + 1, copyOf(s, rules.get(i)));
        return s.toBuilder().rules(rules).build();
    }

    /** A copy of {@code r} under a free id ({@code <id>-kopie}, {@code <id>-kopie-2} ...), its title marked as a copy. */
    public static Rule copyOf(Scenario s, Rule r) {
        return new Rule(freeId(s, r.id() + "-kopie"), r.relation(), Messages.get("rules.copyTitle", r.title()), r.a(), r.b(),
                r.bufferMeters(), r.sturend(), r.explanation(), r.choice(), r.source());
    }

    /** {@code base} when no rule has that id, else {@code base-2}, {@code base-3} ... */
    public static String freeId(Scenario s, String base) {
        if (s.rule(base).isEmpty()) {
            return base;
        }
        int n = 2;
        while (s.rule(base + "-" + n).isPresent()) {
            n++;
        }
        return base + "-" + n;
    }

    private static int indexOf(List<Rule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no rule " + id);
    }

    /** Adding {@code rule} as an undoable edit. */
    public static Command add(Supplier<Scenario> current, Consumer<Scenario> apply, Rule rule) {
        return new ChangeCommand<>(current, apply, s -> withRule(s, rule), Messages.get("rules.edit.added", rule.title()));
    }

    /** Replacing rule {@code id} by {@code rule} as an undoable edit. */
    public static Command change(Supplier<Scenario> current, Consumer<Scenario> apply, String id, Rule rule) {
        return new ChangeCommand<>(current, apply, s -> withRuleReplaced(s, id, rule), Messages.get("rules.edit.changed", rule.title()));
    }

    /** Duplicating {@code rule} as an undoable edit. */
    public static Command duplicate(Supplier<Scenario> current, Consumer<Scenario> apply, Rule rule) {
        return new ChangeCommand<>(current, apply, s -> withDuplicate(s, rule.id()), Messages.get("rules.edit.duplicated", rule.title()));
    }

    /** Removing {@code rule} as an undoable edit. */
    public static Command remove(Supplier<Scenario> current, Consumer<Scenario> apply, Rule rule) {
        return new ChangeCommand<>(current, apply, s -> withoutRule(s, rule.id()), Messages.get("rules.edit.removed", rule.title()));
    }
}

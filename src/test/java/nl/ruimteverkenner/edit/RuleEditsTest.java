package nl.ruimteverkenner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.Test;

/** Each rule edit is one command: it changes only the rules, and undo and redo give back the exact scenarios. */
class RuleEditsTest {
    private final Scenario start = RuleFixtures.scenario();
    private final AtomicReference<Scenario> current = new AtomicReference<>(start);
    private final AtomicInteger applied = new AtomicInteger();
    private final CommandStack stack = new CommandStack();

    private void apply(Scenario s) {
        applied.incrementAndGet();
        current.set(s);
    }

    private List<String> ids() {
        return current.get().rules().stream().map(Rule::id).toList();
    }

    private final Rule extra = new Rule("natuur-en-uiterwaard", Relation.KOPPELKANS, "Natuur in de uiterwaard",
            RuleFixtures.layers("natuur"), RuleFixtures.layers("uiterwaarden"), 500, Optional.of('b'), "Samen op.", "", new Citation("NR", 5, ""));

    @Test
    void addingIsOneEditThatUndoAndRedoTakeBackAndRepeat() {
        stack.execute(RuleEdits.add(current::get, this::apply, extra));
        assertEquals(List.of("wonen-in-uiterwaarden", "wonen-in-natuur", "natuur-en-uiterwaard"), ids());
        Scenario after = current.get();
        assertEquals(1, stack.history().size());
        assertEquals(Messages.get("rules.edit.added", "Natuur in de uiterwaard"), stack.history().get(0).description());
        assertSame(start.layers(), after.layers(), "only the rules change");

        stack.undo();
        assertSame(start, current.get());
        stack.redo();
        assertSame(after, current.get());
        assertEquals(3, applied.get(), "execute, undo, redo each hand over one scenario");
    }

    @Test
    void changingKeepsTheRuleInItsPlace() {
        Rule old = start.rule("wonen-in-uiterwaarden").orElseThrow();
        Rule changed = new Rule(old.id(), Relation.VOORWAARDELIJK, old.title(), old.a(), old.b(), 150, old.sturend(),
                "Alleen met terpen.", old.choice(), old.source());
        stack.execute(RuleEdits.change(current::get, this::apply, old.id(), changed));
        assertEquals(List.of("wonen-in-uiterwaarden", "wonen-in-natuur"), ids());
        assertEquals(changed, current.get().rules().get(0));
        stack.undo();
        assertEquals(old, current.get().rules().get(0));
        stack.redo();
        assertEquals(changed, current.get().rules().get(0));
    }

    @Test
    void aChangeMayRenameButNotOntoAnotherRule() {
        Rule old = start.rule("wonen-in-natuur").orElseThrow();
        Rule renamed = new Rule("wonen-natuur", old.relation(), old.title(), old.a(), old.b(), 0, old.sturend(), old.explanation(), "", old.source());
        assertEquals(List.of("wonen-in-uiterwaarden", "wonen-natuur"),
                RuleEdits.withRuleReplaced(start, old.id(), renamed).rules().stream().map(Rule::id).toList());
        Rule clash = new Rule("wonen-in-uiterwaarden", old.relation(), old.title(), old.a(), old.b(), 0, old.sturend(), old.explanation(), "",
                old.source());
        assertThrows(IllegalArgumentException.class, () -> RuleEdits.withRuleReplaced(start, old.id(), clash));
        assertThrows(IllegalArgumentException.class, () -> RuleEdits.withRule(start, clash));
    }

    @Test
    void duplicatingPutsACopyWithAFreeIdRightAfterTheOriginal() {
        Rule original = start.rule("wonen-in-uiterwaarden").orElseThrow();
        stack.execute(RuleEdits.duplicate(current::get, this::apply, original));
        stack.execute(RuleEdits.duplicate(current::get, this::apply, original));
        assertEquals(List.of("wonen-in-uiterwaarden", "wonen-in-uiterwaarden-kopie-2", "wonen-in-uiterwaarden-kopie", "wonen-in-natuur"), ids());
        Rule copy = current.get().rule("wonen-in-uiterwaarden-kopie").orElseThrow();
        assertEquals(Messages.get("rules.copyTitle", original.title()), copy.title());
        assertEquals(original.a(), copy.a());
        assertEquals(original.b(), copy.b());
        assertEquals(original.sturend(), copy.sturend());
        assertEquals(original.source(), copy.source());
        stack.undo();
        assertEquals(List.of("wonen-in-uiterwaarden", "wonen-in-uiterwaarden-kopie", "wonen-in-natuur"), ids());
        stack.undo();
        assertSame(start, current.get());
    }

    @Test
    void removingAndUndoingBringsTheRuleBackInItsPlace() {
        Rule first = start.rules().get(0);
        stack.execute(RuleEdits.remove(current::get, this::apply, first));
        assertEquals(List.of("wonen-in-natuur"), ids());
        assertTrue(stack.isDirty());
        stack.undo();
        assertEquals(start.rules(), current.get().rules());
        assertFalse(stack.isDirty(), "undone back to the saved state");
        stack.redo();
        assertEquals(List.of("wonen-in-natuur"), ids());
    }

    @Test
    void editsAfterAnUndoDropTheRedo() {
        stack.execute(RuleEdits.remove(current::get, this::apply, start.rules().get(1)));
        stack.undo();
        assertTrue(stack.canRedo());
        stack.execute(RuleEdits.add(current::get, this::apply, extra));
        assertFalse(stack.canRedo());
        assertEquals(List.of("wonen-in-uiterwaarden", "wonen-in-natuur", "natuur-en-uiterwaard"), ids());
    }

    @Test
    void freeIdCountsOnFromTwo() {
        assertEquals("regel-1", RuleEdits.freeId(start, "regel-1"));
        assertEquals("wonen-in-natuur-2", RuleEdits.freeId(start, "wonen-in-natuur"));
    }
}

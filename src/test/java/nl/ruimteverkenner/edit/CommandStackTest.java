package nl.ruimteverkenner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final List<String> log = new ArrayList<>();

    private Command cmd(String name) {
        return new Command() {
            @Override
            public void execute() {
                log.add("+" + name);
            }

            @Override
            public void undo() {
                log.add("-" + name);
            }

            @Override
            public String description() {
                return name;
            }
        };
    }

    @Test
    void undoAndRedoRunInOrderAndANewEditClearsRedo() {
        CommandStack s = new CommandStack();
        s.execute(cmd("a"));
        s.execute(cmd("b"));
        assertEquals("b", s.undo().orElseThrow().description());
        assertEquals("a", s.undo().orElseThrow().description());
        assertFalse(s.canUndo());
        assertEquals("a", s.redo().orElseThrow().description());
        s.execute(cmd("c"));
        assertFalse(s.canRedo(), "a new edit discards what was undone");
        assertEquals(List.of("+a", "+b", "-b", "-a", "+a", "+c"), log);
        assertEquals(List.of("a", "c"), s.history().stream().map(Command::description).toList());
    }

    @Test
    void dirtyFollowsTheSavedRevision() {
        CommandStack s = new CommandStack();
        assertFalse(s.isDirty());
        s.execute(cmd("a"));
        assertTrue(s.isDirty());
        s.markSaved();
        assertFalse(s.isDirty());
        s.undo();
        assertTrue(s.isDirty());
        s.redo();
        assertFalse(s.isDirty(), "back at the saved state");
        s.undo();
        s.execute(cmd("other"));
        assertTrue(s.isDirty(), "undo and a different edit is a change, though as many commands are done");
    }

    @Test
    void sketchAutosaveUndoSketchGivesANewRevision() {
        // the autosave remembers the revision it wrote and skips when the revision is unchanged
        CommandStack s = new CommandStack();
        s.execute(cmd("sketch A"));
        long autosaved = s.revision();
        s.undo();
        s.execute(cmd("sketch B"));
        assertNotEquals(autosaved, s.revision(), "sketch B must not look like the autosaved sketch A");
        assertTrue(s.isDirty());
    }

    @Test
    void theRevisionGoesUpOnEveryDoUndoRedoAndClear() {
        CommandStack s = new CommandStack();
        List<Long> seen = new ArrayList<>();
        seen.add(s.revision());
        s.execute(cmd("a"));
        seen.add(s.revision());
        s.undo();
        seen.add(s.revision());
        s.redo();
        seen.add(s.revision());
        s.undo();
        seen.add(s.revision());
        s.clear();
        seen.add(s.revision());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "revision went up at step " + i + ": " + seen);
        }
        long before = s.revision();
        s.undo();
        s.redo();
        assertEquals(before, s.revision(), "undo and redo with nothing to undo or redo change nothing");
    }

    @Test
    void undoingBackToTheSavedStateIsClean() {
        CommandStack s = new CommandStack();
        s.execute(cmd("a"));
        s.markSaved();
        s.execute(cmd("b"));
        s.execute(cmd("c"));
        assertTrue(s.isDirty());
        s.undo();
        assertTrue(s.isDirty());
        s.undo();
        assertFalse(s.isDirty(), "undone back to the saved top");
        s.undo();
        assertTrue(s.isDirty(), "undone past the saved state");
        s.redo();
        assertFalse(s.isDirty());
    }

    @Test
    void aChangeCommandPutsBackTheValueFromBeforeAndRedoesTheOneFromAfter() {
        String[] value = {"a"};
        CommandStack stack = new CommandStack();
        stack.execute(new ChangeCommand<>(() -> value[0], v -> value[0] = v, v -> v + "b", "add b"));
        stack.execute(new ChangeCommand<>(() -> value[0], v -> value[0] = v, v -> v + "c", "add c"));
        assertEquals("abc", value[0]);
        stack.undo();
        assertEquals("ab", value[0]);
        stack.undo();
        assertEquals("a", value[0]);
        stack.redo();
        stack.redo();
        assertEquals("abc", value[0]);
        assertEquals("add c", stack.history().get(1).description());
    }

    @Test
    void anEditMadeWhileASaveIsWrittenStaysUnsaved() {
        CommandStack s = new CommandStack();
        s.execute(cmd("a"));
        Object written = s.state();
        s.execute(cmd("b")); // while the variant with a is being written
        s.markSaved(written);
        assertTrue(s.isDirty(), "b is not in the saved variant");
        s.undo();
        assertFalse(s.isDirty(), "back at what was saved");
        CommandStack empty = new CommandStack();
        Object none = empty.state();
        empty.execute(cmd("x"));
        empty.markSaved(none);
        assertTrue(empty.isDirty());
    }
}

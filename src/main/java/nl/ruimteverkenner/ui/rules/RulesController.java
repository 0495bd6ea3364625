package nl.ruimteverkenner.ui.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.edit.RuleDraft;
import nl.ruimteverkenner.edit.RuleEdits;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.UiContext;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;

/**
 * The rule editor (*Bewerken › Regels bewerken…* and *Regels…* in the schuurpunten pane): a window beside
 * the map listing the open scenario's schuurpunten rules, and the form to add or change one. Every change
 * (add, change, duplicate, remove) is one edit on the workshop's {@link CommandStack}, so it is undone with
 * Ctrl+Z like a sketch, replaces the explorer's scenario (the schuurpunten are computed again at once) and is
 * saved with the variant. FX thread.
 */
public final class RulesController implements FeatureController {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final CommandStack stack;
    private Stage stage;
    private RulesPane pane;

    /** @param stack the undo history the rule edits share with the sketches */
    public RulesController(UiContext ctx, CommandStack stack) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.vm = ctx.explorer();
        this.stack = Objects.requireNonNull(stack, "stack");
        vm.scenarioProperty().addListener((o, a, s) -> {
            if (pane != null) {
                pane.show(s);
                stage.setTitle(title(s));
            }
        });
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem item = new MenuItem(Messages.get("rules.menu"));
        item.setId("menu-rules");
        item.setOnAction(e -> open());
        return List.of(new MenuEntry(Menu.EDIT, item));
    }

    /** Opens the rule editor window (or brings it to the front); tells the user when no scenario is open. */
    public void open() {
        if (vm.getScenario() == null) {
            ctx.dialogs().showText(Messages.get("rules.menu"), Messages.get("rules.noScenario"));
            return;
        }
        if (stage == null) {
            stage = new Stage();
            Window owner = ctx.map().getScene() == null ? null : ctx.map().getScene().getWindow();
            if (owner != null) {
                stage.initOwner(owner);
            }
            pane = new RulesPane(vm::themeLabel, stack, new RulesPane.Actions() {
                @Override
                public void add() {
                    addRule();
                }

                @Override
                public void edit(Rule r) {
                    editRule(r);
                }

                @Override
                public void duplicate(Rule r) {
                    duplicateRule(r);
                }

                @Override
                public void remove(Rule r) {
                    removeRule(r);
                }
            });
            Scene scene = new Scene(pane, 1040, 480);
            if (ctx.map().getScene() != null) {
                scene.getStylesheets().setAll(ctx.map().getScene().getStylesheets());
            }
            scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            stage.setScene(scene);
        }
        pane.show(vm.getScenario());
        stage.setTitle(title(vm.getScenario()));
        stage.show();
        stage.toFront();
    }

    private static String title(Scenario s) {
        return Messages.get("rules.window.title", s == null ? "" : s.name());
    }

    private void key(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (typing || vm.getScenario() == null) {
            return;
        }
        Rule chosen = pane.table().getSelectionModel().getSelectedItem();
        boolean inTable = pane.table().isFocused();
        if (UNDO.match(e)) {
            stack.undo();
        } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
            stack.redo();
        } else if (e.getCode() == KeyCode.DELETE && inTable && chosen != null) {
            removeRule(chosen);
        } else if (e.getCode() == KeyCode.ENTER && inTable && chosen != null) {
            editRule(chosen);
        } else if (e.getCode() == KeyCode.ESCAPE) {
            stage.hide();
        } else {
            return;
        }
        e.consume();
    }

    /** Whether the rule editor window is showing. */
    public boolean isOpen() {
        return stage != null && stage.isShowing();
    }

    /** Asks for a new rule and adds it as one undoable edit. */
    public void addRule() {
        Scenario s = vm.getScenario();
        if (s == null) {
            return;
        }
        ask(RuleDraft.blank(RuleEdits.freeId(s, "regel-" + (s.rules().size() + 1))), null).ifPresent(this::add);
    }

    /** Opens the form for {@code r} and applies the answer as one undoable edit. */
    public void editRule(Rule r) {
        if (vm.getScenario() == null || vm.getScenario().rule(r.id()).isEmpty()) {
            return;
        }
        ask(RuleDraft.of(r), r.id()).filter(changed -> !changed.equals(r)).ifPresent(changed -> change(r.id(), changed));
    }

    /** Adds {@code r} as one undoable edit. */
    public void add(Rule r) {
        stack.execute(RuleEdits.add(vm::getScenario, vm::replace, r));
        select(r.id());
    }

    /** Replaces rule {@code id} by {@code r} as one undoable edit. */
    public void change(String id, Rule r) {
        stack.execute(RuleEdits.change(vm::getScenario, vm::replace, id, r));
        select(r.id());
    }

    /** Adds a copy of {@code r} right after it as one undoable edit, and chooses the copy. */
    public void duplicateRule(Rule r) {
        Rule copy = RuleEdits.copyOf(vm.getScenario(), r);
        stack.execute(RuleEdits.duplicate(vm::getScenario, vm::replace, r));
        select(copy.id());
    }

    /** Removes {@code r} as one undoable edit. */
    public void removeRule(Rule r) {
        stack.execute(RuleEdits.remove(vm::getScenario, vm::replace, r));
        ctx.status().show(Messages.get("rules.status.removed", r.title()));
    }

    private void select(String id) {
        if (pane != null) {
            pane.select(id);
        }
    }

    private Optional<Rule> ask(RuleDraft draft, String originalId) {
        Window owner = stage != null && stage.isShowing() ? stage : ctx.map().getScene().getWindow();
        RuleDialog dialog = new RuleDialog(owner, vm.getScenario(), vm::themeLabel, draft, originalId);
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return dialog.showAndWait();
    }
}

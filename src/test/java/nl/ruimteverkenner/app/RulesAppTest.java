package nl.ruimteverkenner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.MainWindow;
import nl.ruimteverkenner.ui.schuurpunten.SchuurpuntenViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rule editor in the running application, headless, on a copy of the Voorontwerp: opened from the
 * schuurpunten pane, removing a rule takes its schuurpunten out of the list at once and Ctrl+Z brings them
 * back; a rule with an empty side and a negative buffer is refused with the reasons in the form, and once
 * put right it is added as one edit and the schuurpunten are computed again.
 */
class RulesAppTest extends ApplicationTest {
    private static AppFixture fixture;
    private App app;

    @BeforeAll
    static void isolate() throws IOException {
        // the Voorontwerp is large and the build machine busy: give the window more than TestFX's default to come up
        System.setProperty("testfx.setup.timeout", "60000");
        fixture = AppFixture.isolate("rules", "voorontwerp-nota-ruimte-2024");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        fixture.cleanUp();
    }

    @Override
    public void start(Stage stage) throws IOException {
        app = fixture.start(stage);
    }

    private MainWindow window() {
        return app.window();
    }

    private SchuurpuntenViewModel schuurpunten() {
        return window().features().schuurpunten().model();
    }

    /** Waits until the schuurpunten of the current scenario are computed, and returns the list the pane shows. */
    private List<Schuurpunt> listed() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !schuurpunten().busyProperty().get()
                && schuurpunten().scenario() == window().viewModel().getScenario());
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(window().features().schuurpunten().panel().table().getItems());
    }

    private static long of(List<Schuurpunt> list, String ruleId) {
        return list.stream().filter(sp -> sp.rule().id().equals(ruleId)).count();
    }

    @SuppressWarnings("unchecked")
    private void choose(String comboId, String shown) {
        ComboBox<Object> box = (ComboBox<Object>) lookup(comboId).query();
        Object item = box.getItems().stream().filter(o -> box.getConverter().toString(o).equals(shown)).findFirst()
                .orElseThrow(() -> new AssertionError(comboId + " offers no " + shown));
        interact(() -> box.setValue(item));
    }

    private void type(String fieldId, String text) {
        interact(() -> lookup(fieldId).queryTextInputControl().setText(text));
    }

    @Test
    void removingARuleTakesItsSchuurpuntenAwayUndoBringsThemBackAndAnInvalidRuleIsRefused() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().viewModel().getScenario() != null);
        interact(() -> window().features().schuurpunten().show(true));
        List<Schuurpunt> before = listed();
        assertFalse(before.isEmpty(), "the voorontwerp has schuurpunten");
        Rule rule = before.get(0).rule();
        long count = of(before, rule.id());
        Scenario original = window().viewModel().getScenario();

        clickOn("#schuurpunten-rules");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Rule> rules = lookup("#rules-table").queryTableView();
        assertEquals(original.rules(), rules.getItems());

        // remove the rule: its schuurpunten leave the list at once
        interact(() -> rules.getSelectionModel().select(rule));
        clickOn("#rules-remove");
        List<Schuurpunt> without = listed();
        assertEquals(0, of(without, rule.id()));
        assertEquals(before.size() - count, without.size(), "only the schuurpunten of that rule are gone");
        assertTrue(window().viewModel().getScenario().rule(rule.id()).isEmpty());
        assertFalse(rules.getItems().contains(rule));

        // Ctrl+Z in the rule editor: the rule and its schuurpunten are back
        clickOn(rules);
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        List<Schuurpunt> back = listed();
        assertEquals(count, of(back, rule.id()));
        assertEquals(before.size(), back.size());
        assertEquals(original.rules(), window().viewModel().getScenario().rules());
        assertEquals(original.rules(), rules.getItems());

        // a new rule with nothing on side A and a negative buffer is refused, with the reasons in the form
        int edits = window().features().workshop().sketches().stack().history().size();
        clickOn("#rules-add");
        WaitForAsyncUtils.waitForFxEvents();
        type("#rule-title", "Wind in de uiterwaard");
        choose("#rule-relation", Messages.get("relation.conflict"));
        choose("#rule-b-kind", Messages.get("rules.sel.kind.layer"));
        choose("#rule-b-value", original.layer("uiterwaarden").orElseThrow().label());
        clickOn("#rule-b-add");
        choose("#rule-sturend", Messages.get("rules.sturend.option.b"));
        type("#rule-buffer", "-50");
        type("#rule-explanation", "Windturbines horen niet in het winterbed.");
        type("#rule-page", "86");
        choose("#rule-document", Messages.get("rules.field.documentOption", "NR", original.source("NR").orElseThrow().title()));
        clickOn("#rule-ok");
        WaitForAsyncUtils.waitForFxEvents();
        Label problems = lookup("#rule-problems").query();
        assertTrue(problems.getScene().getWindow().isShowing(), "the form stays open");
        assertTrue(problems.getText().contains(Messages.get("rules.problem.emptySide", "A")), problems.getText());
        assertTrue(problems.getText().contains(Messages.get("rules.problem.bufferNegative")), problems.getText());
        assertEquals(original.rules().size(), window().viewModel().getScenario().rules().size(), "nothing added");
        assertEquals(edits, window().features().workshop().sketches().stack().history().size(), "no edit");

        // put right, it is added as one edit and the schuurpunten are computed with it
        choose("#rule-a-kind", Messages.get("rules.sel.kind.tag"));
        choose("#rule-a-value", "wind");
        clickOn("#rule-a-add");
        type("#rule-buffer", "0");
        Button ok = lookup("#rule-ok").queryButton();
        clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        Scenario edited = window().viewModel().getScenario();
        assertEquals(original.rules().size() + 1, edited.rules().size());
        Rule added = edited.rules().get(edited.rules().size() - 1);
        assertEquals("Wind in de uiterwaard", added.title());
        assertEquals(Relation.CONFLICT, added.relation());
        assertEquals(edits + 1, window().features().workshop().sketches().stack().history().size());
        assertTrue(rules.getItems().contains(added));
        listed();
    }
}

package nl.ruimteverkenner.ui.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.ruimteverkenner.edit.RuleDraft;
import nl.ruimteverkenner.edit.RuleValidator;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SourceDocument;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * The form for one schuurpunten rule: code, title, relation, the two selections, buffer, which side is
 * sturend, explanation, the choice to be made and the source. OK checks the rule with {@link RuleValidator}:
 * a rule with errors is refused and the reasons stay in the dialog; warnings are shown but do not stop it.
 * The answer is the checked rule.
 */
final class RuleDialog extends Dialog<Rule> {
    private final Scenario scenario;
    private final String originalId;
    private final TextField id = new TextField();
    private final TextField title = new TextField();
    private final ComboBox<Relation> relation = new ComboBox<>();
    private final SelectorEditor a;
    private final SelectorEditor b;
    private final TextField buffer = new TextField();
    private final ComboBox<String> sturend = new ComboBox<>();
    private final TextArea explanation = new TextArea();
    private final TextArea choice = new TextArea();
    private final ComboBox<SourceDocument> document = new ComboBox<>();
    private final TextField page = new TextField();
    private final TextField section = new TextField();
    private final Label problems = new Label();
    private boolean attempted;
    private Rule accepted;

    /**
     * @param initial    what the form starts with
     * @param originalId the rule being edited (its code cannot change); null for a new rule
     */
    RuleDialog(Window owner, Scenario scenario, Function<Theme, String> themeLabel, RuleDraft initial, String originalId) {
        this.scenario = scenario;
        this.originalId = originalId;
        initOwner(owner);
        setTitle(Messages.get(originalId == null ? "rules.dialog.add" : "rules.dialog.edit"));
        setResizable(true);
        a = new SelectorEditor("rule-a", scenario, themeLabel, initial.a());
        b = new SelectorEditor("rule-b", scenario, themeLabel, initial.b());

        id.setId("rule-id");
        id.setText(initial.id());
        id.setDisable(originalId != null);
        title.setId("rule-title");
        title.setText(initial.title());
        relation.setId("rule-relation");
        relation.getItems().setAll(Relation.values());
        relation.setConverter(FxSupport.displayOnly(r -> Messages.get("relation." + r.id())));
        relation.setValue(initial.relation());
        buffer.setId("rule-buffer");
        buffer.setText(initial.buffer());
        buffer.setPrefColumnCount(8);
        sturend.setId("rule-sturend");
        sturend.getItems().setAll("", "a", "b");
        sturend.setConverter(FxSupport.displayOnly(v -> Messages.get("rules.sturend.option." + (v.isEmpty() ? "none" : v))));
        sturend.setValue(initial.sturend() == null ? "" : String.valueOf(initial.sturend()));
        explanation.setId("rule-explanation");
        explanation.setText(initial.explanation());
        explanation.setPrefRowCount(3);
        explanation.setWrapText(true);
        choice.setId("rule-choice");
        choice.setText(initial.choice());
        choice.setPrefRowCount(2);
        choice.setWrapText(true);
        document.setId("rule-document");
        document.getItems().setAll(scenario.sources());
        document.setConverter(FxSupport.displayOnly(d -> Messages.get("rules.field.documentOption", d.id(), d.title())));
        document.setMaxWidth(420);
        scenario.source(initial.document()).ifPresent(document::setValue);
        if (document.getValue() == null && scenario.sources().size() == 1) {
            document.setValue(scenario.sources().get(0));
        }
        page.setId("rule-page");
        page.setText(initial.page());
        page.setPrefColumnCount(4);
        section.setId("rule-section");
        section.setText(initial.section());
        HBox.setHgrow(section, Priority.ALWAYS);
        problems.setId("rule-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("rule-problems");
        problems.setMinHeight(Region.USE_PREF_SIZE);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        choice.setMinHeight(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(7);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int row = 0;
        grid.addRow(row++, label("rules.field.id"), new HBox(8, id, label("rules.field.relation"), relation));
        grid.addRow(row++, label("rules.field.title"), title);
        grid.addRow(row++, label("rules.field.sides"), new HBox(12, side("rules.field.a", a), side("rules.field.b", b)));
        grid.addRow(row++, label("rules.field.buffer"), new HBox(8, buffer, label("rules.field.sturend"), sturend));
        grid.addRow(row++, label("rules.field.explanation"), explanation);
        grid.addRow(row++, label("rules.field.choice"), choice);
        grid.addRow(row++, label("rules.field.source"), new HBox(8, document, label("rules.field.page"), page));
        grid.addRow(row++, label("rules.field.section"), section);
        grid.add(problems, 0, row, 2, 1);
        grid.setPadding(new Insets(4));
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        getDialogPane().setPrefWidth(860);

        Button ok = (Button) getDialogPane().lookupButton(FxSupport.OK);
        ok.setId("rule-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            attempted = true;
            RuleValidator.Result r = check();
            if (!r.isValid()) {
                e.consume();
            } else {
                accepted = r.rule().orElseThrow();
            }
        });
        for (var p : List.of(id.textProperty(), title.textProperty(), buffer.textProperty(), explanation.textProperty(),
                page.textProperty())) {
            p.addListener((o, x, y) -> check());
        }
        relation.valueProperty().addListener((o, x, y) -> check());
        sturend.valueProperty().addListener((o, x, y) -> check());
        document.valueProperty().addListener((o, x, y) -> check());
        a.selectorProperty().addListener((o, x, y) -> check());
        b.selectorProperty().addListener((o, x, y) -> check());
        check();
        setResultConverter(bt -> bt == FxSupport.OK ? accepted : null);
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Node side(String key, SelectorEditor editor) {
        Label head = new Label(Messages.get(key));
        head.getStyleClass().add("legend-heading");
        VBox box = new VBox(4, head, editor);
        box.setPrefWidth(370);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** The form as a draft. */
    RuleDraft draft() {
        String s = sturend.getValue();
        return new RuleDraft(id.getText(), relation.getValue(), title.getText(), a.selectorProperty().get(),
                b.selectorProperty().get(), buffer.getText(), s == null || s.isEmpty() ? null : s.charAt(0),
                explanation.getText(), choice.getText(), document.getValue() == null ? "" : document.getValue().id(),
                page.getText(), section.getText());
    }

    /** Checks the form and shows what is wrong: warnings at once, errors once OK was pressed. */
    private RuleValidator.Result check() {
        RuleValidator.Result r = RuleValidator.validate(draft(), scenario, originalId);
        List<String> lines = new ArrayList<>();
        if (attempted && !r.isValid()) {
            lines.add(Messages.get("rules.dialog.refused"));
            r.errors().forEach(e -> lines.add("✕ " + e));
        }
        r.warnings().forEach(w -> lines.add("⚠ " + w));
        String text = String.join("\n", lines);
        if (!text.equals(problems.getText())) {
            problems.setText(text);
            // the dialog grows (or shrinks) with the reasons, so none is cut off
            Window w = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
            if (w != null && w.isShowing()) {
                w.sizeToScene();
            }
        }
        problems.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), attempted && !r.isValid());
        return r;
    }

    SelectorEditor sideA() {
        return a;
    }

    SelectorEditor sideB() {
        return b;
    }
}

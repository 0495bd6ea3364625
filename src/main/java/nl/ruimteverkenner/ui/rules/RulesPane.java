package nl.ruimteverkenner.ui.rules;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.ruimteverkenner.analysis.SchuurpuntText;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * The content of the rule editor window: the scenario's rules in a table (relation, title, the two
 * selections in words, buffer, sturend side, source) with buttons to add, edit, duplicate and remove a rule
 * and to undo or redo. What the buttons do is the controller's.
 */
final class RulesPane extends BorderPane {
    /** What the buttons ask for. */
    interface Actions {
        void add();

        void edit(Rule r);

        void duplicate(Rule r);

        void remove(Rule r);
    }

    private final TableView<Rule> table = new TableView<>();
    private final Label count = new Label();
    private Scenario scenario;

    RulesPane(Function<Theme, String> themeLabel, CommandStack stack, Actions actions) {
        setId("rules-pane");
        setPadding(new Insets(8));
        Label help = new Label(Messages.get("rules.window.help"));
        help.setWrapText(true);
        help.getStyleClass().add("keuze-meta");
        BorderPane.setMargin(help, new Insets(0, 0, 6, 0));
        setTop(help);

        table.setId("rules-table");
        table.setPlaceholder(new Label(Messages.get("rules.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Rule, String> relation = column("rules.col.relation", 105, r -> SchuurpuntText.relation(r.relation()));
        TableColumn<Rule, String> title = column("rules.col.title", 230, Rule::title);
        TableColumn<Rule, String> a = column("rules.col.a", 220, r -> RuleWording.selection(r.a(), scenario, themeLabel));
        TableColumn<Rule, String> b = column("rules.col.b", 220, r -> RuleWording.selection(r.b(), scenario, themeLabel));
        TableColumn<Rule, String> buffer = column("rules.col.buffer", 70, RuleWording::buffer);
        TableColumn<Rule, String> sturend = column("rules.col.sturend", 65, RuleWording::sturend);
        TableColumn<Rule, String> source = column("rules.col.source", 80, RuleWording::source);
        table.getColumns().addAll(List.of(relation, title, a, b, buffer, sturend, source));
        FxSupport.headerTooltips(table);
        table.setRowFactory(tv -> {
            TableRow<Rule> row = new TableRow<>() {
                @Override
                protected void updateItem(Rule r, boolean empty) {
                    super.updateItem(r, empty);
                    setTooltip(empty || r == null ? null : new Tooltip(r.explanation()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.edit(row.getItem());
                }
            });
            return row;
        });
        setCenter(table);

        Button add = button("rules-add", "rules.add", actions::add);
        Button edit = button("rules-edit", "rules.edit", () -> selected(actions::edit));
        Button duplicate = button("rules-duplicate", "rules.duplicate", () -> selected(actions::duplicate));
        Button remove = button("rules-remove", "rules.remove", () -> selected(actions::remove));
        for (Button needsRule : List.of(edit, duplicate, remove)) {
            needsRule.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Button undo = button("rules-undo", "rules.undo", stack::undo);
        Button redo = button("rules-redo", "rules.redo", stack::redo);
        Runnable history = () -> {
            undo.setDisable(!stack.canUndo());
            redo.setDisable(!stack.canRedo());
            undo.setTooltip(stack.canUndo() ? new Tooltip(stack.history().get(stack.history().size() - 1).description()) : null);
            redo.setTooltip(stack.canRedo() ? new Tooltip(stack.redoable().get(0).description()) : null);
        };
        stack.addListener(history);
        history.run();
        count.setId("rules-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, add, edit, duplicate, remove, gap, count, undo, redo);
        buttons.setAlignment(Pos.CENTER_LEFT);
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        setBottom(buttons);
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void selected(java.util.function.Consumer<Rule> action) {
        Rule r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            action.accept(r);
        }
    }

    private static TableColumn<Rule, String> column(String key, double width, Function<Rule, String> text) {
        TableColumn<Rule, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        FxSupport.textCellsWithTooltip(c);
        return c;
    }

    /** Shows the rules of {@code s} (null: none), keeping the chosen rule chosen when it is still there. */
    void show(Scenario s) {
        Rule chosen = table.getSelectionModel().getSelectedItem();
        scenario = s;
        table.getItems().setAll(s == null ? List.of() : s.rules());
        count.setText(Messages.get("rules.count", table.getItems().size()));
        if (chosen != null && s != null) {
            s.rule(chosen.id()).ifPresent(r -> table.getSelectionModel().select(r));
        }
    }

    /** Chooses a rule in the table. */
    void select(String ruleId) {
        table.getItems().stream().filter(r -> r.id().equals(ruleId)).findFirst().ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        });
    }

    TableView<Rule> table() {
        return table;
    }
}

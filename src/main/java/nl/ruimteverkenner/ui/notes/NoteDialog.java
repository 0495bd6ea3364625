package nl.ruimteverkenner.ui.notes;

import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Note;
import nl.ruimteverkenner.model.NoteColour;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * The small form for a workshop note: its text (required, at most {@value Note#MAX_TEXT} characters, with a
 * counter), who said it (a name or table number) and its colour.
 */
public final class NoteDialog extends Dialog<NotesModel.Form> {
    /** @param number the note's number, shown in the header */
    public NoteDialog(Window owner, int number, NotesModel.Form initial, boolean isNew) {
        initOwner(owner);
        setTitle(Messages.get(isNew ? "notes.form.title" : "notes.form.editTitle"));
        setHeaderText(Messages.get("notes.form.header", number));
        TextArea text = new TextArea(initial.text());
        text.setId("note-text");
        text.setPrefRowCount(4);
        text.setPrefColumnCount(34);
        text.setWrapText(true);
        text.setPromptText(Messages.get("notes.form.textPrompt"));
        text.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= Note.MAX_TEXT ? c : null));
        Label counter = new Label();
        counter.getStyleClass().add("legend-note");
        Runnable count = () -> counter.setText(Messages.get("notes.form.count", text.getLength(), Note.MAX_TEXT));
        text.textProperty().addListener((o, a, b) -> count.run());
        count.run();
        TextField author = new TextField(initial.author());
        author.setId("note-author");
        author.setPromptText(Messages.get("notes.form.authorPrompt"));
        author.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= Note.MAX_AUTHOR ? c : null));
        ToggleGroup colours = new ToggleGroup();
        HBox swatches = new HBox(6);
        for (NoteColour c : NoteColour.values()) {
            ToggleButton b = new ToggleButton(Messages.get("notes.colour." + c.id()));
            b.setId("note-colour-" + c.id());
            b.setUserData(c);
            b.setToggleGroup(colours);
            String base = "-fx-base: " + c.hex() + "; -fx-text-fill: " + (c.lightText() ? "white" : "#1a1a1a")
                    + "; -fx-font-weight: bold;";
            // the chosen colour stands out with a thick dark frame and a check mark
            b.selectedProperty().addListener((o, was, on) -> {
                b.setStyle(base + (on ? " -fx-border-color: #1a1a1a; -fx-border-width: 3; -fx-border-radius: 3;" : ""));
                b.setText((on ? "✓ " : "") + Messages.get("notes.colour." + c.id()));
            });
            b.setStyle(base);
            b.setTooltip(new Tooltip(Messages.get("notes.colour." + c.id())));
            b.setSelected(c == initial.colour());
            swatches.getChildren().add(b);
        }
        // one colour is always chosen
        colours.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("notes.form.text")), text);
        grid.add(counter, 1, 1);
        grid.addRow(2, new Label(Messages.get("notes.form.author")), author);
        grid.addRow(3, new Label(Messages.get("notes.form.colour")), swatches);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        getDialogPane().lookupButton(FxSupport.OK).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> text.getText().isBlank(), text.textProperty()));
        setResultConverter(b -> b != FxSupport.OK ? null : new NotesModel.Form(text.getText().strip(),
                author.getText().strip(), (NoteColour) colours.getSelectedToggle().getUserData()));
        Platform.runLater(text::requestFocus);
    }
}

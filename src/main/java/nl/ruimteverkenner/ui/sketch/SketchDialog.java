package nl.ruimteverkenner.ui.sketch;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.shell.FxSupport;

/** The small form for a sketched feature: thema, horizon, category, label, note and kenmerken (tags). */
public final class SketchDialog extends Dialog<SketchDialog.Form> {
    /** What the user filled in. */
    public record Form(Theme theme, Horizon horizon, KeuzeCategorie category, String label, String note, Set<String> tags) {
    }

    public SketchDialog(Window owner, Function<Theme, String> themeLabel, Horizon horizon) {
        this(owner, themeLabel, horizon, Theme.BEWEGING_3);
    }

    /** A form that starts with the horizon shown and the thema the sketch was drawn as. */
    public SketchDialog(Window owner, Function<Theme, String> themeLabel, Horizon horizon, Theme initialTheme) {
        this(owner, themeLabel, new Form(initialTheme, horizon, KeuzeCategorie.TE_MAKEN, "", "",
                SketchController.defaultTags(initialTheme)));
    }

    /** A form filled in with {@code initial}, e.g. to change what an existing sketch stands for. */
    public SketchDialog(Window owner, Function<Theme, String> themeLabel, Form initial) {
        Theme initialTheme = initial.theme();
        Horizon horizon = initial.horizon();
        initOwner(owner);
        setTitle(Messages.get("sketch.form.title"));
        setHeaderText(Messages.get("sketch.form.header"));
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("sketch-theme");
        theme.getItems().setAll(Arrays.stream(Theme.values()).filter(t -> t != Theme.BESTUUR).toList());
        theme.setConverter(FxSupport.displayOnly(themeLabel));
        theme.setValue(initialTheme);
        ComboBox<Horizon> hz = new ComboBox<>();
        hz.setId("sketch-horizon");
        hz.getItems().setAll(Horizon.values());
        hz.setConverter(FxSupport.displayOnly(h -> Integer.toString(h.year())));
        hz.setValue(horizon);
        ComboBox<KeuzeCategorie> category = new ComboBox<>();
        category.setId("sketch-category");
        category.getItems().setAll(Arrays.stream(KeuzeCategorie.values()).filter(KeuzeCategorie::allowedForFeature).toList());
        category.setConverter(FxSupport.displayOnly(c -> Messages.get("category." + c.id())));
        category.setValue(initial.category());
        TextField label = new TextField(initial.label());
        label.setId("sketch-label");
        label.setPromptText(Messages.get("sketch.form.labelPrompt"));
        TextArea note = new TextArea(initial.note());
        note.setId("sketch-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        TextField tags = new TextField(String.join(", ", initial.tags()));
        tags.setId("sketch-tags");
        theme.valueProperty().addListener((o, a, t) -> tags.setText(Messages.get("sketch.tags." + t.id())));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("sketch.form.theme")), theme);
        grid.addRow(1, new Label(Messages.get("sketch.form.horizon")), hz);
        grid.addRow(2, new Label(Messages.get("sketch.form.category")), category);
        grid.addRow(3, new Label(Messages.get("sketch.form.label")), label);
        grid.addRow(4, new Label(Messages.get("sketch.form.note")), note);
        grid.addRow(5, new Label(Messages.get("sketch.form.tags")), tags);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        getDialogPane().lookupButton(FxSupport.OK).disableProperty().bind(label.textProperty().isEmpty());
        setResultConverter(b -> {
            if (b != FxSupport.OK) {
                return null;
            }
            Set<String> t = new LinkedHashSet<>();
            for (String x : tags.getText().split(",")) {
                String v = x.strip().toLowerCase(Locale.ROOT);
                if (!v.isEmpty()) {
                    t.add(v);
                }
            }
            return new Form(theme.getValue(), hz.getValue(), category.getValue(), label.getText().strip(), note.getText().strip(), t);
        });
        Platform.runLater(label::requestFocus);
    }

}

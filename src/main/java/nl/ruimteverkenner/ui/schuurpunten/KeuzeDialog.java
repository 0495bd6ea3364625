package nl.ruimteverkenner.ui.schuurpunten;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.SchuurpuntKeuze;
import nl.ruimteverkenner.ui.shell.FxSupport;

/** The dialog in which a workshop records the choice for a schuurpunt. */
public final class KeuzeDialog extends Dialog<SchuurpuntKeuze> {
    private final TextArea options = area();
    private final TextArea direction = area();
    private final TextArea reasoning = area();
    private final TextField owner = new TextField();

    public KeuzeDialog(Window owner, Schuurpunt sp, Optional<SchuurpuntKeuze> existing) {
        initOwner(owner);
        setTitle(Messages.get("keuzedialog.title"));
        // the header as a wrapping label: the rule and both claims in full, however long
        Label header = new Label(Messages.get("keuzedialog.header", sp.rule().title() + ": " + sp.a().label() + " ↔ " + sp.b().label()));
        header.setWrapText(true);
        header.getStyleClass().add("keuze-dialog-header");
        header.setPadding(new Insets(12));
        header.setMaxWidth(Double.MAX_VALUE);
        getDialogPane().setHeader(header);
        setResizable(true);
        existing.ifPresent(k -> {
            options.setText(k.options());
            direction.setText(k.direction());
            reasoning.setText(k.reasoning());
            this.owner.setText(k.owner());
        });
        options.setId("keuze-options");
        direction.setId("keuze-direction");
        reasoning.setId("keuze-reasoning");
        this.owner.setId("keuze-owner");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        String choice = sp.rule().choice().strip();
        if (!choice.isEmpty()) {
            // the schuurpunt's own te maken keuze, offered as where the discussion starts
            Label text = new Label(Messages.get("keuzedialog.choice", choice));
            text.setWrapText(true);
            text.setId("keuze-rule-choice");
            Button use = new Button(Messages.get("keuzedialog.useChoice"));
            use.setId("keuze-use-choice");
            use.setTooltip(new Tooltip(Messages.get("keuzedialog.useChoice.tooltip")));
            use.setOnAction(e -> options.setText(options.getText().isBlank() ? choice : choice + "\n" + options.getText()));
            VBox box = new VBox(6, text, use);
            grid.add(box, 0, row++, 2, 1);
        }
        grid.addRow(row++, label("keuzedialog.options"), options);
        grid.addRow(row++, label("keuzedialog.direction"), direction);
        grid.addRow(row++, label("keuzedialog.reasoning"), reasoning);
        grid.addRow(row, label("keuzedialog.owner"), this.owner);
        GridPane.setHgrow(options, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        getDialogPane().setPrefWidth(620);
        setResultConverter(b -> b == FxSupport.OK
                ? new SchuurpuntKeuze(sp.key(), sp.rule().title() + ": " + sp.a().label() + " ↔ " + sp.b().label(),
                        sp.horizon().year(), options.getText().strip(), direction.getText().strip(), reasoning.getText().strip(),
                        this.owner.getText().strip(), LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                : null);
    }

    /** A field label that is never cut short ("Eigenaar (wie pakt het op)" in full). */
    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextArea area() {
        TextArea a = new TextArea();
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return a;
    }
}

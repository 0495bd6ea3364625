package nl.ruimteverkenner.ui.schuurpunten;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
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
        setHeaderText(Messages.get("keuzedialog.header", sp.rule().title() + ": " + sp.a().label() + " ↔ " + sp.b().label()));
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
        grid.addRow(0, new Label(Messages.get("keuzedialog.options")), options);
        grid.addRow(1, new Label(Messages.get("keuzedialog.direction")), direction);
        grid.addRow(2, new Label(Messages.get("keuzedialog.reasoning")), reasoning);
        grid.addRow(3, new Label(Messages.get("keuzedialog.owner")), this.owner);
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

    private static TextArea area() {
        TextArea a = new TextArea();
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return a;
    }
}

package nl.ruimteverkenner.ui.sketch;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.VariantIndex;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * "Variant openen": lists the original and the variants saved beside it (name, author, date; newest
 * first) and returns the folder to open; another folder can be picked too. Double-click or Enter opens.
 */
public final class VariantOpenDialog extends Dialog<Path> {
    /** @param current the folder of the scenario that is open (marked in the list) */
    public VariantOpenDialog(Window owner, List<VariantIndex.Entry> family, Path current) {
        initOwner(owner);
        setTitle(Messages.get("variant.open.title"));
        setHeaderText(Messages.get(family.size() > 1 ? "variant.open.header" : "variant.open.none"));
        ListView<VariantIndex.Entry> list = new ListView<>();
        list.setId("variant-list");
        list.getItems().setAll(family);
        list.setPrefSize(480, 240);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VariantIndex.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? "" : describe(e, current));
            }
        });
        Button other = new Button(Messages.get("variant.open.other"));
        other.setOnAction(a -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("variant.open.title"));
            if (current != null && current.toAbsolutePath().getParent() != null) {
                chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            }
            File dir = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (dir != null) {
                setResult(dir.toPath());
                close();
            }
        });
        getDialogPane().setContent(new VBox(8, list, other));
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        ((Button) getDialogPane().lookupButton(FxSupport.OK)).setText(Messages.get("variant.open.ok"));
        getDialogPane().lookupButton(FxSupport.OK).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem().folder());
                close();
            }
        });
        // the list would swallow Esc and Enter; they mean cancel and open here
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                setResult(null);
                close();
            } else if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                setResult(list.getSelectionModel().getSelectedItem().folder());
                close();
            }
        });
        setResultConverter(b -> b == FxSupport.OK && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().folder() : null);
        if (!family.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        Platform.runLater(list::requestFocus);
    }

    /** "Variant west — Bram, 22-11-2026 09:30", with "(origineel)" and "(geopend)" where they apply. */
    static String describe(VariantIndex.Entry e, Path current) {
        String text = e.variant().map(v -> Messages.get("variant.open.item", e.name(), v.author().isBlank() ? "?" : v.author(),
                shownDate(v.date()))).orElse(Messages.get("variant.open.original", e.name()));
        boolean open = current != null && e.folder().toAbsolutePath().normalize().equals(current.toAbsolutePath().normalize());
        return open ? Messages.get("variant.open.current", text) : text;
    }

    private static String shownDate(String iso) {
        return Messages.dateTime(iso);
    }
}

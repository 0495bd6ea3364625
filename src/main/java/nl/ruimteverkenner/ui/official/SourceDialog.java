package nl.ruimteverkenner.ui.official;

import java.util.List;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.official.OfficialDatasets;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * The first step of linking official geometry: where it comes from. A file of the user's, a dataset downloaded
 * earlier (usable offline), or a dataset of the catalogue to download (the server is asked for consent first).
 */
final class SourceDialog extends Dialog<SourceDialog.Pick> {
    /** What the user picked: a file ({@code stored} and {@code entry} null), a stored dataset or a catalogue entry. */
    record Pick(OfficialDatasets.Stored stored, OfficialDatasets.Entry entry) {
        static final Pick FILE = new Pick(null, null);

        String text() {
            if (stored != null) {
                return Messages.get("official.source.stored", stored.entry().title(), stored.date(), stored.features());
            }
            if (entry != null) {
                return Messages.get("official.source.download", entry.title(), entry.organisation(), entry.licence());
            }
            return Messages.get("official.source.file");
        }
    }

    /**
     * @param layerLabel the layer linked
     * @param stored     the downloaded datasets (those fitting the layer first)
     * @param catalogue  the catalogue's datasets fitting the layer
     */
    SourceDialog(Window owner, String layerLabel, List<OfficialDatasets.Stored> stored, List<OfficialDatasets.Entry> catalogue) {
        initOwner(owner);
        setTitle(Messages.get("official.title"));
        setHeaderText(Messages.get("official.source.header", layerLabel));
        ListView<Pick> list = new ListView<>();
        list.setId("official-sources");
        list.getItems().add(Pick.FILE);
        stored.forEach(s -> list.getItems().add(new Pick(s, null)));
        catalogue.forEach(e -> list.getItems().add(new Pick(null, e)));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Pick p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.text());
            }
        });
        list.getSelectionModel().select(0);
        list.setPrefSize(560, 220);
        Label note = new Label(catalogue.isEmpty() ? Messages.get("official.source.noCatalogue")
                : Messages.get("official.source.catalogueNote"));
        note.setWrapText(true);
        note.setMaxWidth(560);
        getDialogPane().setContent(new VBox(8, list, note));
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem());
                close();
            }
        });
        setResultConverter(b -> b == FxSupport.OK ? list.getSelectionModel().getSelectedItem() : null);
    }
}

package nl.ruimteverkenner.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.report.MapSheet;
import nl.ruimteverkenner.report.MapSheetRenderer;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * *Bestand › Kaart exporteren…*: format (PNG or PDF), for PNG the resolution ("zoals op het scherm", 150 or
 * 300 dpi), paper (A4, A3) and orientation, the title (prefilled with the scenario's name) and the file (typed or
 * chosen with "Bladeren…"). The extension follows the format.
 */
public final class MapExportDialog extends Dialog<MapExportDialog.Choice> {
    /** The resolution of a PNG. */
    public enum Resolution {
        SCREEN(96), DPI150(150), DPI300(300);

        private final int dpi;

        Resolution(int dpi) {
            this.dpi = dpi;
        }

        public int dpi() {
            return dpi;
        }
    }

    /** What the user chose. */
    public record Choice(MapSheetRenderer.Format format, Resolution resolution, MapSheet.Paper paper, boolean landscape,
                         String title, Path target) {
    }

    /**
     * @param initial the prefilled choice
     * @param browse  asks for a file through the dialog service, given the suggested file name
     */
    public MapExportDialog(Window owner, Choice initial, Function<String, Optional<Path>> browse) {
        initOwner(owner);
        setTitle(Messages.get("mapexport.title"));
        setHeaderText(Messages.get("mapexport.header"));
        ComboBox<MapSheetRenderer.Format> format = new ComboBox<>();
        format.setId("export-format");
        format.getItems().setAll(MapSheetRenderer.Format.values());
        format.setConverter(FxSupport.displayOnly(f -> Messages.get("mapexport.format." + f.name().toLowerCase(Locale.ROOT))));
        format.setValue(initial.format());
        ComboBox<Resolution> resolution = new ComboBox<>();
        resolution.setId("export-resolution");
        resolution.getItems().setAll(Resolution.values());
        resolution.setConverter(FxSupport.displayOnly(r -> Messages.get("mapexport.resolution." + r.name().toLowerCase(Locale.ROOT))));
        resolution.setValue(initial.resolution());
        ComboBox<MapSheet.Paper> paper = new ComboBox<>();
        paper.setId("export-paper");
        paper.getItems().setAll(MapSheet.Paper.values());
        paper.setValue(initial.paper());
        ComboBox<Boolean> orientation = new ComboBox<>();
        orientation.setId("export-orientation");
        orientation.getItems().setAll(true, false);
        orientation.setConverter(FxSupport.displayOnly(l -> Messages.get(l ? "mapexport.landscape" : "mapexport.portrait")));
        orientation.setValue(initial.landscape());
        TextField title = new TextField(initial.title());
        title.setId("export-title");
        title.setPrefColumnCount(32);
        TextField file = new TextField(initial.target().toString());
        file.setPrefColumnCount(30);
        file.setId("export-file");
        Button choose = new Button(Messages.get("mapexport.browse"));
        choose.setOnAction(e -> browse.apply(fileName(file.getText())).ifPresent(p -> file.setText(p.toString())));
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);

        // the resolution is a PNG's; "as on the screen" has the screen's size, so no paper
        resolution.disableProperty().bind(format.valueProperty().isEqualTo(MapSheetRenderer.Format.PDF));
        Runnable paperState = () -> {
            boolean screen = format.getValue() == MapSheetRenderer.Format.PNG && resolution.getValue() == Resolution.SCREEN;
            paper.setDisable(screen);
            orientation.setDisable(screen);
        };
        resolution.valueProperty().addListener((o, a, b) -> paperState.run());
        format.valueProperty().addListener((o, a, f) -> {
            paperState.run();
            file.setText(withExtension(file.getText(), f));
        });
        paperState.run();

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("mapexport.format")), format);
        grid.addRow(1, new Label(Messages.get("mapexport.resolution")), resolution);
        grid.addRow(2, new Label(Messages.get("mapexport.paper")), paper);
        grid.addRow(3, new Label(Messages.get("mapexport.orientation")), orientation);
        grid.addRow(4, new Label(Messages.get("mapexport.titleField")), title);
        grid.addRow(5, new Label(Messages.get("mapexport.file")), fileRow);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        ((Button) getDialogPane().lookupButton(FxSupport.OK)).setText(Messages.get("mapexport.ok"));
        getDialogPane().lookupButton(FxSupport.OK).disableProperty().bind(file.textProperty().isEmpty());
        setResultConverter(b -> b != FxSupport.OK ? null
                : new Choice(format.getValue(), resolution.getValue(), paper.getValue(), orientation.getValue(), title.getText(),
                        Path.of(withExtension(file.getText().strip(), format.getValue()))));
        Platform.runLater(title::requestFocus);
    }

    private static String fileName(String text) {
        try {
            Path p = Path.of(text.strip()).getFileName();
            return p == null ? "" : p.toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The file name with the extension of {@code format} (replacing .png or .pdf, or added). */
    static String withExtension(String file, MapSheetRenderer.Format format) {
        String ext = "." + format.name().toLowerCase(Locale.ROOT);
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png") || lower.endsWith(".pdf")) {
            return file.substring(0, file.length() - 4) + ext;
        }
        return file.isBlank() ? file : file + ext;
    }
}

package nl.ruimteverkenner.ui.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.imports.ImportSpec;
import nl.ruimteverkenner.io.imports.SourceData;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * The form of *Laag toevoegen…*: what the file holds (its tables, the detected coordinate system and feature count,
 * the attributes with the first rows) and how it becomes a layer (name, group, horizon and category fixed or from an
 * attribute, label attribute, tags fixed and mapped from an attribute's values, basis and source). Defaults: named
 * after the file, group Eigen plannen, horizon 2030, labelled by a name-like attribute. Choosing another table
 * reads its preview through {@code tableLoader} (off the FX thread).
 */
public final class ImportDialog extends Dialog<ImportDialog.Answer> {
    /** The table to read and how to turn it into a layer. */
    public record Answer(String table, ImportSpec spec) {
    }

    private static final String NONE = "";
    private final Label info = new Label();
    private final TableView<Map<String, Object>> preview = new TableView<>();
    private final ComboBox<String> horizonField = fieldBox("import-horizon-field");
    private final ComboBox<String> categoryField = fieldBox("import-category-field");
    private final ComboBox<String> labelField = fieldBox("import-label-field");
    private final ComboBox<String> tagField = fieldBox("import-tag-field");
    private SourceData shown;

    /**
     * @param data        the preview of the first (or only) table
     * @param tableLoader reads the preview of another table (completes off the FX thread)
     * @param themeLabel  how groups are named
     */
    public ImportDialog(Window owner, SourceData data, Function<String, CompletableFuture<SourceData>> tableLoader,
                        Function<Theme, String> themeLabel) {
        initOwner(owner);
        setTitle(Messages.get("import.dialog.title"));
        setHeaderText(Messages.get("import.dialog.header", data.file().getFileName()));
        setResizable(true);
        ImportSpec defaults = ImportSpec.defaults(data.file(), data.attributes());
        ComboBox<String> table = new ComboBox<>();
        table.setId("import-table");
        table.getItems().setAll(data.tables());
        table.setValue(data.table());
        info.setId("import-info");
        info.setWrapText(true);
        preview.setId("import-preview");
        preview.setPrefHeight(150);
        preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TextField name = new TextField(defaults.name());
        name.setId("import-name");
        ComboBox<Theme> group = new ComboBox<>();
        group.setId("import-group");
        group.getItems().setAll(Arrays.asList(Theme.values()));
        group.setConverter(FxSupport.displayOnly(themeLabel));
        group.setValue(defaults.theme());
        ComboBox<Horizon> horizon = new ComboBox<>();
        horizon.setId("import-horizon");
        horizon.getItems().setAll(Horizon.values());
        horizon.setConverter(FxSupport.displayOnly(h -> Integer.toString(h.year())));
        horizon.setValue(defaults.horizon());
        ComboBox<KeuzeCategorie> category = new ComboBox<>();
        category.setId("import-category");
        category.getItems().setAll(Arrays.stream(KeuzeCategorie.values()).filter(KeuzeCategorie::allowedForFeature).toList());
        category.setConverter(FxSupport.displayOnly(c -> Messages.get("category." + c.id())));
        category.setValue(defaults.category());
        TextField tags = new TextField();
        tags.setId("import-tags");
        tags.setPromptText(Messages.get("import.dialog.tagsPrompt"));
        TextField tagMap = new TextField();
        tagMap.setId("import-tag-map");
        tagMap.setPromptText(Messages.get("import.dialog.tagMapPrompt"));
        ComboBox<Basis> basis = new ComboBox<>();
        basis.setId("import-basis");
        basis.getItems().setAll(Basis.EIGEN_PLAN, Basis.OFFICIEEL);
        basis.setConverter(FxSupport.displayOnly(b -> Messages.get("basis." + b.id())));
        basis.setValue(defaults.basis());
        TextField organisation = new TextField();
        organisation.setId("import-organisation");
        TextField date = new TextField(defaults.date());
        date.setId("import-date");
        TextField licence = new TextField();
        licence.setId("import-licence");
        Label problem = new Label();
        problem.setId("import-problem");
        problem.getStyleClass().add("form-problem");
        show(data, defaults.labelField());
        table.valueProperty().addListener((o, a, t) -> {
            if (t != null && shown != null && !t.equals(shown.table())) {
                table.setDisable(true);
                tableLoader.apply(t).whenComplete((d, err) -> Platform.runLater(() -> {
                    table.setDisable(false);
                    if (d != null) {
                        show(d, ImportSpec.guessLabel(d.attributes()).orElse(null));
                        problem.setText("");
                    } else {
                        problem.setText(cause(err).getMessage());
                    }
                }));
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int r = 0;
        if (data.tables().size() > 1) {
            grid.addRow(r++, new Label(Messages.get("import.dialog.table")), table);
        }
        grid.addRow(r++, new Label(Messages.get("import.dialog.name")), name);
        grid.addRow(r++, new Label(Messages.get("import.dialog.group")), group);
        grid.addRow(r++, new Label(Messages.get("import.dialog.horizon")), horizon, horizonField);
        grid.addRow(r++, new Label(Messages.get("import.dialog.category")), category, categoryField);
        grid.addRow(r++, new Label(Messages.get("import.dialog.label")), labelField);
        grid.addRow(r++, new Label(Messages.get("import.dialog.tags")), tags);
        grid.addRow(r++, new Label(Messages.get("import.dialog.tagMap")), tagField, tagMap);
        grid.addRow(r++, new Label(Messages.get("import.dialog.basis")), basis);
        grid.addRow(r++, new Label(Messages.get("import.dialog.organisation")), organisation);
        grid.addRow(r++, new Label(Messages.get("import.dialog.date")), date);
        grid.addRow(r, new Label(Messages.get("import.dialog.licence")), licence);
        Node content = new VBox(8, info, preview, grid, problem);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(720);
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        Node ok = getDialogPane().lookupButton(FxSupport.OK);
        ok.setId("import-ok");
        ok.disableProperty().bind(name.textProperty().isEmpty());
        // a tag map that cannot be read keeps the dialog open with the reason
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                ImportSpec.parseTagMap(tagMap.getText());
                if (!tagMap.getText().isBlank() && blank(tagField.getValue())) {
                    problem.setText(Messages.get("import.dialog.tagFieldMissing"));
                    e.consume();
                }
            } catch (IllegalArgumentException ex) {
                problem.setText(Messages.get("cli.import.badTagMap", ex.getMessage()));
                e.consume();
            }
        });
        setResultConverter(b -> {
            if (b != FxSupport.OK || shown == null) {
                return null;
            }
            Set<String> tagSet = Stream.of(tags.getText().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            ImportSpec spec = new ImportSpec(name.getText().strip(), group.getValue(), horizon.getValue(), horizonField.getValue(),
                    category.getValue(), categoryField.getValue(), labelField.getValue(), tagSet, tagField.getValue(),
                    ImportSpec.parseTagMap(tagMap.getText()), basis.getValue(), organisation.getText(), date.getText(),
                    licence.getText());
            return new Answer(shown.table(), spec);
        });
    }

    /** Shows what a table holds and offers its attributes. */
    private void show(SourceData d, String label) {
        shown = d;
        info.setText(Messages.get("import.dialog.info", d.format().label(), d.crs().label(), d.featureCount(),
                d.attributes().size()));
        preview.getColumns().clear();
        for (String a : d.attributes()) {
            TableColumn<Map<String, Object>, String> c = new TableColumn<>(a);
            c.setCellValueFactory(v -> new ReadOnlyStringWrapper(v.getValue().get(a) == null ? "" : String.valueOf(v.getValue().get(a))));
            preview.getColumns().add(c);
        }
        preview.getItems().setAll(d.rows(d.features().size()));
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(d.attributes());
        for (ComboBox<String> box : List.of(horizonField, categoryField, labelField, tagField)) {
            box.getItems().setAll(choices);
            box.setValue(NONE);
        }
        labelField.setValue(label == null ? NONE : label);
    }

    private static ComboBox<String> fieldBox(String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(FxSupport.displayOnly(f -> blank(f) ? Messages.get("import.dialog.noField") : f));
        return box;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Throwable cause(Throwable t) {
        return t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /** The preview shown (tests). */
    public Optional<SourceData> shown() {
        return Optional.ofNullable(shown);
    }
}

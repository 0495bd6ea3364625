package nl.ruimteverkenner.ui.schuurpunten;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.analysis.FrictionMatrix;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.io.ExportFormat;
import nl.ruimteverkenner.analysis.SchuurpuntText;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * The schuurpunten panel: a summary with the change from the previous horizon, filters, the
 * frictiematrix (themes × themes; a click filters the table) and the sortable table of schuurpunten.
 */
public final class SchuurpuntenPanel extends HBox {
    private final SchuurpuntenViewModel vm;
    private final Function<Theme, String> themeLabel;
    private final TableView<Schuurpunt> table = new TableView<>();
    private final GridPane matrix = new GridPane();
    private final Label summary = new Label();
    private final Label pairFilter = new Label();
    private Consumer<ExportFormat> onExport = f -> { };
    private Runnable onEditRules = () -> { };

    public SchuurpuntenPanel(SchuurpuntenViewModel vm, Function<Theme, String> themeLabel) {
        super(10);
        this.vm = vm;
        this.themeLabel = themeLabel;
        setId("schuurpunten");
        getStyleClass().add("schuurpunten-panel");
        setPadding(new Insets(6, 8, 6, 8));

        Label title = new Label(Messages.get("schuurpunten.title"));
        title.getStyleClass().add("panel-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.progressProperty().bind(vm.progressProperty());
        // the indicator fills as the computation goes; the per cent in words on hovering (the header has no room)
        Tooltip percent = new Tooltip();
        percent.textProperty().bind(Bindings.createStringBinding(() -> vm.progressProperty().get() >= 0
                ? Messages.get("schuurpunten.progress", Math.round(vm.progressProperty().get() * 100)) : "",
                vm.progressProperty()));
        busy.setTooltip(percent);
        summary.setId("schuurpunten-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("schuurpunten-summary");

        ComboBox<Optional<Relation>> relationBox = new ComboBox<>();
        relationBox.setId("schuurpunten-relation");
        relationBox.getItems().add(Optional.empty());
        for (Relation r : Relation.values()) {
            relationBox.getItems().add(Optional.of(r));
        }
        relationBox.setConverter(FxSupport.displayOnly(
                r -> r.map(SchuurpuntText::relation).orElse(Messages.get("keuzes.all"))));
        relationBox.valueProperty().bindBidirectional(vm.relationProperty());
        TextField search = new TextField();
        search.setId("schuurpunten-search");
        search.setPromptText(Messages.get("schuurpunten.search"));
        search.textProperty().bindBidirectional(vm.textProperty());
        CheckBox onMap = new CheckBox(Messages.get("schuurpunten.onMap"));
        onMap.setId("schuurpunten-onmap");
        onMap.selectedProperty().bindBidirectional(vm.overlayVisibleProperty());
        ComboBox<Basis> basisBox = new ComboBox<>();
        basisBox.setId("schuurpunten-basis");
        basisBox.getItems().addAll(Basis.AANNAME, Basis.SCHEMATISCH, Basis.EIGEN_PLAN, Basis.OFFICIEEL);
        basisBox.setConverter(FxSupport.displayOnly(b -> Messages.get("schuurpunten.basisFilter." + b.id())));
        basisBox.setTooltip(new Tooltip(Messages.get("schuurpunten.basisFilter.tooltip")));
        basisBox.valueProperty().bindBidirectional(vm.weakestBasisProperty());
        HBox filters = new HBox(6, relationBox, search);
        Label basisLabel = new Label(Messages.get("schuurpunten.basisFilter.label"));
        HBox basisRow = new HBox(6, basisLabel, basisBox);
        basisRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        Label matrixTitle = new Label(Messages.get("schuurpunten.matrix"));
        matrixTitle.getStyleClass().add("legend-heading");
        Button allPairs = new Button(Messages.get("schuurpunten.allPairs"));
        allPairs.setId("matrix-reset");
        allPairs.setOnAction(e -> vm.themePairProperty().set(Optional.empty()));
        pairFilter.getStyleClass().add("keuze-meta");
        matrix.getStyleClass().add("friction-matrix");
        matrix.setHgap(2);
        matrix.setVgap(2);
        HBox matrixHead = new HBox(8, matrixTitle, allPairs);
        matrixHead.setAlignment(Pos.CENTER_LEFT);

        MenuButton export = new MenuButton(Messages.get("export.schuurpunten.menu"));
        export.setId("schuurpunten-export");
        export.setTooltip(new Tooltip(Messages.get("export.schuurpunten.tooltip")));
        for (ExportFormat f : List.of(ExportFormat.GEOJSON, ExportFormat.GPKG, ExportFormat.CSV)) {
            MenuItem item = new MenuItem(Messages.get("export.schuurpunten." + f.id()));
            item.setId("schuurpunten-export-" + f.id());
            item.setOnAction(e -> onExport.accept(f));
            export.getItems().add(item);
        }
        export.disableProperty().bind(Bindings.isEmpty(vm.shown()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button rules = new Button(Messages.get("rules.button"));
        rules.setId("schuurpunten-rules");
        rules.setTooltip(new Tooltip(Messages.get("rules.button.tooltip")));
        rules.setOnAction(e -> onEditRules.run());
        HBox head = new HBox(6, title, busy, gap, rules, export);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(5, head, summary, filters, basisRow, onMap, matrixHead, matrix, pairFilter);
        left.setMinWidth(360);
        left.setPrefWidth(370);
        left.setMaxWidth(370);
        summary.setMaxWidth(360);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        buildTable();
        HBox.setHgrow(table, Priority.ALWAYS);
        getChildren().addAll(left, table);

        vm.matrixProperty().addListener((o, a, m) -> rebuildMatrix(m));
        vm.all().addListener((ListChangeListener<Schuurpunt>) c -> updateSummary());
        vm.shown().addListener((ListChangeListener<Schuurpunt>) c -> updateSummary());
        vm.themePairProperty().addListener((o, a, p) -> {
            pairFilter.setText((p == null ? Optional.<Theme[]>empty() : p).map(t -> Messages.get("schuurpunten.pairFilter", themeLabel.apply(t[0]), themeLabel.apply(t[1]))).orElse(""));
            rebuildMatrix(vm.matrixProperty().get());
        });
        vm.selectedProperty().addListener((o, a, s) -> {
            if (s == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != s) {
                table.getSelectionModel().select(s);
                table.scrollTo(s);
            }
        });
        rebuildMatrix(vm.matrixProperty().get());
        updateSummary();
    }

    /** What the export menu does with the chosen format. */
    public void setOnExport(Consumer<ExportFormat> handler) {
        onExport = handler;
    }

    /** What the rules button does: open the rule editor. */
    public void setOnEditRules(Runnable handler) {
        onEditRules = handler;
    }

    public TableView<Schuurpunt> table() {
        return table;
    }

    private void buildTable() {
        table.setId("schuurpunten-table");
        table.setPlaceholder(new Label(Messages.get("schuurpunten.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Schuurpunt, String> type = new TableColumn<>(Messages.get("schuurpunten.col.type"));
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(SchuurpuntText.relation(c.getValue().rule().relation())));
        type.setPrefWidth(110);
        type.setMinWidth(100);
        TableColumn<Schuurpunt, String> rule = new TableColumn<>(Messages.get("schuurpunten.col.rule"));
        rule.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule().title()));
        rule.setPrefWidth(230);
        TableColumn<Schuurpunt, String> claims = new TableColumn<>(Messages.get("schuurpunten.col.claims"));
        claims.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().a().label() + "  ↔  " + c.getValue().b().label()));
        claims.setPrefWidth(360);
        TableColumn<Schuurpunt, String> place = new TableColumn<>(Messages.get("schuurpunten.col.place"));
        place.setCellValueFactory(c -> new ReadOnlyStringWrapper(SchuurpuntText.places(c.getValue())));
        place.setPrefWidth(140);
        TableColumn<Schuurpunt, Schuurpunt> size = new TableColumn<>(Messages.get("schuurpunten.col.size"));
        size.setId("col-size");
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        size.setComparator((x, y) -> x.areaHa() != y.areaHa() ? Double.compare(x.areaHa(), y.areaHa()) : Double.compare(x.lengthKm(), y.lengthKm()));
        size.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Schuurpunt s, boolean empty) {
                super.updateItem(s, empty);
                boolean indicative = !empty && s != null && s.basis().isIndicative();
                setText(empty || s == null ? null : (indicative ? "≈ " : "") + SchuurpuntText.size(s));
                setTooltip(indicative ? new Tooltip(Messages.get("basis." + s.basis().id() + ".long")) : null);
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        size.setPrefWidth(120);
        size.setMinWidth(105);
        TableColumn<Schuurpunt, String> basis = new TableColumn<>(Messages.get("schuurpunten.col.basis"));
        basis.setId("schuurpunten-col-basis");
        basis.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get("basis." + c.getValue().basis().id())));
        basis.setPrefWidth(90);
        TableColumn<Schuurpunt, String> trend = new TableColumn<>(Messages.get("schuurpunten.col.trend"));
        trend.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get("schuurpunten.trend." + vm.trend(c.getValue()).name())));
        trend.setPrefWidth(80);
        trend.setMinWidth(70);
        TableColumn<Schuurpunt, String> horizon = new TableColumn<>(Messages.get("schuurpunten.col.horizon"));
        horizon.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().horizon().year())));
        horizon.setPrefWidth(65);
        horizon.setMinWidth(60);
        TableColumn<Schuurpunt, String> keuze = new TableColumn<>(Messages.get("schuurpunten.col.keuze"));
        keuze.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> vm.keuzes().containsKey(c.getValue().key()) ? "✓" : "", vm.keuzes()));
        keuze.setPrefWidth(60);
        keuze.setMinWidth(55);
        table.getColumns().setAll(List.of(type, rule, claims, place, size, basis, trend, keuze, horizon));
        List.of(type, rule, claims, place, basis, trend).forEach(FxSupport::textCellsWithTooltip);
        FxSupport.headerTooltips(table);
        SortedList<Schuurpunt> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.selectedProperty().set(s);
            }
        });
        table.setRowFactory(tv -> {
            TableRow<Schuurpunt> row = new TableRow<>() {
                @Override
                protected void updateItem(Schuurpunt s, boolean empty) {
                    super.updateItem(s, empty);
                    getStyleClass().removeAll("row-conflict", "row-voorwaardelijk", "row-koppelkans");
                    if (!empty && s != null) {
                        getStyleClass().add("row-" + s.rule().relation().id());
                    }
                }
            };
            return row;
        });
    }

    private void updateSummary() {
        List<Schuurpunt> all = vm.all();
        long c = all.stream().filter(s -> s.rule().relation() == Relation.CONFLICT).count();
        long v = all.stream().filter(s -> s.rule().relation() == Relation.VOORWAARDELIJK).count();
        long k = all.size() - c - v;
        double ha = all.stream().filter(s -> s.rule().relation() == Relation.CONFLICT).mapToDouble(Schuurpunt::areaHa).sum();
        String text = vm.scenario() != null && vm.scenario().rules().isEmpty()
                ? Messages.get("schuurpunten.noRules")
                : Messages.get("schuurpunten.summary", vm.horizon().year(), all.size(), c, v, k, ha);
        if (vm.previousHorizon().isPresent() && !all.isEmpty()) {
            long nieuw = all.stream().filter(s -> vm.trend(s) == SchuurpuntenViewModel.Trend.NIEUW).count();
            text += "\n" + Messages.get("schuurpunten.change", vm.previousHorizon().get().year(), nieuw,
                    all.size() - nieuw, vm.disappeared().size());
        }
        double aanname = vm.conflictHaOnAanname();
        if (aanname > 0) {
            text += "\n" + Messages.get(vm.weakestBasisProperty().get() == Basis.AANNAME
                    ? "schuurpunten.aanname" : "schuurpunten.aannameLeftOut", aanname);
        }
        if (vm.shown().size() != all.size()) {
            text += "\n" + Messages.get("schuurpunten.filtered", vm.shown().size());
        }
        summary.setText(text);
    }

    private void rebuildMatrix(FrictionMatrix m) {
        matrix.getChildren().clear();
        List<Theme> themes = new ArrayList<>(List.of(Theme.WATER_EN_BODEM, Theme.BEWEGING_1, Theme.BEWEGING_2,
                Theme.BEWEGING_3, Theme.DEFENSIE, Theme.ERFGOED_LANDSCHAP, Theme.BESTUUR));
        // imported own plans get a row and column once they rub against something
        if (themes.stream().anyMatch(t -> m.count(t, Theme.EIGEN_PLANNEN) > 0) || m.count(Theme.EIGEN_PLANNEN, Theme.EIGEN_PLANNEN) > 0) {
            themes.add(Theme.EIGEN_PLANNEN);
        }
        for (int i = 0; i < themes.size(); i++) {
            String shortName = Messages.get("schuurpunten.matrix.short." + themes.get(i).id());
            Label col = new Label(shortName);
            col.setTooltip(new Tooltip(themeLabel.apply(themes.get(i))));
            col.getStyleClass().add("matrix-head");
            matrix.add(col, i + 1, 0);
            Label row = new Label(shortName);
            row.setTooltip(new Tooltip(themeLabel.apply(themes.get(i))));
            row.getStyleClass().add("matrix-head");
            matrix.add(row, 0, i + 1);
        }
        Optional<Theme[]> pair = vm.themePairProperty().get() == null ? Optional.empty() : vm.themePairProperty().get();
        for (int r = 0; r < themes.size(); r++) {
            for (int c = r; c < themes.size(); c++) {
                Theme x = themes.get(r);
                Theme y = themes.get(c);
                int n = m.count(x, y);
                Button cell = new Button(n == 0 ? "·" : Messages.number(n, 0));
                cell.setId("matrix-" + x.id() + "-" + y.id());
                cell.getStyleClass().add("matrix-cell");
                cell.setMinWidth(40);
                cell.setPrefWidth(40);
                cell.setFocusTraversable(false);
                double conflict = m.hectares(x, y, Relation.CONFLICT);
                if (m.count(x, y, Relation.CONFLICT) > 0) {
                    cell.getStyleClass().add("matrix-conflict");
                } else if (m.count(x, y, Relation.VOORWAARDELIJK) > 0) {
                    cell.getStyleClass().add("matrix-voorwaardelijk");
                } else if (n > 0) {
                    cell.getStyleClass().add("matrix-koppelkans");
                }
                if (pair.isPresent() && ((pair.get()[0] == x && pair.get()[1] == y) || (pair.get()[0] == y && pair.get()[1] == x))) {
                    cell.getStyleClass().add("matrix-selected");
                }
                double onAanname = vm.all().stream().filter(s -> s.basis() == Basis.AANNAME
                        && FrictionMatrix.between(s, x, y)).mapToDouble(Schuurpunt::areaHa).sum();
                cell.setTooltip(new Tooltip(Messages.get("schuurpunten.cell", themeLabel.apply(x), themeLabel.apply(y),
                        m.count(x, y, Relation.CONFLICT), conflict, m.count(x, y, Relation.VOORWAARDELIJK),
                        m.hectares(x, y, Relation.VOORWAARDELIJK), m.count(x, y, Relation.KOPPELKANS),
                        m.hectares(x, y, Relation.KOPPELKANS))
                        + (onAanname > 0 ? "\n" + Messages.get("schuurpunten.cell.aanname", onAanname) : "")));
                cell.setDisable(n == 0);
                cell.setOnAction(e -> vm.themePairProperty().set(Optional.of(new Theme[] {x, y})));
                matrix.add(cell, c + 1, r + 1);
            }
        }
    }
}

package nl.ruimteverkenner.ui.layers;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.shell.FxSupport;
import nl.ruimteverkenner.ui.shell.Shortcuts;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;

/**
 * The attribute table of one layer in a window of its own that stays open beside the map (as in QGIS): a
 * search field, the count "n van m objecten" and a sortable table of the layer's features. Choosing a row
 * selects the feature as a click on the map does and zooms to it (Enter zooms again); a feature selected on
 * the map selects its row. Follows the scenario through edits, undo and redo, and closes when the layer is
 * removed. Esc closes; Ctrl key combinations (undo, redo) go to the main window's shortcuts. FX thread only.
 */
public final class AttributeTableWindow {
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 320;
    private final ExplorerViewModel vm;
    private final AttributeTableModel model;
    private final Consumer<Feature> zoomTo;
    private final Stage stage = new Stage();
    private final TableView<AttributeTableModel.Row> table = new TableView<>();
    private final TextField search = new TextField();
    private final ChangeListener<Scenario> scenarioListener;
    private final ChangeListener<Feature> selectionListener;
    private boolean syncing;

    /**
     * @param owner     the main window (the table stays in front of it and takes its style sheets)
     * @param layerId   the layer to show
     * @param zoomTo    shows a feature on the map
     * @param shortcuts the main window's shortcut table, for the Ctrl combinations pressed in this window
     * @param onClosed  told when the window has closed
     */
    public AttributeTableWindow(Window owner, ExplorerViewModel vm, String layerId, Consumer<Feature> zoomTo,
                                Shortcuts shortcuts, Runnable onClosed) {
        this.vm = vm;
        this.zoomTo = zoomTo;
        this.model = new AttributeTableModel(layerId, vm.getScenario());
        table.setId("attributes-table");
        table.setPlaceholder(new Label(Messages.get("attributes.empty")));
        table.getColumns().setAll(List.of(
                column("attributes.column.id", AttributeTableModel.Row::id, 170),
                column("attributes.column.label", AttributeTableModel.Row::label, 250),
                column("attributes.column.horizon", AttributeTableModel.Row::horizon, 95),
                column("attributes.column.category", AttributeTableModel.Row::category, 200),
                column("attributes.column.basis", AttributeTableModel.Row::basis, 90),
                column("attributes.column.tags", AttributeTableModel.Row::tags, 190)));
        FxSupport.headerTooltips(table);
        SortedList<AttributeTableModel.Row> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing && row != null) {
                vm.selectedProperty().set(row.feature());
                zoomTo.accept(row.feature());
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            AttributeTableModel.Row row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                vm.selectedProperty().set(row.feature());
                zoomTo.accept(row.feature());
                e.consume();
            }
        });
        search.setId("attributes-search");
        search.setPromptText(Messages.get("attributes.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.setId("attributes-count");
        count.textProperty().bind(model.countProperty());
        HBox top = new HBox(10, search, count);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));
        Label hint = new Label(Messages.get("attributes.hint"));
        hint.getStyleClass().add("hint");
        hint.setPadding(new Insets(4, 8, 6, 8));
        BorderPane root = new BorderPane(table, top, null, hint, null);
        root.setId("attributes-window");
        root.getStyleClass().add("attribute-table");
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
            // along the bottom of the main window, so the middle of the map (where a chosen row is shown) stays free
            stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - WIDTH) / 2));
            stage.setY(owner.getY() + Math.max(0, owner.getHeight() - HEIGHT - 60));
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            } else if (e.isShortcutDown() && shortcuts.handle(e, Shortcuts.Focus.of(scene.getFocusOwner()))) {
                e.consume();
            }
        });
        stage.initModality(Modality.NONE);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        scenarioListener = (o, a, s) -> {
            model.refresh(s);
            if (model.goneProperty().get()) {
                stage.close();
            } else {
                selectFromMap(vm.selectedProperty().get());
            }
        };
        selectionListener = (o, a, f) -> selectFromMap(f);
        vm.scenarioProperty().addListener(scenarioListener);
        vm.selectedProperty().addListener(selectionListener);
        model.shown().addListener((InvalidationListener) x -> selectFromMap(vm.selectedProperty().get()));
        stage.setOnHidden(e -> {
            vm.scenarioProperty().removeListener(scenarioListener);
            vm.selectedProperty().removeListener(selectionListener);
            onClosed.run();
        });
        selectFromMap(vm.selectedProperty().get());
    }

    private static TableColumn<AttributeTableModel.Row, String> column(String key,
                                                                      Function<AttributeTableModel.Row, String> value,
                                                                      double width) {
        TableColumn<AttributeTableModel.Row, String> c = new TableColumn<>(Messages.get(key));
        c.setId(key.substring(key.lastIndexOf('.') + 1));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        FxSupport.textCellsWithTooltip(c);
        return c;
    }

    /** Selects the row of {@code f} without zooming (the map already shows it), or none when it is not here. */
    private void selectFromMap(Feature f) {
        syncing = true;
        try {
            int index = -1;
            if (f != null) {
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (table.getItems().get(i).id().equals(f.id())) {
                        index = i;
                        break;
                    }
                }
            }
            AttributeTableModel.Row current = table.getSelectionModel().getSelectedItem();
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else if (current == null || !current.id().equals(f.id()) || table.getSelectionModel().getSelectedIndex() != index) {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncing = false;
        }
    }

    /** Shows the window (in front, with the focus in the table). */
    public void show() {
        stage.show();
        stage.toFront();
        stage.requestFocus();
        table.requestFocus();
    }

    public void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    public AttributeTableModel model() {
        return model;
    }

    public TableView<AttributeTableModel.Row> table() {
        return table;
    }

    /** The search field (filters the rows as one types). */
    public TextField searchField() {
        return search;
    }
}

package nl.ruimteverkenner.ui.keuzes;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.shell.FxSupport;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;

/**
 * The keuzeregister: filters for beweging/thema, horizon and category, a search field, and the list of
 * keuzes. Selecting a keuze selects it in the explorer (the map highlights and zooms to its features).
 */
public final class KeuzeregisterPanel extends VBox {
    private final KeuzeregisterViewModel vm = new KeuzeregisterViewModel();
    private final ExplorerViewModel explorer;
    private final ListView<Keuze> list = new ListView<>(vm.shown());
    private final Label count = new Label();
    private final TextField search = new TextField();
    private final ComboBox<Optional<Theme>> themeBox = new ComboBox<>();

    public KeuzeregisterPanel(ExplorerViewModel explorer) {
        super(6);
        this.explorer = explorer;
        setId("keuzeregister");
        setPadding(new Insets(8));
        getStyleClass().add("keuzeregister");
        search.setPromptText(Messages.get("keuzes.search"));
        search.setId("keuze-search");
        search.textProperty().bindBidirectional(vm.textProperty());

        themeBox.setId("keuze-theme");
        themeBox.setConverter(FxSupport.displayOnly(t -> t.map(explorer::themeLabel).orElse(Messages.get("keuzes.all"))));
        themeBox.valueProperty().bindBidirectional(vm.themeProperty());
        themeBox.setMaxWidth(Double.MAX_VALUE);

        ComboBox<Optional<Horizon>> horizonBox = new ComboBox<>();
        horizonBox.setId("keuze-horizon");
        horizonBox.getItems().add(Optional.empty());
        for (Horizon h : Horizon.values()) {
            horizonBox.getItems().add(Optional.of(h));
        }
        horizonBox.setConverter(FxSupport.displayOnly(h -> h.map(x -> Integer.toString(x.year())).orElse(Messages.get("keuzes.all"))));
        horizonBox.valueProperty().bindBidirectional(vm.horizonProperty());
        horizonBox.setMaxWidth(Double.MAX_VALUE);

        ComboBox<Optional<KeuzeCategorie>> categoryBox = new ComboBox<>();
        categoryBox.setId("keuze-category");
        categoryBox.getItems().add(Optional.empty());
        for (KeuzeCategorie c : KeuzeCategorie.values()) {
            if (c != KeuzeCategorie.BESTAAND) {
                categoryBox.getItems().add(Optional.of(c));
            }
        }
        categoryBox.setConverter(FxSupport.displayOnly(c -> c.map(ExplorerViewModel::categoryLabel).orElse(Messages.get("keuzes.all"))));
        categoryBox.valueProperty().bindBidirectional(vm.categoryProperty());
        categoryBox.setMaxWidth(Double.MAX_VALUE);

        GridPane filters = new GridPane();
        filters.setHgap(6);
        filters.setVgap(4);
        filters.addRow(0, new Label(Messages.get("keuzes.theme")), themeBox);
        filters.addRow(1, new Label(Messages.get("keuzes.horizon")), horizonBox);
        filters.addRow(2, new Label(Messages.get("keuzes.category")), categoryBox);
        GridPane.setHgrow(themeBox, Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        filters.getColumnConstraints().add(labels);

        list.setId("keuze-list");
        list.setCellFactory(v -> new KeuzeCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, k) -> {
            if (k != null) {
                explorer.selectedKeuzeProperty().set(k);
            }
        });
        explorer.selectedKeuzeProperty().addListener((o, a, k) -> {
            if (k == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != k) {
                list.getSelectionModel().select(k);
                list.scrollTo(k);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        count.getStyleClass().add("keuze-count");
        vm.shown().addListener((ListChangeListener<Keuze>) c -> updateCount());
        explorer.scenarioProperty().addListener((o, a, s) -> setScenario(s));
        setScenario(explorer.getScenario());
        Label title = new Label(Messages.get("keuzes.title"));
        title.getStyleClass().add("panel-title");
        getChildren().addAll(title, search, filters, count, list);
    }

    public KeuzeregisterViewModel viewModel() {
        return vm;
    }

    /** Puts the cursor in the search field. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void setScenario(Scenario s) {
        themeBox.getItems().setAll(Optional.empty());
        if (s != null) {
            for (Theme t : Theme.values()) {
                if (s.keuzes().stream().anyMatch(k -> k.theme() == t)) {
                    themeBox.getItems().add(Optional.of(t));
                }
            }
        }
        vm.setScenario(s);
        updateCount();
    }

    private void updateCount() {
        count.setText(Messages.get("keuzes.count", vm.shown().size(), vm.total()));
    }


    /** A keuze in the list: category marker, title, and beweging with page. */
    private final class KeuzeCell extends ListCell<Keuze> {
        @Override
        protected void updateItem(Keuze k, boolean empty) {
            super.updateItem(k, empty);
            if (empty || k == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label marker = new Label(Messages.get("keuzes.marker." + k.category().id()));
            marker.getStyleClass().addAll("keuze-marker", "keuze-" + k.category().id());
            Label title = new Label(k.title());
            title.setWrapText(true);
            title.getStyleClass().add("keuze-title");
            Label meta = new Label(Messages.get("keuzes.meta", explorer.themeLabel(k.theme()), k.horizon().year(),
                    k.source().page(), k.featureIds().size()));
            meta.getStyleClass().add("keuze-meta");
            VBox text = new VBox(1, title, meta);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setPrefWidth(10);
            HBox row = new HBox(6, marker, text);
            setText(null);
            setGraphic(row);
        }
    }
}

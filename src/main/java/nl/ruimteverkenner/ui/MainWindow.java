package nl.ruimteverkenner.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.Problem;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.map.FeaturePicker;
import nl.ruimteverkenner.map.ScenarioMapLayer;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.ui.explorer.ExplorerViewModel;
import nl.ruimteverkenner.ui.info.InfoPanel;
import nl.ruimteverkenner.ui.keuzes.KeuzeregisterPanel;
import nl.ruimteverkenner.ui.schuurpunten.SchuurpuntenPanel;
import nl.ruimteverkenner.ui.schuurpunten.SchuurpuntenViewModel;
import nl.ruimteverkenner.ui.layers.LayerPanel;
import nl.ruimteverkenner.ui.layers.Legend;
import nl.ruimteverkenner.ui.map.MapPane;

/**
 * The main window's content: menu and tool bar, layer panel with legend, the map, the info panel and
 * the status bar. Wires the {@link ExplorerViewModel} to the map layer and handles the keyboard.
 */
public final class MainWindow extends BorderPane {
    private final ExplorerViewModel vm = new ExplorerViewModel();
    private final Settings settings;
    private final MapPane map = new MapPane();
    private final Legend legend = new Legend(vm);
    private final ToggleGroup horizonGroup = new ToggleGroup();
    private final HBox horizonBox = new HBox();
    private final Label status = new Label();
    private final Button problemsButton = new Button();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final CheckMenuItem onlineItem = new CheckMenuItem(Messages.get("menu.online"));
    private final Consumer<Boolean> onlineSwitch;
    private Path scenarioPath;
    private final KeuzeregisterPanel keuzePanel;
    private InfoPanel infoPanel;
    private final nl.ruimteverkenner.ui.lens.LensViewModel lens =
            new nl.ruimteverkenner.ui.lens.LensViewModel(java.util.concurrent.ForkJoinPool.commonPool());
    private final javafx.scene.control.TextField search = new javafx.scene.control.TextField();
    private final javafx.scene.control.ContextMenu suggestions = new javafx.scene.control.ContextMenu();
    private Tab lensTab;
    private nl.ruimteverkenner.ui.sketch.SketchController sketches;
    private nl.ruimteverkenner.ui.sketch.VertexEditor vertexEditor;
    /** A feature whose schuurpunten are shown live (being reshaped) rather than from the last analysis. */
    private String overlayExcluded;
    private Tab sketchTab;
    private final nl.ruimteverkenner.ui.compare.ComparePane comparePane = new nl.ruimteverkenner.ui.compare.ComparePane();
    private nl.ruimteverkenner.ui.compare.ComparePanel comparePanel;
    private Scenario compareVariant;
    private long autosavedRevision = -1;
    private Path keuzeStoreFolder;
    private boolean restoredUnsaved;
    private javafx.animation.Timeline autosave;
    private boolean presenting;
    private final javafx.scene.shape.Circle pointer = new javafx.scene.shape.Circle(9, javafx.scene.paint.Color.web("#e53935", 0.75));
    private javafx.scene.layout.StackPane helpOverlay;
    private Path dataDir;
    private final SchuurpuntenViewModel schuurpunten = new SchuurpuntenViewModel(java.util.concurrent.ForkJoinPool.commonPool());
    private final SchuurpuntenPanel schuurpuntenPanel;
    private final SplitPane mapSplit;
    private final ToggleButton schuurpuntenToggle = new ToggleButton(Messages.get("schuurpunten.toggle"));
    private final Tab layersTab;
    private final Tab keuzesTab;
    private final TabPane sideTabs;

    /**
     * @param settings     the remembered settings (read and updated)
     * @param onlineSwitch called when the user switches the online background map on or off
     */
    public MainWindow(Settings settings, Consumer<Boolean> onlineSwitch) {
        this.settings = settings;
        this.onlineSwitch = onlineSwitch;
        getStyleClass().add("main-window");
        setTop(new VBox(menuBar(), toolBar()));
        LayerPanel layers = new LayerPanel(vm);
        javafx.scene.control.ScrollPane legendScroll = new javafx.scene.control.ScrollPane(legend);
        legendScroll.setFitToWidth(true);
        legendScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        legendScroll.getStyleClass().add("legend-scroll");
        SplitPane left = new SplitPane(layers, legendScroll);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.62);
        left.getStyleClass().add("side-panel");
        keuzePanel = new KeuzeregisterPanel(vm);
        layersTab = new Tab(Messages.get("tab.layers"), left);
        keuzesTab = lazyTab(Messages.get("tab.keuzes"), keuzePanel);
        layersTab.setClosable(false);
        keuzesTab.setClosable(false);
        keuzesTab.setId("tab-keuzes");
        lensTab = lazyTab(Messages.get("lens.tab"), new nl.ruimteverkenner.ui.lens.LensPanel(lens, this::writeReport));
        lensTab.setClosable(false);
        lensTab.setId("tab-lens");
        sketches = new nl.ruimteverkenner.ui.sketch.SketchController(vm, map.layer());
        sketches.setFormOpener(t -> new nl.ruimteverkenner.ui.sketch.SketchDialog(getScene().getWindow(), vm::themeLabel,
                vm.horizonProperty().get(), sketches.drawThemeProperty().get()).showAndWait());
        var sketchPanel = new nl.ruimteverkenner.ui.sketch.SketchPanel(sketches, vm::themeLabel, this::deleteSelectedSketch,
                this::editSketchProperties, this::saveVariant);
        vm.scenarioProperty().addListener((o, a, sc) -> sketchPanel.refreshThemes());
        javafx.scene.control.ScrollPane sketchScroll = new javafx.scene.control.ScrollPane(sketchPanel);
        sketchScroll.setFitToWidth(true);
        sketchScroll.setFitToHeight(true);
        sketchScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        sketchTab = lazyTab(Messages.get("sketch.tab"), sketchScroll);
        sketchTab.setClosable(false);
        sketchTab.setId("tab-sketch");
        comparePanel = new nl.ruimteverkenner.ui.compare.ComparePanel(p -> startCompare(), this::stopCompare,
                this::chooseCompareVariant, comparePane::setMode);
        Tab compareTab = lazyTab(Messages.get("compare.tab"), comparePanel);
        compareTab.setClosable(false);
        compareTab.setId("tab-compare");
        TabPane tabs = new TabPane(layersTab, keuzesTab, lensTab, sketchTab, compareTab);
        tabs.setId("side-tabs");
        tabs.setPrefWidth(395);
        tabs.setMinWidth(260);
        sideTabs = tabs;
        InfoPanel info = new InfoPanel(vm);
        infoPanel = info;
        schuurpuntenPanel = new SchuurpuntenPanel(schuurpunten, vm::themeLabel);
        SplitPane split = new SplitPane(tabs, map, info);
        mapSplit = new SplitPane(split);
        mapSplit.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.285, 0.78);
        SplitPane.setResizableWithParent(tabs, false);
        SplitPane.setResizableWithParent(info, false);
        info.visibleProperty().addListener((o, a, v) -> {
            if (v && !split.getItems().contains(info)) {
                split.getItems().add(info);
                split.setDividerPosition(1, 0.76);
            } else if (!v) {
                split.getItems().remove(info);
            }
        });
        split.getItems().remove(info);
        setCenter(mapSplit);
        schuurpuntenToggle.setId("schuurpunten-toggle");
        schuurpuntenToggle.setTooltip(new Tooltip(Messages.get("schuurpunten.toggle.tooltip")));
        schuurpuntenToggle.selectedProperty().addListener((o, a, on) -> showSchuurpunten(on));
        setBottom(statusBar());
        wire();
        updateAttribution();
        pointer.setManaged(false);
        pointer.setMouseTransparent(true);
        pointer.setId("pointer");
        map.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> {
            pointer.setLayoutX(e.getX());
            pointer.setLayoutY(e.getY());
        });
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((ow, aw, w) -> {
                    if (w instanceof javafx.stage.Stage st) {
                        st.fullScreenProperty().addListener((of, af, full) -> {
                            if (!full && presenting) {
                                setPresenting(false);
                            }
                        });
                    }
                });
                scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
                    boolean typing = scene.getFocusOwner() instanceof TextInputControl;
                    if (!typing && "?".equals(e.getCharacter())) {
                        toggleHelp();
                        e.consume();
                    }
                });
            }
        });
    }

    public ExplorerViewModel viewModel() {
        return vm;
    }

    public MapPane mapPane() {
        return map;
    }

    public KeuzeregisterPanel keuzePanel() {
        return keuzePanel;
    }

    /**
     * A side tab whose content enters the scene only when the tab is first shown, so start-up styles and lays
     * out only the visible panel.
     */
    private static Tab lazyTab(String text, Node content) {
        Tab t = new Tab(text);
        t.selectedProperty().addListener((o, was, selected) -> {
            if (selected && t.getContent() == null) {
                t.setContent(content);
            }
        });
        return t;
    }

    public Path scenarioPath() {
        return scenarioPath;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem(Messages.get("menu.open"));
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseScenario());
        MenuItem problems = new MenuItem(Messages.get("menu.problems"));
        problems.setOnAction(e -> showProblems());
        MenuItem loadGemeenten = new MenuItem(Messages.get("menu.loadGemeenten"));
        loadGemeenten.setOnAction(e -> chooseGemeenten());
        MenuItem pdok = new MenuItem(Messages.get("pdok.menu"));
        pdok.setOnAction(e -> downloadFromPdok());
        MenuItem export = new MenuItem(Messages.get("menu.exportKeuzes"));
        export.setOnAction(e -> exportKeuzes());
        MenuItem quit = new MenuItem(Messages.get("menu.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> {
            if (confirmClose()) {
                getScene().getWindow().hide();
            }
        });
        MenuItem openVariant = new MenuItem(Messages.get("variant.open.menu"));
        openVariant.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        openVariant.setOnAction(e -> chooseVariant());
        MenuItem saveVariant = new MenuItem(Messages.get("variant.save.menu"));
        saveVariant.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveVariant.setOnAction(e -> saveVariant());
        Menu file = new Menu(Messages.get("menu.file"), null, open, openVariant, saveVariant, new javafx.scene.control.SeparatorMenuItem(),
                loadGemeenten, pdok, problems, export, new javafx.scene.control.SeparatorMenuItem(), quit);

        MenuItem home = new MenuItem(Messages.get("map.home"));
        home.setOnAction(e -> map.showNetherlands());
        Menu view = new Menu(Messages.get("menu.view"), null, home);
        for (Horizon h : Horizon.values()) {
            MenuItem item = new MenuItem(Messages.get("horizon.menu", h.year(), horizonNumber(h)));
            item.setOnAction(e -> vm.horizonProperty().set(h));
            view.getItems().add(item);
        }
        onlineItem.setSelected(settings.onlineBasemap);
        onlineItem.setOnAction(e -> switchOnline(onlineItem.isSelected()));
        Menu options = new Menu(Messages.get("menu.settings"), null, onlineItem);

        MenuItem keys = new MenuItem(Messages.get("menu.keys"));
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> toggleHelp());
        MenuItem about = new MenuItem(Messages.get("menu.about"));
        about.setOnAction(e -> info(Messages.get("about.title"), Messages.get("about.text")));
        Menu help = new Menu(Messages.get("menu.help"), null, keys, about);
        MenuBar bar = new MenuBar(file, view, options, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static int horizonNumber(Horizon h) {
        return h.ordinal() + 1;
    }

    private ToolBar toolBar() {
        Button open = new Button(Messages.get("toolbar.open"));
        open.setOnAction(e -> chooseScenario());
        Label horizonLabel = new Label(Messages.get("toolbar.horizon"));
        horizonBox.getStyleClass().add("segmented");
        Button home = new Button(Messages.get("map.home"));
        home.setId("home-button");
        home.setTooltip(new Tooltip(Messages.get("map.home.tooltip")));
        home.setOnAction(e -> map.showNetherlands());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button about = new Button(Messages.get("menu.about"));
        about.setOnAction(e -> info(Messages.get("about.title"), Messages.get("about.text")));
        search.setId("search");
        search.setPromptText(Messages.get("search.prompt"));
        search.setPrefWidth(300);
        search.textProperty().addListener((o, a, t) -> showSuggestions(t));
        search.setOnAction(e -> lens.search(search.getText(), 1).stream().findFirst().ifPresent(this::choosePlace));
        return new ToolBar(open, new Separator(Orientation.VERTICAL), horizonLabel, horizonBox,
                new Separator(Orientation.VERTICAL), home, schuurpuntenToggle, spacer, search, about);
    }

    private void rebuildHorizonButtons(Scenario s) {
        horizonBox.getChildren().clear();
        horizonGroup.getToggles().clear();
        for (Horizon h : s == null ? java.util.List.of(Horizon.values()) : s.horizons()) {
            ToggleButton b = new ToggleButton(Messages.get("horizon.button", h.year()));
            b.setId("horizon-" + h.year());
            b.setUserData(h);
            b.setToggleGroup(horizonGroup);
            b.setTooltip(new Tooltip(Messages.get("horizon.tooltip." + h.year(), horizonNumber(h))));
            b.setSelected(vm.horizonProperty().get() == h);
            horizonBox.getChildren().add(b);
        }
    }

    private HBox statusBar() {
        progress.setPrefSize(16, 16);
        progress.setVisible(false);
        problemsButton.setId("problems-button");
        problemsButton.getStyleClass().add("problems-button");
        problemsButton.setOnAction(e -> showProblems());
        problemsButton.setVisible(false);
        status.setId("status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, status, spacer, problemsButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void wire() {
        ScenarioMapLayer layer = map.layer();
        vm.scenarioProperty().addListener((o, a, s) -> {
            rebuildHorizonButtons(s);
            if (s != null) {
                layer.setScenario(s);
                layer.setHorizon(vm.horizonProperty().get());
                for (Layer l : s.layers()) {
                    ExplorerViewModel.Switch ls = vm.layerSwitch(l.id());
                    ExplorerViewModel.Switch gs = vm.groupSwitch(l.theme());
                    Runnable apply = () -> {
                        layer.setLayerVisible(l.id(), vm.isLayerShown(l));
                        layer.setLayerOpacity(l.id(), vm.layerOpacity(l));
                        if (vm.selectedProperty().get() != null && !vm.isShown(vm.selectedProperty().get())) {
                            vm.selectedProperty().set(null);
                        }
                        legend.refresh();
                        updateStatus();
                    };
                    ls.visibleProperty().addListener(x -> apply.run());
                    gs.visibleProperty().addListener(x -> apply.run());
                    ls.opacityProperty().addListener(x -> layer.setLayerOpacity(l.id(), vm.layerOpacity(l)));
                    gs.opacityProperty().addListener(x -> layer.setLayerOpacity(l.id(), vm.layerOpacity(l)));
                    layer.setLayerVisible(l.id(), vm.isLayerShown(l));
                    layer.setLayerOpacity(l.id(), vm.layerOpacity(l));
                }
                Window w = getScene() == null ? null : getScene().getWindow();
                if (w instanceof javafx.stage.Stage st) {
                    st.setTitle(Messages.get("app.titleWithScenario", s.name()));
                }
            }
            legend.refresh();
            updateStatus();
        });
        vm.horizonProperty().addListener((o, a, h) -> {
            layer.setHorizon(h);
            for (var t : horizonGroup.getToggles()) {
                t.setSelected(t.getUserData() == h);
            }
            if (vm.selectedProperty().get() != null && !vm.isShown(vm.selectedProperty().get())) {
                vm.selectedProperty().set(null);
            }
            legend.refresh();
            updateStatus();
        });
        horizonGroup.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                // keep one horizon selected: a second click on the active button does nothing
                Platform.runLater(() -> {
                    if (horizonGroup.getSelectedToggle() == null && a != null) {
                        a.setSelected(true);
                    }
                });
            } else {
                vm.horizonProperty().set((Horizon) t.getUserData());
            }
        });
        vm.selectedProperty().addListener((o, a, f) -> layer.setHighlighted(vm.highlighted()));
        schuurpunten.selectedProperty().bindBidirectional(vm.selectedSchuurpuntProperty());
        vm.selectedSchuurpuntProperty().addListener((o, a, sp) -> {
            layer.setHighlighted(vm.highlighted());
            if (sp != null) {
                org.locationtech.jts.geom.Envelope env = sp.overlap().getEnvelopeInternal();
                double padX = Math.max(env.getWidth() * 0.6, 0.03);
                double padY = Math.max(env.getHeight() * 0.6, 0.02);
                map.fit(env.getMinX() - padX, env.getMinY() - padY, env.getMaxX() + padX, env.getMaxY() + padY);
            }
        });
        schuurpunten.shown().addListener((javafx.collections.ListChangeListener<nl.ruimteverkenner.analysis.Schuurpunt>) c -> updateOverlay());
        schuurpunten.overlayVisibleProperty().addListener((o, a, v) -> layer.setOverlayVisible(v));
        vm.scenarioProperty().addListener((o, a, s) -> lens.setScenario(s, vm.horizonProperty().get()));
        vm.horizonProperty().addListener((o, a, h) -> lens.setHorizon(h));
        lens.selectedProperty().addListener((o, a, p) -> layer.setFocus(p != null && p.hasArea() ? p.lonLat() : null));
        infoPanel.setKeuzeHandling(sp -> Optional.ofNullable(schuurpunten.keuzes().get(sp.key())), this::recordKeuze);
        vm.scenarioProperty().addListener((o, a, s) -> {
            // a sketch edit replaces the scenario but not its folder: read the recorded choices only for a new folder
            if (!java.util.Objects.equals(scenarioPath, keuzeStoreFolder)) {
                keuzeStoreFolder = scenarioPath;
                java.util.List<Problem> storeProblems = new java.util.ArrayList<>();
                schuurpunten.useStore(scenarioPath == null ? null : new nl.ruimteverkenner.io.SchuurpuntKeuzeStore(scenarioPath), storeProblems);
                vm.problems().addAll(storeProblems);
            }
            schuurpunten.setScenario(s, vm.horizonProperty().get());
            if (s == null || a == null || !a.id().equals(s.id())) {
                // a newly opened scenario: show its schuurpunten; an edit leaves the pane as the user set it
                showSchuurpunten(s != null && !s.rules().isEmpty());
            }
        });
        vm.horizonProperty().addListener((o, a, h) -> schuurpunten.showHorizon(h));
        vm.selectedKeuzeProperty().addListener((o, a, k) -> {
            layer.setHighlighted(vm.highlighted());
            if (k != null) {
                zoomTo(vm.highlighted());
            }
        });
        vm.problems().addListener((javafx.collections.ListChangeListener<Problem>) c -> updateProblems());
        map.setOnMapClicked((p, tol, count) -> {
            Scenario s = vm.getScenario();
            if (sketches.isDrawing()) {
                sketches.click(p[0], p[1], count);
                return;
            }
            if (sketches.isEditing()) {
                if (s != null) {
                    vm.selectedProperty().set(FeaturePicker.pick(s.layers(), vm::isShown, p[0], p[1], tol).orElse(null));
                    if (count == 2 && vm.selectedProperty().get() != null
                            && nl.ruimteverkenner.ui.sketch.SketchController.isSketch(vm.selectedProperty().get())) {
                        editSketchProperties();
                    }
                }
                return;
            }
            if (s != null) {
                var hit = FeaturePicker.pick(s.layers(), vm::isShown, p[0], p[1], tol);
                vm.selectedProperty().set(hit.orElse(null));
                if (hit.isEmpty()) {
                    lens.placeAt(p[0], p[1]).ifPresent(place -> {
                        lens.selectedProperty().set(place);
                        sideTabs.getSelectionModel().select(lensTab);
                    });
                }
            }
        });
        wireSketching();
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
                // Shift held: place vertices freely (no snapping)
                scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
                    if (e.getCode() == KeyCode.SHIFT) {
                        sketches.setSnapSuspended(false);
                    }
                });
            }
        });
    }

    /** Where imported gemeente boundaries are kept; loads those stored earlier (in the background). */
    public void useDataDir(Path dir) {
        this.dataDir = dir;
        if (autosave == null) {
            autosave = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(30), e -> autosaveNow()));
            autosave.setCycleCount(javafx.animation.Animation.INDEFINITE);
            autosave.play();
        }
        CompletableFuture.supplyAsync(() -> new nl.ruimteverkenner.io.GemeenteStore(dir).loadStored())
                .thenAccept(r -> Platform.runLater(() -> showGemeenten(r.gemeenten())));
    }

    private void showGemeenten(java.util.List<nl.ruimteverkenner.model.Gemeente> list) {
        lens.setGemeenten(list);
        map.layer().setBoundaries(list.stream().map(nl.ruimteverkenner.model.Gemeente::lonLat).toList());
    }

    public nl.ruimteverkenner.ui.lens.LensViewModel lens() {
        return lens;
    }

    private void chooseGemeenten() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Messages.get("menu.loadGemeenten"));
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter(Messages.get("gemeenten.filter"), "*.geojson", "*.json", "*.gpkg"),
                new javafx.stage.FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"),
                new javafx.stage.FileChooser.ExtensionFilter("GeoPackage", "*.gpkg"));
        java.io.File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            importGemeenten(f.toPath());
        }
    }

    /** Imports gemeente boundaries from a CBS/PDOK GeoJSON or GeoPackage file and keeps them for later starts. */
    public CompletableFuture<Void> importGemeenten(Path file) {
        progress.setVisible(true);
        Path dir = dataDir == null ? nl.ruimteverkenner.io.SettingsStore.defaultDataDir() : dataDir;
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new nl.ruimteverkenner.io.GemeenteStore(dir).importFile(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).handle((r, err) -> {
            Platform.runLater(() -> {
                progress.setVisible(false);
                if (err != null || r == null || !r.usable()) {
                    status.setText(Messages.get("gemeenten.failed", file.getFileName()));
                    if (r != null) {
                        vm.problems().addAll(r.problems());
                        showProblems();
                    }
                    return;
                }
                showGemeenten(r.gemeenten());
                status.setText(Messages.get("gemeenten.loaded", r.gemeenten().size(), file.getFileName()));
            });
            return null;
        });
    }

    private void downloadFromPdok() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("pdok.confirm"), nl.ruimteverkenner.ui.FxSupport.OK, nl.ruimteverkenner.ui.FxSupport.CANCEL);
        confirm.setTitle(Messages.get("pdok.menu"));
        confirm.setHeaderText(Messages.get("pdok.confirm.header"));
        confirm.initOwner(getScene().getWindow());
        if (confirm.showAndWait().filter(b -> b == nl.ruimteverkenner.ui.FxSupport.OK).isEmpty()) {
            return;
        }
        Path dir = dataDir == null ? nl.ruimteverkenner.io.SettingsStore.defaultDataDir() : dataDir;
        progress.setVisible(true);
        status.setText(Messages.get("pdok.progressUnknown"));
        CompletableFuture.supplyAsync(() -> nl.ruimteverkenner.io.PdokDownloader.configured().download(
                new nl.ruimteverkenner.io.GemeenteStore(dir), f -> Platform.runLater(() -> {
                    progress.setProgress(f);
                    status.setText(f < 0 ? Messages.get("pdok.progressUnknown") : Messages.get("pdok.progress", f * 100));
                })))
                .thenAccept(outcome -> Platform.runLater(() -> {
                    progress.setVisible(false);
                    progress.setProgress(-1);
                    if (outcome.ok()) {
                        showGemeenten(outcome.result().gemeenten());
                        status.setText(Messages.get("pdok.done", outcome.result().gemeenten().size()));
                    } else {
                        status.setText(outcome.failure());
                        info(Messages.get("pdok.menu"), outcome.failure());
                    }
                }));
    }

    private void showSuggestions(String text) {
        java.util.List<nl.ruimteverkenner.ui.lens.LensViewModel.Place> found = lens.search(text, 12);
        suggestions.getItems().clear();
        for (var p : found) {
            MenuItem item = new MenuItem(p.display());
            item.setOnAction(e -> choosePlace(p));
            suggestions.getItems().add(item);
        }
        if (found.isEmpty() || !search.isFocused()) {
            suggestions.hide();
        } else if (!suggestions.isShowing()) {
            suggestions.show(search, javafx.geometry.Side.BOTTOM, 0, 0);
        }
    }

    /** Zooms to a found place and selects it: features in the explorer, areas in the lens. */
    public void choosePlace(nl.ruimteverkenner.ui.lens.LensViewModel.Place p) {
        suggestions.hide();
        org.locationtech.jts.geom.Envelope env = p.lonLat().getEnvelopeInternal();
        double padX = Math.max(env.getWidth() * 0.1, 0.02);
        double padY = Math.max(env.getHeight() * 0.1, 0.015);
        map.fit(env.getMinX() - padX, env.getMinY() - padY, env.getMaxX() + padX, env.getMaxY() + padY);
        if (p.hasArea()) {
            lens.selectedProperty().set(p);
            sideTabs.getSelectionModel().select(lensTab);
        } else if (p.feature() != null) {
            vm.selectedProperty().set(p.feature());
        }
    }

    /** Focuses the search field. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void writeReport(nl.ruimteverkenner.ui.lens.LensViewModel.Place p) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Messages.get("reportui.save.title"));
        chooser.setInitialFileName("nota-ruimte-" + p.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".pdf");
        chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"),
                new javafx.stage.FileChooser.ExtensionFilter("HTML", "*.html"));
        java.io.File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            writeReport(p, f.toPath());
        }
    }

    /** Writes the report for a place at the current horizon with the layers now shown (in the background). */
    public CompletableFuture<Path> writeReport(nl.ruimteverkenner.ui.lens.LensViewModel.Place p, Path target) {
        progress.setVisible(true);
        Horizon h = vm.horizonProperty().get();
        java.util.Set<String> shownIds = new java.util.HashSet<>();
        vm.getScenario().features().filter(vm::isShown).forEach(x -> shownIds.add(x.id()));
        String kind = p.kind();
        return CompletableFuture.supplyAsync(() -> {
            try {
                var builder = new nl.ruimteverkenner.report.ReportBuilder(lens.engine(),
                        new nl.ruimteverkenner.report.MapImageRenderer(Basemap.instance().renderer()));
                var report = builder.build(p.area(), p.lonLat(), kind, h, x -> shownIds.contains(x.id()));
                nl.ruimteverkenner.report.ReportFiles.write(report, target);
                return target;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((ok, err) -> Platform.runLater(() -> {
            progress.setVisible(false);
            status.setText(err == null ? Messages.get("reportui.written", target) : Messages.get("reportui.failed", target));
        }));
    }

    /** Whether there is work that has not been saved as a variant. */
    public boolean hasUnsavedWork() {
        return sketches.stack().isDirty() || restoredUnsaved;
    }

    private nl.ruimteverkenner.io.RecoveryStore recovery() {
        return new nl.ruimteverkenner.io.RecoveryStore(dataDir == null ? nl.ruimteverkenner.io.SettingsStore.defaultDataDir() : dataDir);
    }

    /** Writes unsaved work to the recovery folder (in the background) when it changed since the last time. */
    public CompletableFuture<Boolean> autosaveNow() {
        long rev = sketches.stack().revision();
        if (!hasUnsavedWork() || vm.getScenario() == null || scenarioPath == null || rev == autosavedRevision) {
            return CompletableFuture.completedFuture(false);
        }
        Scenario snapshot = vm.getScenario();
        Path original = scenarioPath;
        var store = recovery();
        return CompletableFuture.supplyAsync(() -> {
            try {
                store.save(snapshot, original);
                return true;
            } catch (java.io.IOException e) {
                return false;
            }
        }).thenApply(ok -> {
            if (ok) {
                Platform.runLater(() -> autosavedRevision = rev);
            }
            return ok;
        });
    }

    private void clearRecovery() {
        var store = recovery();
        CompletableFuture.runAsync(() -> {
            try {
                store.clear();
            } catch (java.io.IOException e) {
                // a stale recovery copy is offered again at the next start; nothing is lost
            }
        });
    }

    /** Offers unsaved work found after a crash; restoring opens it with the original as its home. */
    public void offerRecovery() {
        recovery().load().ifPresent(r -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("recovery.text", r.savedAt(), r.original()),
                    nl.ruimteverkenner.ui.FxSupport.YES, nl.ruimteverkenner.ui.FxSupport.NO);
            a.setTitle(Messages.get("recovery.title"));
            a.setHeaderText(Messages.get("recovery.header"));
            a.initOwner(getScene().getWindow());
            if (a.showAndWait().filter(b -> b == nl.ruimteverkenner.ui.FxSupport.YES).isPresent()) {
                restore(r);
            } else {
                clearRecovery();
            }
        });
    }

    /** Opens recovered work; "Variant opslaan" then saves beside the original scenario. */
    public CompletableFuture<ScenarioLoad> restore(nl.ruimteverkenner.io.RecoveryStore.Recovered r) {
        return open(r.scenario()).thenApply(load -> {
            Platform.runLater(() -> {
                scenarioPath = r.original();
                settings.lastScenario = r.original().toAbsolutePath().toString();
                restoredUnsaved = true;
                status.setText(Messages.get("recovery.restored", r.savedAt()));
            });
            return load;
        });
    }

    /** Asks what to do with unsaved work when the window closes; false cancels the closing. */
    public boolean confirmClose() {
        return confirmUnsaved("close");
    }

    /**
     * Asks whether to save unsaved work as a variant, throw it away or stay ({@code purpose} picks the texts:
     * "close" or "open"); true when the caller may go on.
     */
    private boolean confirmUnsaved(String purpose) {
        if (!hasUnsavedWork()) {
            if (purpose.equals("close")) {
                clearRecovery();
            }
            return true;
        }
        ButtonType save = new ButtonType(Messages.get("close.save"), javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("close.discard"), javafx.scene.control.ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.WARNING, Messages.get(purpose + ".unsaved.text"), save, discard, nl.ruimteverkenner.ui.FxSupport.CANCEL);
        a.setTitle(Messages.get(purpose + ".unsaved.title"));
        a.setHeaderText(Messages.get("close.header"));
        a.initOwner(getScene().getWindow());
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == nl.ruimteverkenner.ui.FxSupport.CANCEL) {
            return false;
        }
        if (answer.get() == discard) {
            clearRecovery();
            return true;
        }
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(vm.getScenario().name() + " – variant");
        d.setTitle(Messages.get("sketch.variant.title"));
        d.getDialogPane().getButtonTypes().setAll(nl.ruimteverkenner.ui.FxSupport.OK, nl.ruimteverkenner.ui.FxSupport.CANCEL);
        d.setHeaderText(Messages.get("sketch.variant.header"));
        d.initOwner(getScene().getWindow());
        Optional<String> name = d.showAndWait().filter(n -> !n.isBlank());
        if (name.isEmpty()) {
            return false;
        }
        try {
            saveVariant(name.get().strip()).get(60, java.util.concurrent.TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            info(Messages.get("close.title"), Messages.get("sketch.variant.failed", scenarioPath.getParent()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public nl.ruimteverkenner.ui.sketch.SketchController sketches() {
        return sketches;
    }

    /** Wires drawing and reshaping: pointer tracking, the edit handles and the live schuurpunten. */
    private void wireSketching() {
        map.setOnMapHover(p -> {
            if (p == null) {
                sketches.hoverExit();
            } else {
                sketches.hover(p[0], p[1]);
            }
        });
        vertexEditor = new nl.ruimteverkenner.ui.sketch.VertexEditor(sketches, map.layer(), this::statusMessage);
        sketches.snappingProperty().set(settings.snapping);
        sketches.snappingProperty().addListener((o, a, on) -> settings.snapping = on);

        vm.selectedProperty().addListener((o, a, f) -> vertexEditor.show(sketches.isEditing() ? f : null));
        sketches.toolProperty().addListener((o, a, t) -> {
            vertexEditor.show(sketches.isEditing() ? vm.selectedProperty().get() : null);
            map.setCursor(t == nl.ruimteverkenner.ui.sketch.SketchController.Tool.NONE
                    || t == nl.ruimteverkenner.ui.sketch.SketchController.Tool.EDIT ? null : javafx.scene.Cursor.CROSSHAIR);
            if (t != nl.ruimteverkenner.ui.sketch.SketchController.Tool.NONE) {
                sideTabs.getSelectionModel().select(sketchTab);
            }
        });
        vertexEditor.draggingProperty().addListener((o, a, f) -> {
            if (f != null) {
                overlayExcluded = f.id();
                updateOverlay();
            }
        });
        vertexEditor.setOnOpen(this::editSketchProperties);
        vertexEditor.setOnDragEnd(() -> {
            if (!vertexEditor.lastDragChanged() || !schuurpunten.busyProperty().get()) {
                endLive();
            }
        });
        // a finished sketch or reshape keeps its live schuurpunten until the full analysis has caught up
        schuurpunten.busyProperty().addListener((o, was, busy) -> {
            if (was && !busy && sketches.vertexCount() == 0 && vertexEditor.draggingProperty().get() == null) {
                endLive();
            }
        });
        sketches.liveProperty().addListener((o, a, live) -> {
            java.util.List<ScenarioMapLayer.OverlayShape> shapes = new java.util.ArrayList<>();
            for (var sp : live.schuurpunten()) {
                shapes.add(new ScenarioMapLayer.OverlayShape(sp.overlap(), relationColor(sp.rule().relation()),
                        sp.key().replace('|', '_')));
            }
            map.layer().setLiveOverlay(shapes);
            map.setLiveText(liveText(live));
        });
    }

    private void endLive() {
        overlayExcluded = null;
        sketches.clearLive();
        updateOverlay();
    }

    /** "Raakt 3 schuurpunten: Woningbouw in de uiterwaarden (12,0 ha); …", one entry per rule, at most three. */
    private static String liveText(nl.ruimteverkenner.ui.sketch.LiveSchuurpunten.Result live) {
        if (live.isEmpty()) {
            return "";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (var total : live.byRule().subList(0, Math.min(3, live.byRule().size()))) {
            String size = total.areaHa() > 0 ? Messages.get("schuurpunt.ha", total.areaHa())
                    : total.lengthKm() > 0 ? Messages.get("schuurpunt.km", total.lengthKm()) : "";
            parts.add(size.isEmpty() ? total.rule().title() : Messages.get("edit.live.item", total.rule().title(), size));
        }
        String more = live.byRule().size() > 3 ? Messages.get("edit.live.more", live.byRule().size() - 3) : "";
        return Messages.get("edit.live", live.schuurpunten().size(), String.join("; ", parts) + more);
    }

    /** Shows a side tab by its id (e.g. "tab-compare"). */
    public void showSideTab(String tabId) {
        sideTabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> sideTabs.getSelectionModel().select(t));
    }

    /** The vertex editor (tests). */
    public nl.ruimteverkenner.ui.sketch.VertexEditor vertexEditor() {
        return vertexEditor;
    }

    /** Lists the original and its variants beside it and opens the one chosen (asking first about unsaved sketches). */
    private void chooseVariant() {
        if (scenarioPath == null || vm.getScenario() == null) {
            chooseScenario();
            return;
        }
        Scenario s = vm.getScenario();
        String base = s.variant().map(v -> v.basedOn()).orElse(s.id());
        Path parent = scenarioPath.toAbsolutePath().getParent();
        var family = nl.ruimteverkenner.io.VariantIndex.family(parent, base);
        new nl.ruimteverkenner.ui.sketch.VariantOpenDialog(getScene().getWindow(), family, scenarioPath).showAndWait()
                .filter(p -> confirmUnsaved("open"))
                .ifPresent(this::open);
    }

    /** Opens the form for the chosen sketch and applies the answer as one undoable edit. */
    private void editSketchProperties() {
        nl.ruimteverkenner.model.Feature f = vm.selectedProperty().get();
        if (f == null || !nl.ruimteverkenner.ui.sketch.SketchController.isSketch(f)) {
            statusMessage(Messages.get("sketch.properties.none"));
            return;
        }
        new nl.ruimteverkenner.ui.sketch.SketchDialog(getScene().getWindow(), vm::themeLabel,
                nl.ruimteverkenner.ui.sketch.SketchController.formOf(f)).showAndWait()
                .filter(form -> !form.equals(nl.ruimteverkenner.ui.sketch.SketchController.formOf(f)))
                .ifPresent(form -> sketches.changeProperties(f, form));
    }

    private void deleteSelectedSketch() {
        nl.ruimteverkenner.model.Feature f = vm.selectedProperty().get();
        if (f != null && (f.layerId().startsWith("schets-") || sketches.isEditing())) {
            sketches.delete(f);
        }
    }

    private void saveVariant() {
        if (scenarioPath == null) {
            return;
        }
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(vm.getScenario().name() + " – variant");
        d.setTitle(Messages.get("sketch.variant.title"));
        d.getDialogPane().getButtonTypes().setAll(nl.ruimteverkenner.ui.FxSupport.OK, nl.ruimteverkenner.ui.FxSupport.CANCEL);
        d.setHeaderText(Messages.get("sketch.variant.header"));
        d.initOwner(getScene().getWindow());
        d.showAndWait().filter(n -> !n.isBlank()).ifPresent(name -> saveVariant(name.strip()));
    }

    /** Saves the open scenario with its sketches as a variant beside the original. */
    public CompletableFuture<Path> saveVariant(String name) {
        return sketches.saveVariant(scenarioPath, name).whenComplete((folder, err) -> {
            if (err == null) {
                clearRecovery();
            }
            Platform.runLater(() -> {
                if (err == null) {
                    restoredUnsaved = false;
                }
                status.setText(err == null ? Messages.get("sketch.variant.saved", folder)
                        : Messages.get("sketch.variant.failed", scenarioPath.getParent()));
            });
        });
    }

    private void recordKeuze(nl.ruimteverkenner.analysis.Schuurpunt sp) {
        new nl.ruimteverkenner.ui.schuurpunten.KeuzeDialog(getScene().getWindow(), sp,
                Optional.ofNullable(schuurpunten.keuzes().get(sp.key()))).showAndWait().ifPresent(k -> {
                    schuurpunten.record(k).whenComplete((ok, err) -> {
                        if (err != null) {
                            statusMessage(Messages.get("keuzedialog.saveFailed", scenarioPath));
                        }
                    });
                    infoPanel.refreshNow();
                });
    }

    private void exportKeuzes() {
        if (schuurpunten.keuzes().isEmpty()) {
            info(Messages.get("export.title"), Messages.get("export.none"));
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Messages.get("export.title"));
        chooser.setInitialFileName("keuzes-bij-schuurpunten.csv");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                nl.ruimteverkenner.io.SchuurpuntKeuzeStore.exportCsv(schuurpunten.keuzes().values(), f.toPath());
                status.setText(Messages.get("export.done", schuurpunten.keuzes().size(), f));
            } catch (java.io.IOException ex) {
                status.setText(Messages.get("keuzedialog.saveFailed", f));
            }
        }
    }

    private void showSchuurpunten(boolean on) {
        if (on && !mapSplit.getItems().contains(schuurpuntenPanel)) {
            mapSplit.getItems().add(schuurpuntenPanel);
            mapSplit.setDividerPositions(0.66);
        } else if (!on) {
            mapSplit.getItems().remove(schuurpuntenPanel);
        }
        if (schuurpuntenToggle.isSelected() != on) {
            schuurpuntenToggle.setSelected(on);
        }
    }

    /** Shows or hides the schuurpunten pane below the map. */
    public void showSchuurpuntenPanel(boolean on) {
        showSchuurpunten(on);
    }

    public SchuurpuntenViewModel schuurpunten() {
        return schuurpunten;
    }

    public SchuurpuntenPanel schuurpuntenPanel() {
        return schuurpuntenPanel;
    }

    private void updateOverlay() {
        layerOverlay(schuurpunten.shown());
    }

    private void layerOverlay(java.util.List<nl.ruimteverkenner.analysis.Schuurpunt> list) {
        java.util.List<ScenarioMapLayer.OverlayShape> shapes = new java.util.ArrayList<>();
        for (var sp : list) {
            if (sp.a().id().equals(overlayExcluded) || sp.b().id().equals(overlayExcluded)) {
                continue; // drawn live from its new shape
            }
            shapes.add(new ScenarioMapLayer.OverlayShape(sp.overlap(), relationColor(sp.rule().relation()), sp.key().replace('|', '_')));
        }
        map.layer().setOverlay(shapes);
    }

    private static String relationColor(nl.ruimteverkenner.model.Relation r) {
        return nl.ruimteverkenner.style.Palette.of(r).mainHex();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SHIFT) {
            sketches.setSnapSuspended(true);
        }
        Node focus = getScene().getFocusOwner();
        boolean typing = focus instanceof TextInputControl;
        boolean sliding = focus instanceof Slider;
        if (!typing && e.isShortcutDown() && (e.getCode() == KeyCode.Y || e.getCode() == KeyCode.Z && e.isShiftDown())) {
            sketches.stack().redo();
            e.consume();
            return;
        }
        if (!typing && e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            sketches.stack().undo();
            e.consume();
            return;
        }
        if (sketches.isDrawing() && !typing && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE)) {
            if (e.getCode() == KeyCode.ENTER) {
                sketches.finish();
            } else if (sketches.vertexCount() > 0) {
                sketches.cancel();
            } else {
                sketches.toolProperty().set(nl.ruimteverkenner.ui.sketch.SketchController.Tool.NONE);
            }
            e.consume();
            return;
        }
        if (!typing && editKey(e)) {
            e.consume();
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            focusSearch();
            e.consume();
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.K) {
            searchKeuzes();
            e.consume();
            return;
        }
        if (typing && e.getCode() == KeyCode.ESCAPE) {
            map.requestFocus();
            e.consume();
            return;
        }
        if (typing || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> map.zoomBy(1);
            case MINUS, SUBTRACT -> map.zoomBy(-1);
            case HOME -> map.showNetherlands();
            case DIGIT1, NUMPAD1 -> selectHorizon(0);
            case DIGIT2, NUMPAD2 -> selectHorizon(1);
            case DIGIT3, NUMPAD3 -> selectHorizon(2);
            case ESCAPE -> {
                if (isHelpShown()) {
                    toggleHelp();
                } else {
                    vm.clearSelection();
                }
            }
            case F11 -> setPresenting(!presenting);
            case S -> showSchuurpunten(!schuurpuntenToggle.isSelected());
            case V -> toggleTool(nl.ruimteverkenner.ui.sketch.SketchController.Tool.POLYGON);
            case L -> toggleTool(nl.ruimteverkenner.ui.sketch.SketchController.Tool.LINE);
            case P -> toggleTool(nl.ruimteverkenner.ui.sketch.SketchController.Tool.POINT);
            case B -> toggleTool(nl.ruimteverkenner.ui.sketch.SketchController.Tool.EDIT);
            case LEFT -> handled = !sliding && pan(-1, 0);
            case RIGHT -> handled = !sliding && pan(1, 0);
            case UP -> handled = !sliding && pan(0, -1);
            case DOWN -> handled = !sliding && pan(0, 1);
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void toggleTool(nl.ruimteverkenner.ui.sketch.SketchController.Tool t) {
        var tool = sketches.toolProperty();
        tool.set(tool.get() == t ? nl.ruimteverkenner.ui.sketch.SketchController.Tool.NONE : t);
    }

    /** Delete removes a vertex or a feature; in the edit tool Alt+arrows move the chosen feature, Esc steps back. */
    private boolean editKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if ((k == KeyCode.DELETE || k == KeyCode.BACK_SPACE) && !e.isShortcutDown()) {
            if (sketches.isEditing() && vertexEditor.selectedVertex().isPresent()) {
                vertexEditor.deleteSelectedVertex();
                return true;
            }
            nl.ruimteverkenner.model.Feature f = vm.selectedProperty().get();
            if (f != null && (sketches.isEditing() || f.layerId().startsWith("schets-"))) {
                sketches.delete(f);
                return true;
            }
            return false;
        }
        if (!sketches.isEditing()) {
            return false;
        }
        if (e.isAltDown() && k.isArrowKey()) {
            double step = e.isShiftDown() ? 1 : 10;
            vertexEditor.nudge(k == KeyCode.LEFT ? -step : k == KeyCode.RIGHT ? step : 0,
                    k == KeyCode.UP ? -step : k == KeyCode.DOWN ? step : 0);
            return true;
        }
        if (k == KeyCode.ESCAPE && !isHelpShown()) {
            if (vm.selectedProperty().get() != null) {
                vm.clearSelection();
            } else {
                sketches.toolProperty().set(nl.ruimteverkenner.ui.sketch.SketchController.Tool.NONE);
            }
            return true;
        }
        return false;
    }

    /** Shows features on the map: fits their extent, not closer than zoom 11. */
    public void zoomTo(java.util.List<nl.ruimteverkenner.model.Feature> features) {
        if (features.isEmpty()) {
            return;
        }
        org.locationtech.jts.geom.Envelope env = new org.locationtech.jts.geom.Envelope();
        features.forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        double padX = Math.max(env.getWidth() * 0.15, 0.05);
        double padY = Math.max(env.getHeight() * 0.15, 0.03);
        map.fit(env.getMinX() - padX, env.getMinY() - padY, env.getMaxX() + padX, env.getMaxY() + padY);
        if (map.zoom() > 11) {
            double[] c = map.center();
            map.setView(c[1], c[0], 11);
        }
    }

    /** Opens the keuzeregister tab with the cursor in its search field. */
    public void searchKeuzes() {
        sideTabs.getSelectionModel().select(keuzesTab);
        keuzePanel.focusSearch();
    }

    public nl.ruimteverkenner.ui.compare.ComparePane comparePane() {
        return comparePane;
    }

    public nl.ruimteverkenner.ui.compare.ComparePanel comparePanel() {
        return comparePanel;
    }

    private Optional<String> chooseCompareVariant() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("compare.pickVariant"));
        if (scenarioPath != null && scenarioPath.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(scenarioPath.toAbsolutePath().getParent().toFile());
        }
        java.io.File dir = chooser.showDialog(getScene().getWindow());
        return dir == null ? Optional.empty() : useCompareVariant(dir.toPath());
    }

    /** Compares against a variant on the right (instead of the open scenario). */
    public Optional<String> useCompareVariant(Path folder) {
        ScenarioLoad load = new ScenarioReader().read(folder);
        if (load.scenario().isEmpty()) {
            vm.problems().setAll(load.problems());
            showProblems();
            return Optional.empty();
        }
        compareVariant = load.scenario().get();
        return Optional.of(compareVariant.name());
    }

    /** Shows the compare view in place of the map. */
    public void startCompare() {
        Scenario a = vm.getScenario();
        if (a == null) {
            return;
        }
        Scenario b = compareVariant == null ? a : compareVariant;
        Horizon ha = comparePanel.leftHorizon();
        Horizon hb = comparePanel.rightHorizon();
        comparePane.show(a, ha, a.name() + " · " + ha.year(), b, hb, b.name() + " · " + hb.year(),
                l -> vm.isLayerShown(l) || !a.layer(l.id()).isPresent());
        SplitPane split = (SplitPane) mapSplit.getItems().get(0);
        int i = split.getItems().indexOf(map);
        if (i >= 0) {
            double[] c = map.center();
            double z = map.zoom();
            split.getItems().set(i, comparePane);
            Platform.runLater(() -> comparePane.setView(c[1], c[0], z));
        }
        CompletableFuture.supplyAsync(() -> nl.ruimteverkenner.analysis.ScenarioDiff.of(a, ha, b, hb, nl.ruimteverkenner.basemap.Provinces.all()))
                .thenAccept(d -> Platform.runLater(() -> comparePanel.showDifferences(d)));
    }

    /** Puts the map back. */
    public void stopCompare() {
        SplitPane split = (SplitPane) mapSplit.getItems().get(0);
        int i = split.getItems().indexOf(comparePane);
        if (i >= 0) {
            double[] c = comparePane.left().center();
            double z = comparePane.left().zoom();
            split.getItems().set(i, map);
            Platform.runLater(() -> map.setView(c[1], c[0], z));
        }
    }

    /** Presentation mode: full screen, larger type, side panels hidden, the map with a pointer. */
    public void setPresenting(boolean on) {
        if (on == presenting) {
            return;
        }
        presenting = on;
        javafx.stage.Window w = getScene() == null ? null : getScene().getWindow();
        if (w instanceof javafx.stage.Stage st) {
            st.setFullScreenExitHint(Messages.get("presentation.hint"));
            st.setFullScreen(on);
        }
        if (on) {
            getStyleClass().add("presentation");
        } else {
            getStyleClass().remove("presentation");
        }
        SplitPane split = (SplitPane) mapSplit.getItems().get(0);
        if (on) {
            split.getItems().remove(sideTabs);
            showSchuurpunten(false);
            vm.clearSelection();
            map.getChildren().add(pointer);
        } else {
            split.getItems().add(0, sideTabs);
            split.setDividerPosition(0, 0.285);
            map.getChildren().remove(pointer);
        }
        getTop().setVisible(true);
    }

    public boolean isPresenting() {
        return presenting;
    }

    /** Shows or hides the overlay with all keyboard shortcuts (F1 or ?). */
    public void toggleHelp() {
        if (helpOverlay == null) {
            Label title = new Label(Messages.get("menu.keys"));
            title.getStyleClass().add("help-title");
            Label keys = new Label(Messages.get("help.keys"));
            keys.getStyleClass().add("help-keys");
            Label close = new Label(Messages.get("help.close"));
            close.getStyleClass().add("help-close");
            VBox box = new VBox(10, title, keys, close);
            box.getStyleClass().add("help-box");
            box.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
            helpOverlay = new javafx.scene.layout.StackPane(box);
            helpOverlay.setId("help-overlay");
            helpOverlay.getStyleClass().add("help-overlay");
            helpOverlay.setOnMouseClicked(e -> toggleHelp());
        }
        if (map.getChildren().contains(helpOverlay)) {
            map.getChildren().remove(helpOverlay);
        } else {
            map.getChildren().add(helpOverlay);
        }
    }

    public boolean isHelpShown() {
        return helpOverlay != null && map.getChildren().contains(helpOverlay);
    }

    private boolean pan(int sx, int sy) {
        map.panStep(sx, sy);
        return true;
    }

    private void selectHorizon(int index) {
        Scenario s = vm.getScenario();
        java.util.List<Horizon> hs = s == null ? java.util.List.of(Horizon.values()) : s.horizons();
        Horizon wanted = Horizon.values()[index];
        if (hs.contains(wanted)) {
            vm.horizonProperty().set(wanted);
        }
    }

    private void updateStatus() {
        Scenario s = vm.getScenario();
        if (s == null) {
            status.setText(Messages.get("status.noScenario"));
            return;
        }
        long shown = s.features().filter(vm::isShown).count();
        status.setText(Messages.get("status.scenario", s.name(), shown, s.features().count(), vm.horizonProperty().get().year())
                + s.variant().map(v -> Messages.get("status.variant", v.basedOn(), v.author().isEmpty() ? "—" : v.author(),
                        v.date().replace('T', ' '))).orElse(""));
    }

    private void updateProblems() {
        long errors = vm.problems().stream().filter(Problem::isError).count();
        long warnings = vm.problems().size() - errors;
        problemsButton.setVisible(!vm.problems().isEmpty());
        problemsButton.setText(Messages.get("status.problems", errors, warnings));
        problemsButton.getStyleClass().remove("has-errors");
        if (errors > 0) {
            problemsButton.getStyleClass().add("has-errors");
        }
    }

    private void showProblems() {
        ListView<String> list = new ListView<>();
        vm.problems().forEach(p -> list.getItems().add(p.describe()));
        if (list.getItems().isEmpty()) {
            list.getItems().add(Messages.get("problems.none"));
        }
        list.setPrefSize(760, 360);
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", nl.ruimteverkenner.ui.FxSupport.CLOSE);
        a.setTitle(Messages.get("problems.title"));
        a.setHeaderText(Messages.get("problems.header", scenarioPath == null ? "" : scenarioPath.toString()));
        a.getDialogPane().setContent(list);
        a.initOwner(getScene().getWindow());
        a.setResizable(true);
        a.show();
    }

    private void info(String title, String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(620, 380);
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", nl.ruimteverkenner.ui.FxSupport.CLOSE);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setContent(area);
        a.initOwner(getScene().getWindow());
        a.setResizable(true);
        a.show();
    }

    private void switchOnline(boolean on) {
        if (on) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("online.confirm"),
                    nl.ruimteverkenner.ui.FxSupport.OK, nl.ruimteverkenner.ui.FxSupport.CANCEL);
            confirm.setTitle(Messages.get("menu.online"));
            confirm.setHeaderText(Messages.get("online.confirm.header"));
            confirm.initOwner(getScene().getWindow());
            Optional<ButtonType> answer = confirm.showAndWait();
            if (answer.isEmpty() || answer.get() != nl.ruimteverkenner.ui.FxSupport.OK) {
                onlineItem.setSelected(false);
                return;
            }
        }
        settings.onlineBasemap = on;
        onlineSwitch.accept(on);
        map.reloadTiles();
        updateAttribution();
    }

    private void updateAttribution() {
        map.setAttribution(Messages.get(Basemap.instance().mode() == Basemap.Mode.ONLINE_OSM
                ? "attribution.osm" : "attribution.offline"));
    }

    /** Shows a Dutch message in the status bar (any thread). */
    public void statusMessage(String text) {
        Platform.runLater(() -> status.setText(text));
    }

    private void chooseScenario() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("open.title"));
        Path start = scenarioPath != null && scenarioPath.getParent() != null ? scenarioPath.getParent() : Path.of("scenarios");
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toAbsolutePath().toFile());
        }
        java.io.File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null && confirmUnsaved("open")) {
            open(dir.toPath());
        }
    }

    /** Loads a scenario in the background and shows it; problems appear in the status bar. */
    public CompletableFuture<ScenarioLoad> open(Path path) {
        return open(path, CompletableFuture.supplyAsync(() -> new ScenarioReader().read(path)));
    }

    /** Shows a scenario that is being read by {@code reading}. */
    public CompletableFuture<ScenarioLoad> open(Path path, CompletableFuture<ScenarioLoad> reading) {
        progress.setVisible(true);
        status.setText(Messages.get("status.loading", path.getFileName()));
        return reading
                .whenComplete((load, error) -> Platform.runLater(() -> {
                    progress.setVisible(false);
                    if (error != null || load == null) {
                        status.setText(Messages.get("status.loadFailed", path));
                        return;
                    }
                    if (load.scenario().isEmpty()) {
                        vm.problems().setAll(load.problems());
                        status.setText(Messages.get("status.loadFailed", path));
                        showProblems();
                        return;
                    }
                    if (vm.getScenario() != null) {
                        vm.storeInto(settings);
                    }
                    System.getLogger("nl.ruimteverkenner.startup").log(System.Logger.Level.DEBUG, "scenario loaded");
                    sketches.stack().clear();
                    restoredUnsaved = false;
                    autosavedRevision = -1;
                    scenarioPath = path;
                    settings.lastScenario = path.toAbsolutePath().toString();
                    vm.show(load, settings);
                }));
    }

    /** Writes the current view state into the settings. */
    public void storeInto(Settings s) {
        vm.storeInto(s);
        double[] c = map.center();
        s.centerLon = c[0];
        s.centerLat = c[1];
        s.zoom = map.zoom();
    }

    /** Restores the remembered map view, or shows the whole country. */
    public void restoreView(Settings s) {
        if (!Double.isNaN(s.zoom) && !Double.isNaN(s.centerLat) && !Double.isNaN(s.centerLon)
                && s.centerLat > 50 && s.centerLat < 56 && s.centerLon > 2 && s.centerLon < 8) {
            map.setView(s.centerLat, s.centerLon, s.zoom);
        } else {
            map.showNetherlands();
        }
    }

    /** Installs the scene-level stylesheet. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(nl.ruimteverkenner.style.Palette.cssDataUri());
        scene.getStylesheets().add(MainWindow.class.getResource("ruimteverkenner.css").toExternalForm());
    }
}

package nl.ruimteverkenner.ui;

import nl.ruimteverkenner.basemap.Provinces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.BackgroundsConfig;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.style.Palette;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import nl.ruimteverkenner.ui.map.MapPane;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.FxDialogService;
import nl.ruimteverkenner.ui.shell.MapClicks;
import nl.ruimteverkenner.ui.shell.Shell;
import nl.ruimteverkenner.ui.shell.Shortcuts;
import nl.ruimteverkenner.ui.shell.StatusBar;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * The main window's frame and nothing more: menu bar, tool bar, side tabs, the map with the info panel
 * beside it and a pane below it, and the status bar. Every feature builds its own panes and menu items in
 * its controller (see {@link Features}); the shell places them, sends key presses through the shortcut
 * table and map clicks through the click chain, and asks the features before the window closes.
 */
public final class MainWindow extends BorderPane implements Shell {
    private final ExplorerViewModel vm = new ExplorerViewModel();
    /** Default width of the side panel: wide enough for the layer names, leaving the map most of the window. */
    static final double DEFAULT_SIDE_WIDTH = 405;
    /** The map's share of the height when a pane below it opens for the first time. */
    private static final double DEFAULT_MAP_SHARE = 0.64;
    private final MapPane map = new MapPane();
    private final StatusBar status = new StatusBar();
    private final Shortcuts shortcuts = new Shortcuts();
    private final MapClicks clicks = new MapClicks();
    private final TabPane sideTabs = new TabPane();
    private final SplitPane split;
    private final SplitPane mapSplit;
    private final StackPane centre;
    private final Features features;
    /** Where the side panel's divider stands, in pixels from the left: kept through resizing, F11 and the next start. */
    private double sideWidth;
    private boolean draggingDivider;
    private double enforcedAtWidth = -1;
    private boolean sideWasShown;
    /** The height of the pane below the map in pixels (NaN until one was shown). */
    private double belowHeight;
    private final java.util.Set<Node> watchedBelow = new java.util.HashSet<>();

    /**
     * @param settings     the remembered settings (read and updated)
     * @param dataDir      where the app keeps its data
     * @param ui           runs work on the FX thread ({@code Platform::runLater})
     * @param background   runs work off the FX thread
     * @param backgrounds  the background maps to choose from ({@code backgrounds.json})
     */
    public MainWindow(Settings settings, Path dataDir, Executor ui, Executor background, BackgroundsConfig.Loaded backgrounds) {
        getStyleClass().add("main-window");
        UiContext ctx = new UiContext(vm, map, this, new FxDialogService(this::window), status, shortcuts, clicks,
                settings, dataDir, new AnalysisSession(s -> new SchuurpuntEngine(s, Provinces.all())), ui, background);
        features = Features.create(ctx, backgrounds);
        shortcuts.document("file.quit", Shortcuts.Group.GENERAL, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        sideTabs.setId("side-tabs");
        sideTabs.setPrefWidth(DEFAULT_SIDE_WIDTH);
        sideTabs.setMinWidth(260);
        sideWidth = within(settings.sidePanelWidth, 260, 900) ? settings.sidePanelWidth : DEFAULT_SIDE_WIDTH;
        belowHeight = within(settings.belowMapHeight, 120, 2000) ? settings.belowMapHeight : Double.NaN;
        features.all().forEach(f -> sideTabs.getTabs().addAll(f.sideTabs()));
        Node info = features.explorer().infoPanel();
        split = new SplitPane(sideTabs, map, info);
        split.setDividerPositions(0.27, 0.78);
        SplitPane.setResizableWithParent(sideTabs, false);
        SplitPane.setResizableWithParent(info, false);
        info.visibleProperty().addListener((o, a, v) -> {
            if (v && !split.getItems().contains(info)) {
                split.getItems().add(info);
                split.setDividerPosition(split.getItems().size() - 2, 0.76);
            } else if (!v) {
                split.getItems().remove(info);
            }
        });
        split.getItems().remove(info);
        // the side panel keeps its width (see layoutChildren); only dragging its divider changes it
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> draggingDivider = onDivider(e.getTarget()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (draggingDivider) {
                draggingDivider = false;
                if (split.getItems().contains(sideTabs) && split.getWidth() > 0) {
                    sideWidth = split.getDividerPositions()[0] * split.getWidth();
                }
            }
        });
        mapSplit = new SplitPane(split);
        mapSplit.setOrientation(Orientation.VERTICAL);
        setTop(new VBox(menuBar(), toolBar()));
        // the map and the panes below it, with room for something over them (the start-up progress)
        centre = new StackPane(mapSplit);
        setCenter(centre);
        setBottom(status);
        map.setOnMapClicked((p, tol, count) -> clicks.dispatch(p[0], p[1], tol, count));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (shortcuts.handle(e, Shortcuts.Focus.of(scene.getFocusOwner()))) {
                        e.consume();
                    }
                });
            }
        });
    }

    private MenuBar menuBar() {
        Map<FeatureController.Menu, List<MenuItem>> items = new EnumMap<>(FeatureController.Menu.class);
        for (FeatureController.Menu m : FeatureController.Menu.values()) {
            items.put(m, new ArrayList<>());
        }
        for (FeatureController f : features.all()) {
            for (FeatureController.MenuEntry e : f.menuEntries()) {
                items.get(e.menu()).add(e.item());
            }
        }
        MenuItem quit = new MenuItem(Messages.get("menu.quit"));
        quit.setAccelerator(shortcuts.get("file.quit").keys().get(0));
        quit.setOnAction(e -> requestClose());
        items.get(FeatureController.Menu.FILE).addAll(List.of(new SeparatorMenuItem(), quit));
        MenuItem about = new MenuItem(Messages.get("menu.about"));
        about.setOnAction(e -> showAbout());
        items.get(FeatureController.Menu.HELP).add(about);
        MenuBar bar = new MenuBar(
                new Menu(Messages.get("menu.file"), null, items.get(FeatureController.Menu.FILE).toArray(MenuItem[]::new)),
                new Menu(Messages.get("menu.edit"), null, items.get(FeatureController.Menu.EDIT).toArray(MenuItem[]::new)),
                new Menu(Messages.get("menu.view"), null, items.get(FeatureController.Menu.VIEW).toArray(MenuItem[]::new)),
                new Menu(Messages.get("menu.settings"), null, items.get(FeatureController.Menu.SETTINGS).toArray(MenuItem[]::new)),
                new Menu(Messages.get("menu.help"), null, items.get(FeatureController.Menu.HELP).toArray(MenuItem[]::new)));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        for (FeatureController f : features.all()) {
            if (!f.toolBarItems().isEmpty()) {
                if (!bar.getItems().isEmpty()) {
                    bar.getItems().add(new Separator(Orientation.VERTICAL));
                }
                bar.getItems().addAll(f.toolBarItems());
            }
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getItems().add(spacer);
        features.all().forEach(f -> bar.getItems().addAll(f.toolBarRightItems()));
        return bar;
    }

    private void showAbout() {
        features.context().dialogs().showText(Messages.get("about.title"), Messages.get("about.text"));
    }

    /** The features of the window (their controllers). */
    public Features features() {
        return features;
    }

    public ExplorerViewModel viewModel() {
        return vm;
    }

    public MapPane mapPane() {
        return map;
    }

    public StatusBar statusBar() {
        return status;
    }

    public Shortcuts shortcuts() {
        return shortcuts;
    }

    /**
     * Asks every feature whether the window may close (a feature with unsaved work asks the user, and may
     * save first); closes the window when all agree. Never blocks the FX thread.
     */
    public CompletableFuture<Boolean> requestClose() {
        return askFeatures().thenApply(ok -> {
            if (ok) {
                features.context().ui().execute(() -> {
                    if (window() != null) {
                        window().hide();
                    }
                });
            }
            return ok;
        });
    }

    /** For the window's close request: lets it close when nothing needs asking, otherwise asks and closes later. */
    public void onCloseRequest(WindowEvent e) {
        CompletableFuture<Boolean> asked = askFeatures();
        if (asked.isDone() && asked.join()) {
            return; // nothing to ask: close now
        }
        e.consume();
        asked.thenAccept(ok -> {
            if (ok) {
                features.context().ui().execute(() -> window().hide());
            }
        });
    }

    private CompletableFuture<Boolean> askFeatures() {
        CompletableFuture<Boolean> all = CompletableFuture.completedFuture(true);
        for (FeatureController f : features.all()) {
            all = all.thenCompose(ok -> ok ? f.beforeClose() : CompletableFuture.completedFuture(false));
        }
        return all;
    }

    private static boolean within(double v, double min, double max) {
        return Double.isFinite(v) && v >= min && v <= max;
    }

    private static boolean onDivider(Object target) {
        for (Node n = target instanceof Node t ? t : null; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
            if (n instanceof SplitPane) {
                return false;
            }
        }
        return false;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // the split pane has its size for this pass but has not placed its items yet: keep the side panel's
        // width through window resizing, full screen and F11 by setting the divider now
        // only when the split's width changed or the panel came back: the split pane rounds and clamps the
        // position, and setting it on every pass would request a new layout each pulse (the map would never rest)
        double w = split.getWidth();
        boolean shown = split.getItems().contains(sideTabs);
        if (!draggingDivider && w > 0 && shown && (w != enforcedAtWidth || !sideWasShown)) {
            split.setDividerPosition(0, Math.min(0.6, sideWidth / w));
            enforcedAtWidth = w;
        }
        sideWasShown = shown && w > 0;
    }

    /** The side panel's divider in pixels from the left as the user set it by dragging (also while it is hidden). */
    public double sidePanelWidth() {
        return sideWidth;
    }

    /** Writes the current view state into the settings. */
    public void storeInto(Settings s) {
        vm.storeInto(s);
        s.sidePanelWidth = sideWidth;
        s.belowMapHeight = belowHeight;
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

    /** Shows {@code overlay} over the map and the panes below it (the start-up progress); null removes it. */
    public void setStartupOverlay(Node overlay) {
        centre.getChildren().retainAll(mapSplit);
        if (overlay != null) {
            centre.getChildren().add(overlay);
        }
    }

    /** Installs the scene-level style sheets: the palette's colours, then the application's rules. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(Palette.cssDataUri());
        scene.getStylesheets().add(MainWindow.class.getResource("ruimteverkenner.css").toExternalForm());
    }

    /** Shows a side tab by its id (e.g. "tab-compare"). */
    public void showSideTab(String tabId) {
        sideTabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(this::selectTab);
    }

    // ---- Shell ----

    @Override
    public void selectTab(Tab tab) {
        sideTabs.getSelectionModel().select(tab);
    }

    @Override
    public void showBelowMap(Node pane, boolean shown) {
        if (shown && !mapSplit.getItems().contains(pane)) {
            mapSplit.getItems().add(pane);
            double h = mapSplit.getHeight();
            mapSplit.setDividerPositions(h > 0 && !Double.isNaN(belowHeight)
                    ? Math.max(0.3, 1 - belowHeight / h) : DEFAULT_MAP_SHARE);
            if (pane instanceof Region r && watchedBelow.add(pane)) {
                r.heightProperty().addListener((o, a, v) -> {
                    if (mapSplit.getItems().contains(pane) && v.doubleValue() >= 120) {
                        belowHeight = v.doubleValue();
                    }
                });
            }
        } else if (!shown) {
            mapSplit.getItems().remove(pane);
        }
    }

    @Override
    public boolean isShownBelowMap(Node pane) {
        return mapSplit.getItems().contains(pane);
    }

    @Override
    public void replaceMap(Node view) {
        Node wanted = view == null ? map : view;
        int i = split.getItems().indexOf(sideTabs) + 1;
        if (split.getItems().get(i) != wanted) {
            split.getItems().set(i, wanted);
        }
    }

    @Override
    public void setSidePanelsShown(boolean shown) {
        if (shown && !split.getItems().contains(sideTabs)) {
            split.getItems().add(0, sideTabs);
            requestLayout();
        } else if (!shown) {
            split.getItems().remove(sideTabs);
        }
    }

    @Override
    public Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    @Override
    public void setTitle(String title) {
        if (window() instanceof Stage st) {
            st.setTitle(title);
        }
    }
}

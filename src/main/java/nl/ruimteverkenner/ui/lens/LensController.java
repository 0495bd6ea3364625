package nl.ruimteverkenner.ui.lens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import nl.ruimteverkenner.ui.shell.Shortcuts.Shortcut;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.basemap.PlaceNames;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.GemeenteReader;
import nl.ruimteverkenner.io.GemeenteStore;
import nl.ruimteverkenner.io.PdokDownloader;
import nl.ruimteverkenner.model.Gemeente;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.report.ReportService;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import nl.ruimteverkenner.ui.lens.LensViewModel.Place;
import nl.ruimteverkenner.ui.shell.DialogService.FileType;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.LazyTab;
import nl.ruimteverkenner.ui.shell.MapClicks;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.Shortcuts.Scope;
import nl.ruimteverkenner.ui.shell.UiContext;
import org.locationtech.jts.geom.Envelope;

/**
 * The gemeente lens: the search field (Ctrl+F) for gemeenten, provinces, NOVEX areas and named places, the
 * lens tab with what lands in the chosen area, the area outlined on the map, loading gemeente boundaries
 * from a file or from PDOK (kept in the data folder), and writing the report for the wethouder.
 */
public final class LensController implements FeatureController {
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final LensViewModel lens;
    private final Tab tab;
    private final TextField search = new TextField();
    private final ContextMenu suggestions = new ContextMenu();
    private final Button closeChip = new Button();

    public LensController(UiContext ctx) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.lens = new LensViewModel(ctx.analysis(), ctx.background(), ctx.ui());
        tab = LazyTab.of(Messages.get("lens.tab"), "tab-lens", () -> new LensPanel(lens, this::chooseReportFile,
                sp -> vm.selectedSchuurpuntProperty().set(sp)));
        search.setId("search");
        search.setPromptText(Messages.get("search.prompt"));
        search.setPrefWidth(300);
        search.textProperty().addListener((o, a, t) -> showSuggestions(t));
        search.setOnAction(e -> lens.search(search.getText(), 1).stream().findFirst().ifPresent(this::choosePlace));
        vm.scenarioProperty().addListener((o, a, s) -> lens.setScenario(s, vm.horizonProperty().get()));
        vm.horizonProperty().addListener((o, a, h) -> lens.setHorizon(h));
        lens.selectedProperty().addListener((o, a, p) -> {
            ctx.map().boundaries().setFocus(p != null && p.hasArea() ? p.lonLat() : null);
            showCloseChip(p != null && p.hasArea() ? p : null);
        });
        closeChip.setId("lens-close");
        closeChip.getStyleClass().add("lens-close");
        closeChip.setTooltip(new Tooltip(Messages.get("lens.close.tooltip")));
        closeChip.setOnAction(e -> closeLens());
        closeChip.setFocusTraversable(false);
        StackPane.setAlignment(closeChip, Pos.TOP_LEFT);
        StackPane.setMargin(closeChip, new Insets(10));
        ctx.map().addHomeListener(this::closeLens);
        ctx.clicks().add(MapClicks.LENS, (lon, lat, tol, count) -> {
            lens.placeAt(lon, lat).ifPresent(place -> {
                lens.selectedProperty().set(place);
                ctx.shell().selectTab(tab);
            });
            return true;
        });
        // below clearing a selection (explore.clear), so the first Esc clears the selection, the next closes the lens
        ctx.shortcuts().add(new Shortcut("lens.close", Group.GENERAL,
                List.of(new KeyCodeCombination(KeyCode.ESCAPE)), Scope.NOT_TYPING, -10, this::closeLens));
        ctx.shortcuts().add("lens.search", Group.GENERAL, Scope.ANYWHERE, () -> {
            focusSearch();
            return true;
        }, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        CompletableFuture.supplyAsync(PlaceNames::all, ctx.background()).thenAcceptAsync(lens::setPlaceNames, ctx.ui());
        CompletableFuture.supplyAsync(() -> new GemeenteStore(ctx.dataDir()).loadStored(), ctx.background())
                .thenAcceptAsync(r -> {
                    showGemeenten(r.gemeenten());
                    if (!r.usable() && !r.problems().isEmpty()) {
                        // a kept file that is refused now (its coordinates do not fit its CRS): say so, keep the file
                        vm.problems().addAll(r.problems());
                        ctx.status().show(Messages.get("gemeenten.failed", GemeenteStore.FILE));
                    }
                }, ctx.ui());
    }

    @Override
    public List<Tab> sideTabs() {
        return List.of(tab);
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem load = new MenuItem(Messages.get("menu.loadGemeenten"));
        load.setOnAction(e -> chooseGemeenten());
        MenuItem pdok = new MenuItem(Messages.get("pdok.menu"));
        pdok.setOnAction(e -> downloadFromPdok());
        return List.of(new MenuEntry(Menu.FILE, new SeparatorMenuItem()), new MenuEntry(Menu.FILE, load),
                new MenuEntry(Menu.FILE, pdok));
    }

    @Override
    public List<Node> toolBarRightItems() {
        return List.of(search);
    }

    public LensViewModel model() {
        return lens;
    }

    private void showGemeenten(List<Gemeente> list) {
        lens.setGemeenten(list);
        ctx.map().boundaries().set(list.stream().map(Gemeente::lonLat).toList());
    }

    private void chooseGemeenten() {
        ctx.dialogs().chooseOpenFile(Messages.get("menu.loadGemeenten"), List.of(
                        FileType.of(Messages.get("gemeenten.filter"), "*.geojson", "*.json", "*.gpkg"),
                        FileType.of("GeoJSON", "*.geojson", "*.json"), FileType.of("GeoPackage", "*.gpkg")))
                .ifPresent(this::importGemeenten);
    }

    /** Imports gemeente boundaries from a CBS/PDOK GeoJSON or GeoPackage file and keeps them for later starts. */
    public CompletableFuture<Void> importGemeenten(Path file) {
        ctx.status().startWork();
        GemeenteStore store = new GemeenteStore(ctx.dataDir());
        return CompletableFuture.supplyAsync(() -> {
            try {
                return store.importFile(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ctx.background()).handleAsync((GemeenteReader.Result r, Throwable err) -> {
            ctx.status().endWork();
            if (err != null || r == null || !r.usable()) {
                ctx.status().show(Messages.get("gemeenten.failed", file.getFileName()));
                if (r != null) {
                    vm.problems().addAll(r.problems());
                    showProblems();
                }
                return null;
            }
            showGemeenten(r.gemeenten());
            ctx.status().show(Messages.get("gemeenten.loaded", r.gemeenten().size(), file.getFileName())
                    + store.keptAside().map(k -> " " + Messages.get("gemeenten.kept", k)).orElse(""));
            if (!r.problems().isEmpty()) {
                // repaired boundaries and skipped gemeenten are listed (problems button) and counted in the
                // status line, not hidden behind a success; no dialog interrupts the work
                vm.problems().addAll(r.problems());
                ctx.status().show(ctx.status().message() + " " + Messages.get("gemeenten.withProblems", r.problems().size()));
            }
            return null;
        }, ctx.ui());
    }

    private void showProblems() {
        ctx.dialogs().showList(Messages.get("problems.title"), Messages.get("problems.header", ""),
                vm.problems().stream().map(p -> p.describe()).toList());
    }

    private void downloadFromPdok() {
        if (!ctx.dialogs().confirm(Messages.get("pdok.menu"), Messages.get("pdok.confirm.header"), Messages.get("pdok.confirm"))) {
            return;
        }
        GemeenteStore store = new GemeenteStore(ctx.dataDir());
        ctx.status().startWork();
        ctx.status().show(Messages.get("pdok.progressUnknown"));
        CompletableFuture.supplyAsync(() -> PdokDownloader.configured().download(store, f -> ctx.ui().execute(() -> {
                    ctx.status().progress(f);
                    ctx.status().show(f < 0 ? Messages.get("pdok.progressUnknown") : Messages.get("pdok.progress", f * 100));
                })), ctx.background())
                .thenAcceptAsync(outcome -> {
                    ctx.status().endWork();
                    if (outcome.ok()) {
                        showGemeenten(outcome.result().gemeenten());
                        ctx.status().show(Messages.get("pdok.done", outcome.result().gemeenten().size())
                                + store.keptAside().map(k -> " " + Messages.get("gemeenten.kept", k)).orElse(""));
                        if (!outcome.result().problems().isEmpty()) {
                            vm.problems().addAll(outcome.result().problems());
                            ctx.status().show(ctx.status().message() + " "
                                    + Messages.get("gemeenten.withProblems", outcome.result().problems().size()));
                        }
                    } else {
                        ctx.status().show(outcome.failure());
                        ctx.dialogs().showText(Messages.get("pdok.menu"), outcome.failure());
                    }
                }, ctx.ui());
    }

    private void showSuggestions(String text) {
        List<Place> found = lens.search(text, 12);
        suggestions.getItems().clear();
        for (Place p : found) {
            MenuItem item = new MenuItem(p.display());
            item.setOnAction(e -> choosePlace(p));
            suggestions.getItems().add(item);
        }
        if (found.isEmpty() || !search.isFocused()) {
            suggestions.hide();
        } else if (!suggestions.isShowing()) {
            suggestions.show(search, Side.BOTTOM, 0, 0);
        }
    }

    /** Zooms to a found place and selects it: features in the explorer, areas in the lens. */
    public void choosePlace(Place p) {
        suggestions.hide();
        Envelope env = p.lonLat().getEnvelopeInternal();
        double padX = Math.max(env.getWidth() * 0.1, 0.02);
        double padY = Math.max(env.getHeight() * 0.1, 0.015);
        ctx.map().fit(env.getMinX() - padX, env.getMinY() - padY, env.getMaxX() + padX, env.getMaxY() + padY);
        if (p.hasArea()) {
            lens.selectedProperty().set(p);
            ctx.shell().selectTab(tab);
        } else if (p.feature() != null) {
            vm.selectedProperty().set(p.feature());
        }
    }

    /** Closes the gemeente lens: no focus, the map undimmed; false when no lens was open. */
    public boolean closeLens() {
        if (lens.selectedProperty().get() == null) {
            return false;
        }
        lens.selectedProperty().set(null);
        return true;
    }

    private void showCloseChip(Place p) {
        if (p == null) {
            ctx.map().getChildren().remove(closeChip);
            return;
        }
        closeChip.setText(Messages.get("lens.close", p.name()));
        if (!ctx.map().getChildren().contains(closeChip)) {
            ctx.map().getChildren().add(closeChip);
        }
    }

    /** Focuses the search field. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void chooseReportFile(Place p) {
        String name = "nota-ruimte-" + p.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".pdf";
        ctx.dialogs().chooseSaveFile(Messages.get("reportui.save.title"), name,
                        List.of(FileType.of("PDF", "*.pdf"), FileType.of("HTML", "*.html")))
                .ifPresent(target -> writeReport(p, target));
    }

    /** Writes the report for a place at the current horizon with the layers now shown (in the background). */
    public CompletableFuture<Path> writeReport(Place p, Path target) {
        ctx.status().startWork();
        Horizon h = vm.horizonProperty().get();
        Set<String> shownIds = new HashSet<>();
        vm.getScenario().features().filter(vm::isShown).forEach(x -> shownIds.add(x.id()));
        String kind = p.kind();
        var scenario = vm.getScenario();
        ReportService reports = new ReportService(Basemap.instance().renderer());
        return CompletableFuture.supplyAsync(() -> {
            try {
                return reports.write(ctx.analysis().engine(scenario), p.area(), p.lonLat(), kind, h,
                        x -> shownIds.contains(x.id()), target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ctx.background()).whenCompleteAsync((ok, err) -> {
            ctx.status().endWork();
            ctx.status().show(err == null ? Messages.get("reportui.written", target) : Messages.get("reportui.failed", target));
        }, ctx.ui());
    }
}

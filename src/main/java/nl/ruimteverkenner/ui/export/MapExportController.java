package nl.ruimteverkenner.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.geo.WebMercator;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.report.MapSheet;
import nl.ruimteverkenner.report.MapSheetRenderer;
import nl.ruimteverkenner.ui.shell.DialogService.FileType;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.UiContext;
import org.locationtech.jts.geom.Envelope;

/**
 * *Bestand › Kaart exporteren…* (Ctrl+E): the current view (its extent, the horizon and the layers that are on)
 * as a finished map sheet, PNG or PDF ({@link MapSheetRenderer}), written in the background with a status message.
 * The sheet is drawn on the offline basemap (also when the online background is on: no tiles are fetched for a
 * print), with that basemap's credit. An existing file is only replaced after asking.
 */
public final class MapExportController implements FeatureController {
    private final UiContext ctx;

    public MapExportController(UiContext ctx) {
        this.ctx = ctx;
        ctx.shortcuts().document("file.exportMap", Group.GENERAL, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem item = new MenuItem(Messages.get("menu.exportMap"));
        item.setId("menu-export-map");
        item.setAccelerator(ctx.shortcuts().get("file.exportMap").keys().get(0));
        item.setOnAction(e -> exportMap());
        return List.of(new MenuEntry(Menu.FILE, item));
    }

    /** Asks how to export the current view, then writes it in the background. FX thread. */
    public void exportMap() {
        Scenario s = ctx.explorer().getScenario();
        if (s == null) {
            ctx.dialogs().showText(Messages.get("mapexport.title"), Messages.get("mapexport.noScenario"));
            return;
        }
        int year = ctx.explorer().horizonProperty().get().year();
        Path suggested = Path.of(System.getProperty("user.home", ".")).resolve(Messages.get("mapexport.fileName", s.id(), year) + ".png");
        MapExportDialog.Choice initial = new MapExportDialog.Choice(MapSheetRenderer.Format.PNG, MapExportDialog.Resolution.DPI150,
                MapSheet.Paper.A4, true, s.name(), suggested);
        ctx.dialogs().show(owner -> new MapExportDialog(owner, initial, name -> ctx.dialogs().chooseSaveFile(
                Messages.get("mapexport.title"), name, List.of(FileType.of(Messages.get("mapexport.format.png"), "*.png"),
                        FileType.of(Messages.get("mapexport.format.pdf"), "*.pdf"))))).ifPresent(choice ->
                CompletableFuture.supplyAsync(() -> Files.exists(choice.target()), ctx.background())
                        .thenAcceptAsync(exists -> {
                            if (!exists || ctx.dialogs().confirm(Messages.get("mapexport.title"),
                                    Messages.get("mapexport.exists", choice.target()), Messages.get("mapexport.replace"))) {
                                export(choice);
                            }
                        }, ctx.ui()));
    }

    /** The sheet of the current view for a choice. FX thread (reads the map and the layer switches). */
    MapSheet sheet(MapExportDialog.Choice choice) {
        Scenario s = ctx.explorer().getScenario();
        Set<String> layers = new LinkedHashSet<>();
        for (Layer l : s.layers()) {
            if (ctx.explorer().isLayerShown(l)) {
                layers.add(l.id());
            }
        }
        double w = Math.max(1, ctx.map().mapView().getWidth());
        double h = Math.max(1, ctx.map().mapView().getHeight());
        MapSheet.Page page = choice.format() == MapSheetRenderer.Format.PNG && choice.resolution() == MapExportDialog.Resolution.SCREEN
                ? MapSheet.Page.pixels((int) Math.round(Math.max(w, 400)), (int) Math.round(Math.max(h, 300)), 96)
                : MapSheet.Page.paper(choice.paper(), choice.landscape(),
                        choice.format() == MapSheetRenderer.Format.PDF ? 150 : choice.resolution().dpi());
        return new MapSheet(s, ctx.explorer().horizonProperty().get(), layers, viewExtent(w, h), null, null, choice.title(),
                page, LocalDate.now(), MapSheet.offlineCredit());
    }

    /** The lon/lat box the map shows now. */
    private Envelope viewExtent(double w, double h) {
        double[] c = ctx.map().center();
        double world = WebMercator.worldPixels(ctx.map().zoom());
        double cx = WebMercator.x(c[0]);
        double cy = WebMercator.y(c[1]);
        return new Envelope(WebMercator.lon(cx - w / 2 / world), WebMercator.lon(cx + w / 2 / world),
                WebMercator.lat(Math.min(1, cy + h / 2 / world)), WebMercator.lat(Math.max(0, cy - h / 2 / world)));
    }

    /**
     * Writes the current view as {@code choice} says, in the background with the status bar busy, and reports
     * the result there (or in a dialog when it failed). FX thread; completes on the FX thread.
     */
    public CompletableFuture<MapSheetRenderer.Result> export(MapExportDialog.Choice choice) {
        MapSheet sheet = sheet(choice);
        Path target = choice.target();
        ctx.status().startWork();
        ctx.status().show(Messages.get("mapexport.busy", target.getFileName()));
        CompletableFuture<MapSheetRenderer.Result> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                return new MapSheetRenderer(Basemap.instance().renderer()).write(sheet, target);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, ctx.background()).whenComplete((r, error) -> ctx.ui().execute(() -> {
            ctx.status().endWork();
            if (error == null) {
                ctx.status().show(Messages.get("mapexport.done", target, r.widthPx(), r.heightPx()));
                done.complete(r);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                String message = Messages.get("mapexport.failed", target, String.valueOf(cause.getMessage()));
                ctx.status().show(message);
                ctx.dialogs().showText(Messages.get("mapexport.title"), message);
                done.completeExceptionally(cause);
            }
        }));
        return done;
    }
}

package nl.ruimteverkenner.ui.official;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.edit.ChangeCommand;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.edit.OfficialGeometry;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.official.OfficialDatasetDownloader;
import nl.ruimteverkenner.io.official.OfficialDatasets;
import nl.ruimteverkenner.io.imports.ImportException;
import nl.ruimteverkenner.io.imports.ImportProgress;
import nl.ruimteverkenner.io.imports.SourceFeature;
import nl.ruimteverkenner.io.imports.SourceReader;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.explorer.LayerPanel;
import nl.ruimteverkenner.ui.shell.DialogService.FileType;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.UiContext;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;

/**
 * *Officiële geometrie koppelen…* and *Schematische versie tonen* in a layer's context menu. Linking takes a
 * file (GeoPackage, GeoJSON or Shapefile, read by the importer's {@link SourceReader}), a dataset downloaded earlier, or one of the catalogue to download (after asking, once per server,
 * whether the app may connect: the same consent as for online backgrounds), then asks how the features match
 * ({@link LinkDialog}) and makes the link one undoable edit on the workshop's history. Reading and downloading
 * run off the FX thread; a download shows its progress and can be stopped.
 */
public final class OfficialGeometryController implements FeatureController {
    private static final Logger LOG = Logger.getLogger(OfficialGeometryController.class.getName());
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final CommandStack stack;
    private final OfficialDatasets datasets;

    /**
     * @param layers the layer panel whose context menus get the items
     * @param stack  the undo history the links go on
     */
    /** Where the koppeling items go in a layer's context menu: after the export section. */
    public static final int OFFICIAL_SECTION = LayerPanel.EXPORT_SECTION + 10;

    public OfficialGeometryController(UiContext ctx, LayerPanel layers, CommandStack stack) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.stack = stack;
        this.datasets = new OfficialDatasets(ctx.dataDir());
        layers.addMenuSection(OFFICIAL_SECTION, this::menuItems);
    }

    /** The items of a layer's context menu: none for a sketch layer. */
    List<MenuItem> menuItems(Layer l) {
        if (l.id().startsWith("schets-")) {
            return List.of();
        }
        MenuItem link = new MenuItem(Messages.get("official.menu.link"));
        link.setId("layer-official-" + l.id());
        link.setOnAction(e -> start(l.id()));
        CheckMenuItem schematic = new CheckMenuItem(Messages.get("official.menu.schematic"));
        schematic.setId("layer-schematic-" + l.id());
        schematic.setSelected(l.showsSchematic());
        schematic.setDisable(!l.hasOfficialGeometry());
        schematic.setOnAction(e -> toggle(l.id()));
        return List.of(link, schematic);
    }

    /** Shows the schematic version of a layer, or the official one again, as an undoable edit. */
    public void toggle(String layerId) {
        Optional<Layer> l = current(layerId);
        if (l.isEmpty() || !l.get().hasOfficialGeometry()) {
            return;
        }
        String key = l.get().showsSchematic() ? "official.toggle.official" : "official.toggle.schematic";
        stack.execute(new ChangeCommand<>(vm::getScenario, vm::replace, s -> OfficialGeometry.toggleSchematic(s, layerId),
                Messages.get(key, l.get().label())));
        ctx.status().show(Messages.get(key, l.get().label()));
    }

    private Optional<Layer> current(String layerId) {
        Scenario s = vm.getScenario();
        return s == null ? Optional.empty() : s.layer(layerId);
    }

    /** Starts linking official geometry to a layer: asks where it comes from. */
    public void start(String layerId) {
        Optional<Layer> layer = current(layerId);
        if (layer.isEmpty()) {
            return;
        }
        List<OfficialDatasets.Stored> stored = new ArrayList<>(datasets.downloaded());
        stored.sort((a, b) -> Boolean.compare(!a.entry().layers().contains(layerId), !b.entry().layers().contains(layerId)));
        List<OfficialDatasets.Entry> catalogue = OfficialDatasets.catalogue().stream()
                .filter(e -> e.layers().contains(layerId)).toList();
        Optional<SourceDialog.Pick> pick = ctx.dialogs().show(w -> new SourceDialog(w, layer.get().label(), stored, catalogue));
        if (pick.isEmpty()) {
            return;
        }
        SourceDialog.Pick p = pick.get();
        if (p.stored() != null) {
            OfficialDatasets.Entry e = p.stored().entry();
            load(layerId, p.stored().file(), new OfficialGeometry.Dataset(e.title(), e.organisation(), p.stored().date(), e.url()),
                    e.nameAttribute());
        } else if (p.entry() != null) {
            download(layerId, p.entry());
        } else {
            ctx.dialogs().chooseOpenFile(Messages.get("official.menu.link"), List.of(
                            FileType.of(Messages.get("import.chooser.all"), "*.gpkg", "*.geojson", "*.json", "*.shp", "*.zip")))
                    .ifPresent(file -> load(layerId, file, fileDataset(file), ""));
        }
    }

    /** A file is cited by its name and the date it was last changed. */
    private static OfficialGeometry.Dataset fileDataset(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String date;
        try {
            date = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()).toString();
        } catch (IOException e) {
            date = LocalDate.now().toString();
        }
        return new OfficialGeometry.Dataset(name, "", date, "");
    }

    private void load(String layerId, Path file, OfficialGeometry.Dataset dataset, String nameAttribute) {
        ctx.status().startWork();
        ctx.status().show(Messages.get("official.reading", file.getFileName()));
        CompletableFuture.supplyAsync(() -> {
            try {
                // the importer's reader: GeoJSON, GeoPackage (its first table) or Shapefile, in any of its coordinate systems
                return SourceReader.read(file, null, ImportProgress.NONE);
            } catch (ImportException e) {
                throw new UncheckedIOException(new IOException(e.getMessage(), e));
            }
        }, ctx.background()).whenComplete((r, err) -> ctx.ui().execute(() -> {
            ctx.status().endWork();
            if (err != null || r == null) {
                Throwable cause = err instanceof java.util.concurrent.CompletionException && err.getCause() != null ? err.getCause() : err;
                LOG.log(Level.INFO, "official geometry not read: " + file, cause);
                String reason = cause instanceof UncheckedIOException u ? u.getCause().getMessage() : String.valueOf(cause);
                ctx.status().show(Messages.get("official.readFailed", file.getFileName()));
                ctx.dialogs().showText(Messages.get("official.title"), Messages.get("official.readFailed", file.getFileName()) + "\n\n" + reason);
                return;
            }
            if (r.features().isEmpty()) {
                ctx.dialogs().showText(Messages.get("official.title"), Messages.get("official.noFeatures", file.getFileName()));
                return;
            }
            ctx.status().show(Messages.get("official.read", r.features().size(), r.describe(),
                    Math.max(0, r.featureCount() - r.features().size())));
            link(layerId, r.features(), r.attributes(), dataset, nameAttribute);
        }));
    }

    private void link(String layerId, List<SourceFeature> features, List<String> attributes, OfficialGeometry.Dataset dataset,
                      String nameAttribute) {
        Optional<Layer> layer = current(layerId);
        if (layer.isEmpty()) {
            return;
        }
        // a new link starts from the official version when the schematic one is shown
        Layer base = layer.get().showsSchematic() ? layer.get().swapped() : layer.get();
        Optional<LinkDialog.Link> link = ctx.dialogs().show(w -> new LinkDialog(w, base, features, attributes,
                nameAttribute, dataset));
        link.ifPresent(this::apply);
    }

    /**
     * Makes the link one undoable edit. The union and reprojection of a large dataset take time, so the linked
     * scenario is computed off the FX thread and put in place when the scenario has not changed meanwhile (else
     * the edit computes it again from the scenario it meets).
     */
    private void apply(LinkDialog.Link l) {
        Scenario snapshot = vm.getScenario();
        ctx.status().startWork();
        ctx.status().show(Messages.get("official.linking"));
        CompletableFuture.supplyAsync(() -> l.change().apply(snapshot), ctx.background())
                .whenComplete((linked, err) -> ctx.ui().execute(() -> {
                    ctx.status().endWork();
                    if (err != null || linked == null) {
                        LOG.log(Level.WARNING, "linking official geometry failed", err);
                        ctx.status().show(Messages.get("official.linkFailed"));
                        ctx.dialogs().showText(Messages.get("official.title"), Messages.get("official.linkFailed"));
                        return;
                    }
                    stack.execute(new ChangeCommand<>(vm::getScenario, vm::replace,
                            s -> s == snapshot ? linked : l.change().apply(s), l.description()));
                    ctx.status().show(l.description());
                }));
    }

    private void download(String layerId, OfficialDatasets.Entry entry) {
        String host = entry.host();
        if (!ctx.settings().onlineConsent.contains(host)) {
            if (!ctx.dialogs().confirm(Messages.get("official.consent.title"), Messages.get("official.consent.header", entry.title()),
                    Messages.get("official.consent", host, entry.organisation(), entry.licence()))) {
                return;
            }
            ctx.settings().onlineConsent.add(host);
        }
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(420);
        Label text = new Label(Messages.get("official.downloading", entry.title(), 0));
        Dialog<Void> progress = new Dialog<>();
        progress.initOwner(ctx.map().getScene() == null ? null : ctx.map().getScene().getWindow());
        progress.setTitle(Messages.get("official.title"));
        progress.setHeaderText(Messages.get("official.downloadHeader", entry.title(), host));
        progress.getDialogPane().setContent(new VBox(8, text, bar));
        ButtonType stop = new ButtonType(Messages.get("official.stop"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        progress.getDialogPane().getButtonTypes().setAll(stop);
        ((Button) progress.getDialogPane().lookupButton(stop)).setOnAction(e -> cancel.set(true));
        progress.setOnCloseRequest(e -> cancel.set(true));
        progress.show();
        ctx.status().startWork();
        CompletableFuture.supplyAsync(() -> OfficialDatasetDownloader.standard().download(entry, datasets,
                (n, total) -> ctx.ui().execute(() -> {
                    text.setText(Messages.get("official.downloading", entry.title(), n));
                    bar.setProgress(total > 0 ? Math.min(1, n / (double) total) : -1);
                    ctx.status().progress(total > 0 ? n / (double) total : -1);
                }), cancel::get), ctx.background())
                .whenComplete((o, err) -> ctx.ui().execute(() -> {
                    ctx.status().endWork();
                    progress.setOnCloseRequest(null);
                    progress.close();
                    if (err != null || o == null) {
                        LOG.log(Level.WARNING, "download of " + entry.id() + " failed", err);
                        ctx.dialogs().showText(Messages.get("official.title"), Messages.get("official.download.broken", host));
                    } else if (o.cancelled()) {
                        ctx.status().show(Messages.get("official.cancelled", entry.title()));
                    } else if (!o.ok()) {
                        ctx.status().show(o.failure());
                        ctx.dialogs().showText(Messages.get("official.title"), o.failure());
                    } else {
                        ctx.status().show(Messages.get("official.downloaded", entry.title(), o.stored().features()));
                        load(layerId, o.stored().file(), new OfficialGeometry.Dataset(entry.title(), entry.organisation(),
                                o.stored().date(), entry.url()), entry.nameAttribute());
                    }
                }));
    }
}

package nl.ruimteverkenner.ui.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import nl.ruimteverkenner.edit.ChangeCommand;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.imports.ImportException;
import nl.ruimteverkenner.io.imports.ImportProgress;
import nl.ruimteverkenner.io.imports.ImportedLayer;
import nl.ruimteverkenner.io.imports.LayerImporter;
import nl.ruimteverkenner.io.imports.SourceData;
import nl.ruimteverkenner.io.imports.SourceFormat;
import nl.ruimteverkenner.io.imports.SourceReader;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.shell.DialogService.FileType;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.UiContext;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import org.locationtech.jts.geom.Envelope;

/**
 * *Bestand › Laag toevoegen…* (Ctrl+Shift+L) and files dropped on the map: a GeoJSON, GeoPackage or Shapefile
 * becomes a new layer of the open scenario. The file's preview is read off the FX thread, the {@link ImportDialog}
 * asks how, then the whole file is read and converted in the background with progress in the status bar (the same
 * menu item, now *Laag toevoegen stoppen*, cancels). The layer is added as one undoable edit on the workshop's
 * command stack (so it is unsaved work until *Variant opslaan als…*, and Ctrl+Z removes it), the schuurpunten are
 * recomputed at once, and the map zooms to the new layer. FX thread.
 */
public final class ImportController implements FeatureController {
    private static final Logger LOG = Logger.getLogger(ImportController.class.getName());
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final CommandStack stack;
    private final MenuItem item = new MenuItem(Messages.get("import.menu"));
    private Supplier<Optional<Path>> fileChooser;
    private BiFunction<Path, SourceData, Optional<ImportDialog.Answer>> dialogOpener;
    private AtomicBoolean running;

    /** @param stack the command stack of the workshop's edits (undo, unsaved work, variant saving) */
    public ImportController(UiContext ctx, CommandStack stack) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.stack = stack;
        ctx.shortcuts().document("file.importLayer", Group.GENERAL,
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        item.setId("menu-import-layer");
        item.setAccelerator(ctx.shortcuts().get("file.importLayer").keys().get(0));
        item.setOnAction(e -> {
            if (running != null) {
                cancel();
            } else {
                fileChooser.get().ifPresent(this::openFile);
            }
        });
        fileChooser = () -> ctx.dialogs().chooseOpenFile(Messages.get("import.chooser.title"), List.of(
                FileType.of(Messages.get("import.chooser.all"), "*.gpkg", "*.geojson", "*.json", "*.shp", "*.zip"),
                FileType.of("GeoPackage", "*.gpkg"), FileType.of("GeoJSON", "*.geojson", "*.json"),
                FileType.of("Shapefile", "*.shp", "*.zip")));
        dialogOpener = (file, data) -> ctx.dialogs().show(owner -> new ImportDialog(owner, data, t -> previewAsync(file, t),
                this::groupLabel));
        ctx.map().addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        ctx.map().addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(Menu.FILE, item));
    }

    /** Replaces the file chooser of the menu item (tests). */
    public void setFileChooser(Supplier<Optional<Path>> chooser) {
        this.fileChooser = chooser;
    }

    /** The menu item (its text says whether it adds or stops). */
    public MenuItem menuItem() {
        return item;
    }

    /** Whether a file is being read. */
    public boolean isRunning() {
        return running != null;
    }

    /** Stops the file being read; nothing is added. */
    public void cancel() {
        if (running != null) {
            running.set(true);
            ctx.status().show(Messages.get("import.stopping"));
        }
    }

    /**
     * The files dropped on the map: a shapefile's {@code .shp} (when its companions come along), else the first
     * importable file is opened. False when none can be imported (the status bar says so).
     */
    public boolean dropFiles(List<Path> files) {
        Optional<Path> chosen = files.stream().filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".shp")).findFirst()
                .or(() -> files.stream().filter(SourceFormat::isImportable).findFirst());
        if (chosen.isEmpty()) {
            ctx.status().show(Messages.get("import.drop.notImportable", files.isEmpty() ? "" : files.get(0).getFileName()));
            return false;
        }
        openFile(chosen.get());
        return true;
    }

    private void dragOver(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (db.hasFiles() && db.getFiles().stream().map(java.io.File::toPath).anyMatch(SourceFormat::isImportable)
                && db.getFiles().stream().noneMatch(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".ruimte"))) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (db.hasFiles() && db.getFiles().stream().map(java.io.File::toPath).anyMatch(SourceFormat::isImportable)) {
            List<Path> files = db.getFiles().stream().map(java.io.File::toPath).toList();
            ctx.ui().execute(() -> dropFiles(files));
            e.setDropCompleted(true);
            e.consume();
        }
    }

    /** Reads the preview of {@code file} in the background, then asks how to add it and adds it. */
    public void openFile(Path file) {
        if (vm.getScenario() == null || running != null) {
            ctx.status().show(Messages.get(running != null ? "import.busy" : "import.noScenario"));
            return;
        }
        ctx.status().startWork();
        ctx.status().show(Messages.get("import.reading", file.getFileName()));
        previewAsync(file, null).whenComplete((data, err) -> ctx.ui().execute(() -> {
            ctx.status().endWork();
            if (err != null) {
                fail(err);
                return;
            }
            ctx.status().show("");
            dialogOpener.apply(file, data).ifPresent(answer -> run(file, answer));
        }));
    }

    private CompletableFuture<SourceData> previewAsync(Path file, String table) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SourceReader.preview(file, table);
            } catch (ImportException e) {
                throw new CompletionException(e);
            }
        }, ctx.background());
    }

    /** Reads the whole file and adds it as a layer. */
    private void run(Path file, ImportDialog.Answer answer) {
        Scenario snapshot = vm.getScenario();
        AtomicBoolean cancelled = new AtomicBoolean();
        running = cancelled;
        item.setText(Messages.get("import.menu.stop"));
        ctx.status().startWork();
        ctx.status().show(Messages.get("import.reading", file.getFileName()));
        ImportProgress progress = new ImportProgress() {
            @Override
            public void progress(long done, long total) {
                ctx.ui().execute(() -> {
                    ctx.status().progress(total > 0 ? Math.min(1, (double) done / total) : -1);
                    ctx.status().show(Messages.get("import.progress", file.getFileName(), done, Math.max(total, done)));
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        CompletableFuture.supplyAsync(() -> {
            try {
                SourceData data = SourceReader.read(file, answer.table(), progress);
                return LayerImporter.importLayer(snapshot, data, answer.spec(), progress);
            } catch (ImportException e) {
                throw new CompletionException(e);
            }
        }, ctx.background()).whenComplete((imported, err) -> ctx.ui().execute(() -> {
            running = null;
            item.setText(Messages.get("import.menu"));
            ctx.status().endWork();
            if (err != null) {
                fail(err);
            } else {
                add(imported);
            }
        }));
    }

    /** Adds the layer as one edit, zooms to it and reports what was noticed. */
    private void add(ImportedLayer imported) {
        if (vm.getScenario() == null || vm.getScenario().layer(imported.layer().id()).isPresent()) {
            ctx.status().show(Messages.get("import.stale"));
            return;
        }
        stack.execute(new ChangeCommand<>(vm::getScenario, vm::replace,
                s -> ScenarioEdits.withLayer(s, imported.layer(), imported.group(), imported.source()),
                Messages.get("import.edit", imported.layer().label())));
        Envelope e = new Envelope();
        imported.layer().features().forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal()));
        if (!e.isNull()) {
            double padX = Math.max(e.getWidth() * 0.1, 0.002);
            double padY = Math.max(e.getHeight() * 0.1, 0.002);
            ctx.map().fit(e.getMinX() - padX, e.getMinY() - padY, e.getMaxX() + padX, e.getMaxY() + padY);
        }
        ctx.status().show(Messages.get("import.done", imported.layer().label(), imported.layer().features().size()));
        if (!imported.warnings().isEmpty()) {
            ctx.dialogs().showList(Messages.get("import.dialog.title"), Messages.get("import.warnings", imported.layer().label()),
                    imported.warnings());
        }
    }

    private void fail(Throwable err) {
        Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
        if (cause instanceof CancellationException) {
            ctx.status().show(Messages.get("import.cancelled"));
            return;
        }
        String message;
        if (cause instanceof ImportException) {
            message = cause.getMessage();
        } else {
            LOG.log(Level.WARNING, "import failed", cause);
            message = Messages.get("import.failed", String.valueOf(cause.getMessage()));
        }
        ctx.status().show(message);
        ctx.dialogs().showText(Messages.get("import.dialog.title"), message);
    }

    private String groupLabel(Theme t) {
        Scenario s = vm.getScenario();
        boolean present = s != null && s.groups().stream().anyMatch(g -> g.theme() == t);
        return present ? vm.themeLabel(t) : LayerImporter.groupLabel(t);
    }
}

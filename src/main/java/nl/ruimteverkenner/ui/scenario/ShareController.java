package nl.ruimteverkenner.ui.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ScenarioArchive;
import nl.ruimteverkenner.ui.shell.DialogService.FileType;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.UiContext;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;

/**
 * A scenario as one file: *Bestand › Scenario delen…* writes the open scenario's folder (the original or a
 * variant, with its recorded schuurpunt-keuzes, notes and sketches as saved) as one {@code .ruimte} file in the
 * background; *Gedeeld scenario openen…* and dropping a {@code .ruimte} file or a scenario folder on the window
 * open it through {@link ScenarioController#openGuarded} (so the workshop first asks about unsaved sketches).
 * Unpacking and every file check run on a worker, never on the FX thread.
 */
public final class ShareController implements FeatureController {
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final ScenarioController scenario;
    private final BooleanSupplier unsavedWork;

    /**
     * @param unsavedWork whether the workshop has sketches that are not saved (they are not in the folder, so
     *                    sharing asks first)
     */
    public ShareController(UiContext ctx, ScenarioController scenario, BooleanSupplier unsavedWork) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.scenario = scenario;
        this.unsavedWork = unsavedWork;
        ctx.map().sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                installDrop(scene);
            }
        });
    }

    private static List<FileType> types() {
        return List.of(FileType.of(Messages.get("share.fileType"), "*" + ScenarioArchive.EXTENSION));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem openShared = new MenuItem(Messages.get("menu.openShared"));
        openShared.setOnAction(e -> chooseArchive());
        MenuItem share = new MenuItem(Messages.get("menu.share"));
        share.setOnAction(e -> share());
        return List.of(new MenuEntry(Menu.FILE, openShared), new MenuEntry(Menu.FILE, share));
    }

    /** Asks for a {@code .ruimte} file and opens it (after the guard agrees). */
    public void chooseArchive() {
        ctx.dialogs().chooseOpenFile(Messages.get("archive.open.title"), types()).ifPresent(scenario::openGuarded);
    }

    /** Asks where to write the open scenario as one file, then writes it in the background. */
    public void share() {
        Path folder = vm.folderProperty().get();
        if (folder == null || vm.getScenario() == null) {
            ctx.dialogs().showText(Messages.get("share.title"), Messages.get("share.noScenario"));
            return;
        }
        if (unsavedWork.getAsBoolean() && !ctx.dialogs().confirm(Messages.get("share.title"),
                Messages.get("share.unsaved.header"), Messages.get("share.unsaved.text"))) {
            return;
        }
        String initial = folder.toAbsolutePath().normalize().getFileName() + ScenarioArchive.EXTENSION;
        ctx.dialogs().chooseSaveFile(Messages.get("share.title"), initial, types()).ifPresent(chosen -> {
            Path target = ScenarioArchive.isArchive(chosen) ? chosen
                    : chosen.resolveSibling(chosen.getFileName() + ScenarioArchive.EXTENSION);
            // the save dialog has asked about replacing the chosen name; a name we extended is asked about here
            boolean confirmed = target.equals(chosen);
            CompletableFuture.supplyAsync(() -> Files.exists(target), ctx.background())
                    .thenAcceptAsync(exists -> {
                        if (!exists || confirmed || ctx.dialogs().confirm(Messages.get("share.title"),
                                Messages.get("archive.write.exists", target), Messages.get("share.replace"))) {
                            write(folder, target, exists);
                        }
                    }, ctx.ui());
        });
    }

    /**
     * Writes {@code folder} as {@code target} in the background with the status bar busy, and reports the
     * result there (or in a dialog when it failed). FX thread.
     */
    public CompletableFuture<ScenarioArchive.Written> write(Path folder, Path target, boolean overwrite) {
        ctx.status().startWork();
        ctx.status().show(Messages.get("share.busy", folder.getFileName()));
        CompletableFuture<ScenarioArchive.Written> writing = CompletableFuture.supplyAsync(() -> {
            try {
                return ScenarioArchive.write(folder, target, overwrite);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, ctx.background());
        CompletableFuture<ScenarioArchive.Written> done = new CompletableFuture<>();
        writing.whenComplete((w, error) -> ctx.ui().execute(() -> {
            ctx.status().endWork();
            if (error == null) {
                ctx.status().show(Messages.get("share.done", w.file(), w.files(), (w.bytes() + 1023) / 1024));
                done.complete(w);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                String message = cause instanceof ScenarioArchive.ArchiveException ? cause.getMessage()
                        : Messages.get("share.failed", target, String.valueOf(cause.getMessage()));
                ctx.status().show(message);
                ctx.dialogs().showText(Messages.get("share.title"), message);
                done.completeExceptionally(cause);
            }
        }));
        return done;
    }

    private void installDrop(Scene scene) {
        EventHandler<DragEvent> over = e -> {
            Dragboard db = e.getDragboard();
            if (db.hasFiles() && db.getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
        };
        EventHandler<DragEvent> dropped = e -> {
            Dragboard db = e.getDragboard();
            boolean ok = db.hasFiles() && db.getFiles().size() == 1;
            if (ok) {
                Path dropped1 = db.getFiles().get(0).toPath();
                ctx.ui().execute(() -> openDropped(dropped1));
            }
            e.setDropCompleted(ok);
            e.consume();
        };
        scene.addEventHandler(DragEvent.DRAG_OVER, over);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, dropped);
    }

    /** Opens a dropped {@code .ruimte} file or scenario folder; anything else is named in the status bar. */
    public void openDropped(Path path) {
        CompletableFuture.supplyAsync(() -> Files.isDirectory(path)
                        || (ScenarioArchive.isArchive(path) && Files.isRegularFile(path)), ctx.background())
                .thenAcceptAsync(usable -> {
                    if (usable) {
                        scenario.openGuarded(path);
                    } else {
                        ctx.status().show(Messages.get("drop.notScenario", path.getFileName()));
                    }
                }, ctx.ui());
    }
}

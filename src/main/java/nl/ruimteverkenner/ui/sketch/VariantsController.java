package nl.ruimteverkenner.ui.sketch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.RecoveryStore;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.VariantIndex;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import nl.ruimteverkenner.ui.scenario.ScenarioController;
import nl.ruimteverkenner.ui.shell.DialogService.Choice;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * Never losing sketches: saving them as a variant beside the original (Ctrl+Shift+S), opening the original or
 * one of its variants (Ctrl+Shift+O), the autosave to the recovery folder every 30 seconds, offering recovered
 * work at start, and asking about unsaved sketches before another scenario opens or the window closes. Files
 * are read and written in the background; nothing blocks the FX thread.
 */
public final class VariantsController implements FeatureController {
    private enum Unsaved { SAVE, DISCARD }

    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final ScenarioController scenario;
    private final SketchController sketches;
    private long autosavedRevision = -1;
    private boolean restoredUnsaved;
    /** Whether the recovery copy on disk is this session's (autosaved or restored here): only then may it go unasked. */
    private boolean recoveryOwned;
    /** Whether a recovery copy left by an earlier session was offered and answered (or none was found). */
    private boolean recoveryAnswered;

    public VariantsController(UiContext ctx, ScenarioController scenario, SketchController sketches) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.scenario = scenario;
        this.sketches = sketches;
        scenario.setOpenGuard(this::confirmUnsaved);
        scenario.addOpenListener(() -> {
            sketches.stack().clear();
            restoredUnsaved = false;
            autosavedRevision = -1;
        });
        ctx.shortcuts().document("variant.open", Group.GENERAL,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        ctx.shortcuts().document("variant.save", Group.GENERAL,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        Timeline autosave = new Timeline();
        autosave.getKeyFrames().add(new KeyFrame(Duration.seconds(30), e -> {
            // a window that is closed or replaced (its scene no longer shown) stops saving for good
            if (ctx.shell().window() == null || !ctx.shell().window().isShowing()) {
                autosave.stop();
            } else {
                autosaveNow();
            }
        }));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem open = new MenuItem(Messages.get("variant.open.menu"));
        open.setAccelerator(ctx.shortcuts().get("variant.open").keys().get(0));
        open.setOnAction(e -> chooseVariant());
        MenuItem save = new MenuItem(Messages.get("variant.save.menu"));
        save.setAccelerator(ctx.shortcuts().get("variant.save").keys().get(0));
        save.setOnAction(e -> saveVariant());
        return List.of(new MenuEntry(Menu.FILE, new SeparatorMenuItem()), new MenuEntry(Menu.FILE, open),
                new MenuEntry(Menu.FILE, save));
    }

    /** Whether there is work that has not been saved as a variant. */
    public boolean hasUnsavedWork() {
        return sketches.stack().isDirty() || restoredUnsaved;
    }

    private RecoveryStore recovery() {
        return new RecoveryStore(ctx.dataDir());
    }

    /** Writes unsaved work to the recovery folder (in the background) when it changed since the last time. */
    public CompletableFuture<Boolean> autosaveNow() {
        long rev = sketches.stack().revision();
        Path folder = vm.folderProperty().get();
        if (!hasUnsavedWork() || vm.getScenario() == null || folder == null || rev == autosavedRevision) {
            return CompletableFuture.completedFuture(false);
        }
        Scenario snapshot = sketches.toSave();
        RecoveryStore store = recovery();
        boolean mayReplace = recoveryOwned || recoveryAnswered;
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (!mayReplace && store.load().isPresent()) {
                    return Optional.<Optional<Path>>empty(); // an earlier crash's copy, not answered yet: keep it
                }
                return Optional.of(store.save(snapshot, folder));
            } catch (IOException e) {
                return Optional.<Optional<Path>>empty();
            }
        }, ctx.background()).thenApplyAsync(saved -> {
            saved.ifPresent(kept -> {
                autosavedRevision = rev;
                recoveryOwned = true;
                kept.ifPresent(k -> ctx.status().show(Messages.get("recovery.kept", k)));
            });
            return saved.isPresent();
        }, ctx.ui());
    }

    /** Removes the recovery copy if it is this session's; one left by an earlier crash stays until answered. */
    private void clearRecovery() {
        if (recoveryOwned) {
            discardRecovery();
        }
    }

    /** Removes the recovery copy (the user's answer, or work that was saved). */
    private void discardRecovery() {
        recoveryOwned = false;
        RecoveryStore store = recovery();
        CompletableFuture.runAsync(() -> {
            try {
                store.clear();
            } catch (IOException e) {
                // a stale recovery copy is offered again at the next start; nothing is lost
            }
        }, ctx.background());
    }

    /** Offers unsaved work found after a crash (read in the background); restoring opens it. */
    public CompletableFuture<Void> offerRecovery() {
        RecoveryStore store = recovery();
        return CompletableFuture.supplyAsync(store::load, ctx.background()).thenAcceptAsync(found -> {
            recoveryAnswered = true;
            found.ifPresent(r -> {
                String text = r.original().isPresent()
                        ? Messages.get("recovery.text", Messages.dateTime(r.savedAt()), r.original().get())
                        : Messages.get("recovery.text.noOriginal", Messages.dateTime(r.savedAt()), r.name(), home(r).getParent());
                if (ctx.dialogs().askYesNo(Messages.get("recovery.title"), Messages.get("recovery.header"), text)) {
                    restore(r);
                } else {
                    discardRecovery();
                }
            });
        }, ctx.ui());
    }

    /** Where recovered work belongs: its original, or when that is unknown a folder of its own in the data folder. */
    private Path home(RecoveryStore.Recovered r) {
        String slug = r.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return r.original().orElseGet(() -> ctx.dataDir().resolve("hersteld").resolve(slug.isEmpty() ? "werk" : slug));
    }

    /** Opens recovered work; "Variant opslaan" then saves beside the original scenario. */
    public CompletableFuture<ScenarioLoad> restore(RecoveryStore.Recovered r) {
        recoveryAnswered = true;
        return scenario.open(r.scenario(), home(r),
                CompletableFuture.supplyAsync(() -> new ScenarioReader().read(r.scenario()), ctx.background()))
                .thenApplyAsync(load -> {
                    if (load.scenario().isEmpty()) {
                        return load; // not restored: the copy stays for the next start
                    }
                    restoredUnsaved = true;
                    recoveryOwned = true;
                    ctx.status().show(Messages.get("recovery.restored", Messages.dateTime(r.savedAt())));
                    return load;
                }, ctx.ui());
    }

    @Override
    public CompletableFuture<Boolean> beforeClose() {
        return confirmUnsaved("close");
    }

    /**
     * Asks whether to save unsaved work as a variant, throw it away or stay ({@code purpose} picks the texts:
     * "close" or "open"); completes with true when the caller may go on (after the variant is saved).
     */
    public CompletableFuture<Boolean> confirmUnsaved(String purpose) {
        if (!hasUnsavedWork()) {
            if (purpose.equals("close")) {
                clearRecovery();
            }
            return CompletableFuture.completedFuture(true);
        }
        Optional<Unsaved> answer = ctx.dialogs().choose(Messages.get(purpose + ".unsaved.title"),
                Messages.get("close.header"), Messages.get(purpose + ".unsaved.text"),
                List.of(new Choice<>(Messages.get("close.save"), Unsaved.SAVE, true),
                        new Choice<>(Messages.get("close.discard"), Unsaved.DISCARD, false)));
        if (answer.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        if (answer.get() == Unsaved.DISCARD) {
            clearRecovery(); // this session's copy only: one left by a crash is still offered next time
            return CompletableFuture.completedFuture(true);
        }
        askAuthorOnce();
        Optional<String> name = askVariantName();
        if (name.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return saveVariant(name.get()).handleAsync((folder, err) -> {
            if (err != null) {
                ctx.dialogs().showText(Messages.get("close.title"),
                        Messages.get("sketch.variant.failed", vm.folderProperty().get().toAbsolutePath().getParent()));
            }
            return err == null;
        }, ctx.ui());
    }

    private Optional<String> askVariantName() {
        return ctx.dialogs().input(Messages.get("sketch.variant.title"), Messages.get("sketch.variant.header"),
                Messages.get("sketch.variant.defaultName", vm.getScenario().name()));
    }

    /** Lists the original and its variants beside it and opens the one chosen (asking first about unsaved sketches). */
    private void chooseVariant() {
        Path folder = vm.folderProperty().get();
        Scenario s = vm.getScenario();
        if (folder == null || s == null) {
            scenario.chooseScenario();
            return;
        }
        String base = s.variant().map(v -> v.basedOn()).orElse(s.id());
        Path parent = folder.toAbsolutePath().getParent();
        CompletableFuture.supplyAsync(() -> VariantIndex.family(parent, base), ctx.background())
                .thenAcceptAsync(family -> ctx.dialogs().show(owner -> new VariantOpenDialog(owner, family, folder))
                        .ifPresent(scenario::openGuarded), ctx.ui());
    }

    /** Asks for a name and saves the sketches as a variant (the Variant opslaan als… button and menu). */
    public void saveVariant() {
        if (vm.folderProperty().get() != null) {
            askAuthorOnce();
            askVariantName().ifPresent(this::saveVariant);
        }
    }

    /**
     * Asks who makes variants on this computer, the first time only (the answer is remembered; cancelling leaves
     * the author blank and asks again next time).
     */
    private void askAuthorOnce() {
        if (ctx.settings().variantAuthor.isBlank()) {
            ctx.dialogs().input(Messages.get("sketch.variant.title"), Messages.get("sketch.variant.author"), "")
                    .ifPresent(name -> ctx.settings().variantAuthor = name.strip());
        }
    }

    /** Saves the open scenario with its sketches as a variant beside the original. */
    public CompletableFuture<Path> saveVariant(String name) {
        Path folder = vm.folderProperty().get();
        return sketches.saveVariant(folder, name, ctx.settings().variantAuthor).whenCompleteAsync((saved, err) -> {
            if (err == null) {
                clearRecovery();
                restoredUnsaved = false;
            }
            ctx.status().show(err == null ? Messages.get("sketch.variant.saved", saved)
                    : Messages.get("sketch.variant.failed", folder.toAbsolutePath().getParent()));
        }, ctx.ui());
    }}

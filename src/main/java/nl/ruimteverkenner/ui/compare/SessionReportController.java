package nl.ruimteverkenner.ui.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuItem;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.SchuurpuntKeuzeStore;
import nl.ruimteverkenner.io.VariantIndex;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SchuurpuntKeuze;
import nl.ruimteverkenner.model.VariantInfo;
import nl.ruimteverkenner.model.WorkshopBoard;
import nl.ruimteverkenner.report.MapImageRenderer;
import nl.ruimteverkenner.report.SessionHtmlWriter;
import nl.ruimteverkenner.report.SessionReport;
import nl.ruimteverkenner.report.SessionReportBuilder;
import nl.ruimteverkenner.ui.compare.ComparePanel.Target;
import nl.ruimteverkenner.ui.shell.DialogService.FileType;
import nl.ruimteverkenner.ui.shell.FeatureController.Menu;
import nl.ruimteverkenner.ui.shell.FeatureController.MenuEntry;
import nl.ruimteverkenner.ui.shell.FxSupport;
import nl.ruimteverkenner.ui.shell.UiContext;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;

/**
 * Bestand › Werksessie-verslag…: asks which variant the report is about (the open scenario with its sketches,
 * or a saved variant), where to save it, and writes it in the background as PDF with an HTML version beside
 * it ({@link SessionReport}): the variants of the scenario, the chosen one's sketches, what it adds, removes
 * and changes, the schuurpunten gained and resolved against the original, the recorded keuzes and a map.
 */
public final class SessionReportController {
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final BooleanSupplier unsavedWork;
    private final ScenarioCache cache;
    private final Supplier<Target> preferred;

    /**
     * @param cache     the scenarios read for comparing (shared with the compare view)
     * @param preferred the right side chosen in the compare view, offered first
     */
    SessionReportController(UiContext ctx, BooleanSupplier unsavedWork, ScenarioCache cache, Supplier<Target> preferred) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.unsavedWork = unsavedWork;
        this.cache = cache;
        this.preferred = preferred;
    }

    private Supplier<WorkshopBoard> liveBoard;

    /**
     * Where the workshop's notes and votes of the open scenario come from (they are kept live by the notes
     * feature, not in the open scenario); without it the report takes those the scenario was opened with.
     */
    public void setLiveBoard(Supplier<WorkshopBoard> board) {
        this.liveBoard = board;
    }

    List<MenuEntry> menuEntries() {
        MenuItem item = new MenuItem(Messages.get("session.menu"));
        item.setId("menu-session-report");
        item.setOnAction(e -> ask());
        return List.of(new MenuEntry(Menu.FILE, item));
    }

    /** Asks which variant and where, then writes the report. */
    public void ask() {
        Scenario s = vm.getScenario();
        if (s == null) {
            ctx.status().show(Messages.get("session.noScenario"));
            return;
        }
        choices().thenAcceptAsync(choices -> {
            if (vm.getScenario() != s || choices.isEmpty()) {
                return;
            }
            Target pref = preferred.get();
            Target initial = choices.stream().filter(t -> pref != null && Objects.equals(t.folder(), pref.folder()))
                    .findFirst().orElseGet(() -> defaultChoice(s, choices));
            ctx.dialogs().show(owner -> {
                ChoiceDialog<Target> d = new ChoiceDialog<>(initial, choices);
                d.initOwner(owner);
                d.setTitle(Messages.get("session.choose.title"));
                d.setHeaderText(Messages.get("session.choose.header") + "\n"
                        + Messages.get("session.choose.text", vm.horizonProperty().get().year()));
                d.setContentText(Messages.get("session.choose.label"));
                d.getDialogPane().setId("session-choose");
                d.getDialogPane().setPrefWidth(620);
                d.getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
                return d;
            }).ifPresent(t -> {
                String slug = ("werksessie-" + (t.isOpen() ? s.name() : t.label())).toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                ctx.dialogs().chooseSaveFile(Messages.get("session.save.title"), slug + ".pdf",
                                List.of(FileType.of(Messages.get("session.save.type"), "*.pdf")))
                        .ifPresent(target -> write(t, target));
            });
        }, ctx.ui());
    }

    /** A saved variant when the open scenario is an untouched original, else the open scenario. */
    private Target defaultChoice(Scenario s, List<Target> choices) {
        if (s.variant().isEmpty() && !unsavedWork.getAsBoolean()) {
            return choices.stream().filter(t -> !t.isOpen()).findFirst().orElse(choices.get(0));
        }
        return choices.get(0);
    }

    /** What the report can be about: the open scenario and the saved variants beside it (read in the background). */
    public CompletableFuture<List<Target>> choices() {
        Scenario s = vm.getScenario();
        Path folder = vm.folderProperty().get();
        Target open = new Target(Messages.get(unsavedWork.getAsBoolean() ? "compare.openSketches" : "compare.open", s.name()), null);
        if (folder == null) {
            return CompletableFuture.completedFuture(List.of(open));
        }
        Path own = ScenarioCache.key(folder);
        String base = s.variant().map(VariantInfo::basedOn).orElse(s.id());
        return CompletableFuture.supplyAsync(() -> {
            List<Target> out = new ArrayList<>();
            out.add(open);
            for (VariantIndex.Entry e : VariantIndex.family(own.getParent(), base)) {
                Path f = ScenarioCache.key(e.folder());
                if (e.variant().isPresent() && !f.equals(own)) {
                    out.add(new Target(Messages.get("compare.saved", e.name()), f));
                }
            }
            return out;
        }, ctx.background());
    }

    /**
     * Writes the report about {@code chosen} (compared with the original at the current horizon) to {@code pdf},
     * and beside it the same report as HTML (same name, .html). Both are written atomically, in the background;
     * the status bar says when they are done. Completes with the PDF's path.
     */
    public CompletableFuture<Path> write(Target chosen, Path pdf) {
        Scenario open = vm.getScenario();
        if (open == null) {
            ctx.status().show(Messages.get("session.noScenario"));
            return CompletableFuture.failedFuture(new IllegalStateException("no scenario open"));
        }
        Path folder = vm.folderProperty().get();
        boolean unsaved = unsavedWork.getAsBoolean();
        Horizon horizon = vm.horizonProperty().get();
        Path pdfTarget = withExtension(pdf, ".pdf");
        Path html = withExtension(pdf, ".html");
        Set<String> shownLayers = new HashSet<>();
        Set<String> openLayers = new HashSet<>();
        for (Layer l : open.layers()) {
            openLayers.add(l.id());
            if (vm.isLayerShown(l)) {
                shownLayers.add(l.id());
            }
        }
        Predicate<Feature> shown = f -> shownLayers.contains(f.layerId()) || !openLayers.contains(f.layerId());
        WorkshopBoard live = liveBoard == null ? open.board() : liveBoard.get();
        ctx.status().startWork();
        ctx.status().show(Messages.get("session.busy"));
        return CompletableFuture.supplyAsync(() -> {
            SessionReport r = build(open, folder, unsaved, chosen, horizon, shown, live);
            try {
                SessionHtmlWriter.writeHtml(r, html);
                SessionHtmlWriter.writePdf(r, pdfTarget);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pdfTarget;
        }, ctx.background()).whenCompleteAsync((ok, err) -> {
            ctx.status().endWork();
            ctx.status().show(err == null ? Messages.get("session.written", pdfTarget, html.getFileName())
                    : Messages.get("session.failed", pdfTarget));
        }, ctx.ui());
    }

    /** The report (worker thread). */
    private SessionReport build(Scenario open, Path folder, boolean unsaved, Target chosen, Horizon horizon,
                                Predicate<Feature> shown, WorkshopBoard live) {
        SchuurpuntEngine openEngine = ctx.analysis().engine(open);
        SchuurpuntEngine original = open.variant().isEmpty() && !unsaved ? openEngine
                : cache.original(open, folder).map(ScenarioCache.Loaded::engine).orElse(openEngine);
        SchuurpuntEngine variant;
        Path variantFolder;
        String variantName;
        if (chosen.isOpen()) {
            variant = openEngine;
            variantFolder = folder == null ? null : ScenarioCache.key(folder);
            variantName = unsaved ? Messages.get("session.open", open.name()) : open.name();
        } else {
            ScenarioCache.Loaded l = cache.load(chosen.folder()).orElseThrow(() -> new UncheckedIOException(
                    new IOException(Messages.get("problems.header", chosen.folder()))));
            variant = l.engine();
            variantFolder = l.folder();
            variantName = l.scenario().name();
        }
        List<SchuurpuntKeuze> keuzes = variantFolder == null ? List.of()
                : List.copyOf(new SchuurpuntKeuzeStore(variantFolder).load(new ArrayList<>()).values());
        List<SessionReport.VariantItem> family = family(open, folder, unsaved, chosen, variantFolder);
        return new SessionReportBuilder(new MapImageRenderer(Basemap.instance().renderer()))
                .build(original, variant, variantName, horizon, family, keuzes, shown,
                        chosen.isOpen() ? live : variant.scenario().board());
    }

    private static List<SessionReport.VariantItem> family(Scenario open, Path folder, boolean unsaved, Target chosen,
                                                          Path variantFolder) {
        List<SessionReport.VariantItem> out = new ArrayList<>();
        if (folder == null) {
            return out;
        }
        Path own = ScenarioCache.key(folder);
        String base = open.variant().map(VariantInfo::basedOn).orElse(open.id());
        boolean openChosen = chosen.isOpen() && unsaved;
        for (VariantIndex.Entry e : VariantIndex.family(own.getParent(), base)) {
            Path f = ScenarioCache.key(e.folder());
            out.add(new SessionReport.VariantItem(e.name(), e.variant().map(VariantInfo::author).orElse(""),
                    e.variant().map(VariantInfo::date).orElse(""), f.getFileName().toString(), e.variant().isEmpty(),
                    !openChosen && f.equals(variantFolder), false));
        }
        if (unsaved) {
            out.add(new SessionReport.VariantItem(Messages.get("session.open", open.name()), "", "",
                    own.getFileName().toString(), false, openChosen, true));
        }
        return out;
    }

    private static Path withExtension(Path p, String ext) {
        String name = p.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".pdf") || name.toLowerCase(Locale.ROOT).endsWith(".html")
                ? name.substring(0, name.lastIndexOf('.')) : name;
        return p.resolveSibling(stem + ext);
    }
}

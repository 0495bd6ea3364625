package nl.ruimteverkenner.ui.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.BoardExport;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Note;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Vote;
import nl.ruimteverkenner.model.WorkshopBoard;
import nl.ruimteverkenner.ui.scenario.ScenarioController;
import nl.ruimteverkenner.ui.schuurpunten.SchuurpuntenController;
import nl.ruimteverkenner.ui.shell.DialogService.FileType;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.LazyTab;
import nl.ruimteverkenner.ui.shell.MapClicks;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.Shortcuts.Scope;
import nl.ruimteverkenner.ui.shell.Shortcuts.Shortcut;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * Notes and votes in the workshop: the note tool (tool bar button and N; a click on the map asks for the text,
 * author or table and colour), the numbered notes on the map (drag to move, double click or context menu to
 * edit or delete), the *Stemmen* tab where participants give their dots to notes, sketches and schuurpunten,
 * and the CSV and GeoJSON exports. Every change is a command on the workshop's undo stack; the board is saved
 * with the variant (the workshop puts {@link #board()} into the scenario it saves). Read API for other
 * features: {@link #board()}, {@link #boardProperty()}, {@link #voteCounts()}.
 */
public final class NotesController implements FeatureController {
    private final UiContext ctx;
    private final SchuurpuntenController schuurpunten;
    private final Predicate<Feature> isSketch;
    private final NotesModel model;
    private final BooleanProperty tool = new SimpleBooleanProperty(false);
    private final BooleanProperty notesVisible = new SimpleBooleanProperty(true);
    private final ToggleButton toggle = new ToggleButton(Messages.get("notes.place"));
    private final Tab tab;
    private VotesPanel panel;
    private boolean opening;

    /**
     * @param stack    the workshop's undo stack (notes and votes are undone like sketches)
     * @param isSketch which features are sketches (votable)
     */
    public NotesController(UiContext ctx, ScenarioController scenario, SchuurpuntenController schuurpunten,
                           CommandStack stack, Predicate<Feature> isSketch) {
        this.ctx = ctx;
        this.schuurpunten = schuurpunten;
        this.isSketch = isSketch;
        this.model = new NotesModel(stack);
        toggle.setId("notes-tool");
        toggle.setTooltip(new Tooltip(Messages.get("notes.place.tooltip")));
        toggle.selectedProperty().bindBidirectional(tool);
        tab = LazyTab.of(Messages.get("votes.tab"), "tab-votes", () -> {
            ScrollPane scroll = new ScrollPane(panel());
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            return scroll;
        });
        scenario.addOpenListener(() -> opening = true);
        ctx.explorer().scenarioProperty().addListener((o, a, s) -> {
            if (opening || a == null) {
                opening = false;
                model.load(s == null ? WorkshopBoard.EMPTY : s.board());
            }
            refreshPanel();
        });
        model.boardProperty().addListener((o, a, b) -> showOnMap());
        schuurpunten.model().all().addListener((ListChangeListener<Schuurpunt>) c -> refreshPanel());
        notesVisible.addListener((o, a, v) -> ctx.map().notes().setVisible(v));
        tool.addListener((o, a, on) -> {
            ctx.map().setCursor(on ? Cursor.CROSSHAIR : null);
            ctx.status().show(Messages.get(on ? "notes.tool.on" : "notes.tool.off"));
            if (on) {
                notesVisible.set(true);
            }
        });
        ctx.clicks().add(MapClicks.NOTES, this::mapClicked);
        ctx.map().notes().setOnMoved(model::move);
        ctx.map().notes().setOnOpen(this::edit);
        ctx.map().notes().setOnMenu(this::noteMenu);
        ctx.shortcuts().add("notes.place", Group.SKETCH, Scope.NOT_TYPING, () -> {
            tool.set(!tool.get());
            return true;
        }, new KeyCodeCombination(KeyCode.N, KeyCombination.SHIFT_ANY));
        ctx.shortcuts().add(new Shortcut("notes.cancel", Group.SKETCH, List.of(new KeyCodeCombination(KeyCode.ESCAPE,
                KeyCombination.SHIFT_ANY)), Scope.NOT_TYPING, 20, () -> {
                    if (!tool.get()) {
                        return false;
                    }
                    tool.set(false);
                    return true;
                }));
    }

    @Override
    public List<Tab> sideTabs() {
        return List.of(tab);
    }

    @Override
    public List<Node> toolBarItems() {
        return List.of(toggle);
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem csv = new MenuItem(Messages.get("votes.exportCsv.menu"));
        csv.setOnAction(e -> exportCsv());
        MenuItem geo = new MenuItem(Messages.get("votes.exportGeoJson.menu"));
        geo.setOnAction(e -> exportGeoJson());
        return List.of(new MenuEntry(Menu.FILE, new SeparatorMenuItem()), new MenuEntry(Menu.FILE, csv),
                new MenuEntry(Menu.FILE, geo));
    }

    /** Whether the note tool is on (a click on the map places a note). */
    public BooleanProperty toolProperty() {
        return tool;
    }

    /** The notes and votes now (the read API for compare and the session report). */
    public WorkshopBoard board() {
        return model.board();
    }

    /** The notes and votes, observable; changes with every edit, undo and opened scenario. */
    public ReadOnlyObjectProperty<WorkshopBoard> boardProperty() {
        return model.boardProperty();
    }

    /** The dots now, per kind of thing and then per id (note id, sketch feature id, schuurpunt key). */
    public Map<Vote.Kind, Map<String, Integer>> voteCounts() {
        Map<Vote.Kind, Map<String, Integer>> out = new EnumMap<>(Vote.Kind.class);
        for (Vote.Kind k : Vote.Kind.values()) {
            out.put(k, model.board().counts(k));
        }
        return out;
    }

    public NotesModel model() {
        return model;
    }

    /** The Stemmen tab's content (built on first use). */
    public VotesPanel panel() {
        if (panel == null) {
            panel = new VotesPanel(model, this::items, tool, this::editParticipants, this::showItem, this::exportCsv,
                    this::exportGeoJson, notesVisible);
            panel.setOnVote((item, up) -> {
                Optional<String> refused = up ? model.vote(item.kind(), item.id(), item.title())
                        : model.unvote(item.kind(), item.id(), item.title());
                refused.ifPresent(ctx.status()::show);
                return refused;
            });
        }
        return panel;
    }

    /** Opens the Stemmen tab. */
    public void showTab() {
        ctx.shell().selectTab(tab);
    }

    private List<NotesModel.Item> items() {
        Scenario s = ctx.explorer().getScenario();
        List<Feature> sketches = s == null ? List.of() : s.features().filter(isSketch).toList();
        return model.items(sketches, List.copyOf(schuurpunten.model().all()));
    }

    private void refreshPanel() {
        if (panel != null) {
            panel.refresh();
        }
    }

    private void showOnMap() {
        WorkshopBoard b = model.board();
        ctx.map().notes().set(b.notes(), b.counts(Vote.Kind.NOTE));
    }

    private boolean mapClicked(double lon, double lat, double tolerance, int count) {
        if (!tool.get() || ctx.explorer().getScenario() == null) {
            return false;
        }
        if (count > 1) {
            return true; // the second click of a double click places nothing more
        }
        int number = model.board().nextNumber();
        ctx.dialogs().show(owner -> new NoteDialog(owner, number, model.newForm(), true)).ifPresent(f -> {
            Note n = model.add(lon, lat, f);
            ctx.status().show(Messages.get("notes.placed", n.number()));
        });
        return true;
    }

    /** Opens the form for a note and applies the answer as one undoable edit. */
    public void edit(String noteId) {
        model.board().note(noteId).ifPresent(n -> ctx.dialogs()
                .show(owner -> new NoteDialog(owner, n.number(), new NotesModel.Form(n.text(), n.author(), n.colour()), false))
                .ifPresent(f -> model.edit(noteId, f)));
    }

    private void noteMenu(String noteId, Node marker, double x, double y) {
        MenuItem edit = new MenuItem(Messages.get("notes.menu.edit"));
        edit.setOnAction(e -> edit(noteId));
        MenuItem text = new MenuItem(Messages.get("notes.menu.text"));
        text.setOnAction(e -> ctx.map().notes().showText(noteId, true));
        MenuItem vote = new MenuItem(Messages.get("notes.menu.vote"));
        vote.setOnAction(e -> model.board().note(noteId).ifPresent(n -> {
            Optional<String> refused = model.vote(Vote.Kind.NOTE, noteId, NotesModel.short40(n.text()));
            refused.ifPresent(m -> ctx.dialogs().showText(Messages.get("votes.title"), m));
        }));
        String who = model.participantProperty().get();
        vote.setDisable(who == null);
        if (who != null) {
            vote.setText(Messages.get("notes.menu.voteAs", who));
        }
        MenuItem delete = new MenuItem(Messages.get("notes.menu.delete"));
        delete.setOnAction(e -> model.delete(noteId));
        new ContextMenu(edit, text, vote, new SeparatorMenuItem(), delete).show(marker, x, y);
    }

    private void editParticipants() {
        ctx.dialogs().show(owner -> new ParticipantsDialog(owner, model.board())).ifPresent(a -> model
                .setParticipants(a.names(), a.dots())
                .ifPresent(refused -> ctx.dialogs().showText(Messages.get("votes.participants.title"), refused)));
    }

    /** A double click on a row: a note is shown with its text, a sketch or schuurpunt is chosen on the map. */
    private void showItem(NotesModel.Item item) {
        Scenario s = ctx.explorer().getScenario();
        switch (item.kind()) {
            case NOTE -> model.board().note(item.id()).ifPresent(n -> {
                notesVisible.set(true);
                ctx.map().setView(n.lat(), n.lon(), Math.max(ctx.map().zoom(), 11));
                ctx.map().notes().showText(n.id(), true);
            });
            case SKETCH -> {
                if (s != null) {
                    s.feature(item.id()).ifPresent(f -> ctx.explorer().selectedProperty().set(f));
                }
            }
            case SCHUURPUNT -> schuurpunten.model().all().stream().filter(sp -> sp.key().equals(item.id())).findFirst()
                    .ifPresent(sp -> ctx.explorer().selectedSchuurpuntProperty().set(sp));
        }
    }

    private void exportCsv() {
        if (model.board().notes().isEmpty() && model.board().votes().isEmpty()) {
            ctx.dialogs().showText(Messages.get("votes.export.title"), Messages.get("votes.export.none"));
            return;
        }
        ctx.dialogs().chooseSaveFile(Messages.get("votes.export.title"), "werkplaats-stemmen.csv",
                List.of(FileType.of("CSV", "*.csv"))).ifPresent(this::exportCsv);
    }

    /** Writes the notes and everything with dots as CSV to {@code target} in the background. */
    public CompletableFuture<Void> exportCsv(Path target) {
        Scenario s = ctx.explorer().getScenario();
        List<BoardExport.Row> rows = model.exportRows(s == null ? List.of() : s.features().filter(isSketch).toList(),
                List.copyOf(schuurpunten.model().all()));
        return write(target, rows.size(), () -> BoardExport.writeCsv(rows, target));
    }

    private void exportGeoJson() {
        if (model.board().notes().isEmpty()) {
            ctx.dialogs().showText(Messages.get("votes.export.title"), Messages.get("votes.export.noNotes"));
            return;
        }
        ctx.dialogs().chooseSaveFile(Messages.get("votes.export.title"), "werkplaats-notities.geojson",
                List.of(FileType.of("GeoJSON", "*.geojson", "*.json"))).ifPresent(this::exportGeoJson);
    }

    /** Writes the notes as GeoJSON points to {@code target} in the background. */
    public CompletableFuture<Void> exportGeoJson(Path target) {
        WorkshopBoard b = model.board();
        return write(target, b.notes().size(), () -> BoardExport.writeGeoJson(b, target));
    }

    private interface Writing {
        void run() throws IOException;
    }

    private CompletableFuture<Void> write(Path target, int count, Writing w) {
        ctx.status().startWork();
        return CompletableFuture.runAsync(() -> {
            try {
                w.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ctx.background()).whenCompleteAsync((ok, err) -> {
            ctx.status().endWork();
            ctx.status().show(err == null ? Messages.get("votes.export.done", count, target)
                    : Messages.get("votes.export.failed", target));
            if (err != null) {
                ctx.dialogs().showText(Messages.get("votes.export.title"), Messages.get("votes.export.failed", target));
            }
        }, ctx.ui());
    }
}

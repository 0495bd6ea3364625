package nl.ruimteverkenner.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.analysis.ScenarioDiff;
import nl.ruimteverkenner.analysis.ScenarioDiff.FeatureChange;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.report.DiffWording;
import nl.ruimteverkenner.ui.shell.FxSupport;
import org.locationtech.jts.geom.Envelope;

/**
 * The compare tab: the original on the left, on the right the open scenario or a saved variant, a horizon
 * for each side, how to show them, and what differs: the features added, removed or changed (and what of
 * them changed) and the schuurpunten gained or resolved, with hectares. Choosing a line zooms both maps to it.
 * Every choice takes effect at once while comparing.
 */
public final class ComparePanel extends VBox {
    /**
     * What the right side shows.
     *
     * @param folder the saved variant's folder; null for the open scenario as it is now
     */
    public record Target(String label, Path folder) {
        /** The open scenario (with whatever has been sketched). */
        public boolean isOpen() {
            return folder == null;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A line of the lists: its text, where on the map it is (lon/lat), and whether it is good or bad news. */
    public record Entry(String text, Envelope where, Tone tone) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** How a line is coloured. */
    public enum Tone { NEUTRAL, WORSE, BETTER }

    private final ComboBox<Horizon> leftHorizon = horizons("compare-left-horizon");
    private final ComboBox<Horizon> rightHorizon = horizons("compare-right-horizon");
    private final ComboBox<Target> target = new ComboBox<>();
    private final Label sides = new Label();
    private final Label featureSummary = new Label();
    private final Label schuurpuntSummary = new Label();
    private final ListView<Entry> features = list("compare-features", "compare.none");
    private final ListView<Entry> schuurpunten = list("compare-schuurpunten", "compare.none.schuurpunten");
    private final ToggleButton start = new ToggleButton(Messages.get("compare.start"));
    private boolean filling;

    /**
     * @param onStart       called when comparing starts
     * @param onStop        called when comparing stops
     * @param chooseVariant asks for a variant folder (and then adds it with {@link #addTarget})
     * @param onMode        called when the mode changes
     * @param onChange      called when a horizon or the right side changes (not while the list is refilled)
     * @param onSelect      called with the place of a chosen line, in lon/lat
     */
    public ComparePanel(Runnable onStart, Runnable onStop, Runnable chooseVariant, Consumer<ComparePane.Mode> onMode,
                        Runnable onChange, Consumer<Envelope> onSelect) {
        super(6);
        setPadding(new Insets(8));
        setId("compare-panel");
        getStyleClass().add("keuzeregister");
        Label title = new Label(Messages.get("compare.title"));
        title.getStyleClass().add("panel-title");
        leftHorizon.setValue(Horizon.H2030);
        rightHorizon.setValue(Horizon.H2050);
        target.setId("compare-target");
        target.setMaxWidth(Double.MAX_VALUE);
        target.setTooltip(new Tooltip(Messages.get("compare.with.tooltip")));
        Button pick = new Button(Messages.get("compare.pickVariant"));
        pick.setId("compare-pick");
        pick.setOnAction(e -> chooseVariant.run());
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label(Messages.get("compare.left")), leftHorizon);
        grid.addRow(1, new Label(Messages.get("compare.with")), target);
        grid.addRow(2, new Label(Messages.get("compare.right")), rightHorizon);
        sides.setId("compare-sides");
        sides.setWrapText(true);
        sides.setMinHeight(Region.USE_PREF_SIZE);
        sides.visibleProperty().bind(sides.textProperty().isNotEmpty());
        sides.managedProperty().bind(sides.visibleProperty());
        sides.getStyleClass().add("hint");
        ToggleGroup modes = new ToggleGroup();
        ToggleButton swipe = new ToggleButton(Messages.get("compare.swipe"));
        swipe.setId("compare-swipe");
        swipe.setToggleGroup(modes);
        swipe.setSelected(true);
        ToggleButton side = new ToggleButton(Messages.get("compare.side"));
        side.setId("compare-side");
        side.setToggleGroup(modes);
        modes.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            } else {
                onMode.accept(t == side ? ComparePane.Mode.SIDE : ComparePane.Mode.SWIPE);
            }
        });
        start.setId("compare-start");
        start.selectedProperty().addListener((o, a, on) -> {
            start.setText(Messages.get(on ? "compare.stop" : "compare.start"));
            if (on) {
                onStart.run();
            } else {
                onStop.run();
            }
        });
        Runnable changed = () -> {
            if (!filling) {
                onChange.run();
            }
        };
        leftHorizon.valueProperty().addListener((o, a, v) -> changed.run());
        rightHorizon.valueProperty().addListener((o, a, v) -> changed.run());
        target.valueProperty().addListener((o, a, v) -> changed.run());
        for (ListView<Entry> l : List.of(features, schuurpunten)) {
            l.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
                if (e != null && e.where() != null && !e.where().isNull()) {
                    onSelect.accept(e.where());
                }
            });
        }
        Label featuresTitle = new Label(Messages.get("compare.features"));
        featuresTitle.getStyleClass().add("legend-heading");
        Label spTitle = new Label(Messages.get("compare.schuurpunten"));
        spTitle.getStyleClass().add("legend-heading");
        featureSummary.setId("compare-features-summary");
        schuurpuntSummary.setId("compare-schuurpunten-summary");
        featureSummary.setWrapText(true);
        schuurpuntSummary.setWrapText(true);
        featureSummary.setMinHeight(Region.USE_PREF_SIZE);
        schuurpuntSummary.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, grid, pick, sides, new HBox(4, swipe, side), start, featuresTitle, featureSummary,
                features, spTitle, schuurpuntSummary, schuurpunten);
    }

    /** Fills the choice of the right side, keeping the chosen one when it is still there (does not call onChange). */
    public void setTargets(List<Target> targets) {
        Target chosen = target.getValue();
        filling = true;
        try {
            target.getItems().setAll(targets);
            Target keep = targets.stream().filter(t -> chosen != null && Objects.equals(t.folder(), chosen.folder()))
                    .findFirst().orElse(targets.isEmpty() ? null : targets.get(0));
            target.setValue(keep);
        } finally {
            filling = false;
        }
    }

    /** Adds a variant folder to the choice and chooses it (which compares it at once when comparing). */
    public void addTarget(Target t) {
        Target existing = target.getItems().stream().filter(x -> Objects.equals(x.folder(), t.folder())).findFirst().orElse(null);
        if (existing == null) {
            target.getItems().add(t);
            existing = t;
        }
        target.setValue(existing);
    }

    /** What the right side shows; never null (the open scenario when nothing was chosen). */
    public Target target() {
        Target t = target.getValue();
        return t == null ? new Target("", null) : t;
    }

    public ComboBox<Target> targetBox() {
        return target;
    }

    /** Says what is left and what is right. */
    public void setSides(String text) {
        sides.setText(text);
    }

    public Horizon leftHorizon() {
        return leftHorizon.getValue();
    }

    public Horizon rightHorizon() {
        return rightHorizon.getValue();
    }

    public ComboBox<Horizon> leftHorizonBox() {
        return leftHorizon;
    }

    public ComboBox<Horizon> rightHorizonBox() {
        return rightHorizon;
    }

    public void setStarted(boolean on) {
        start.setSelected(on);
    }

    public boolean isStarted() {
        return start.isSelected();
    }

    /** Empties the lists while a comparison is computed. */
    public void showBusy() {
        features.getItems().clear();
        schuurpunten.getItems().clear();
        featureSummary.setText(Messages.get("compare.busy"));
        schuurpuntSummary.setText("");
    }

    /** Shows a comparison that failed. */
    public void showFailed(String reason) {
        showBusy();
        featureSummary.setText(Messages.get("compare.failed", reason));
    }

    /** Lists the differences between left and right; {@code themes} names a thema as the scenario does. */
    public void showDifferences(ScenarioDiff d, Function<Theme, String> themes) {
        features.getItems().setAll(d.features().stream().map(c -> new Entry(DiffWording.line(c, themes), where(c),
                c.kind() == ScenarioDiff.Kind.REMOVED ? Tone.BETTER : Tone.NEUTRAL)).toList());
        featureSummary.setText(Messages.get("compare.features.summary", d.changes(ScenarioDiff.Kind.ADDED).size(),
                d.changes(ScenarioDiff.Kind.REMOVED).size(), d.changes(ScenarioDiff.Kind.CHANGED).size()));
        List<Entry> sp = new java.util.ArrayList<>();
        d.gained().forEach(s -> sp.add(new Entry(DiffWording.gained(s), where(s), Tone.WORSE)));
        d.resolved().forEach(s -> sp.add(new Entry(DiffWording.resolved(s), where(s), Tone.BETTER)));
        schuurpunten.getItems().setAll(sp);
        schuurpuntSummary.setText(DiffWording.schuurpuntSummary(d.gained(), d.resolved()));
    }

    private static Envelope where(FeatureChange c) {
        Envelope e = new Envelope(c.feature().geometry().getEnvelopeInternal());
        if (c.before() != null && c.after() != null) {
            e.expandToInclude(c.before().geometry().getEnvelopeInternal());
        }
        return e;
    }

    private static Envelope where(Schuurpunt s) {
        return s.overlap().getEnvelopeInternal();
    }

    /** The lines about features. */
    public ListView<Entry> features() {
        return features;
    }

    /** The lines about schuurpunten. */
    public ListView<Entry> schuurpunten() {
        return schuurpunten;
    }

    /** All lines, features first (for tests and screen readers). */
    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>();
        features.getItems().forEach(e -> out.add(e.text()));
        schuurpunten.getItems().forEach(e -> out.add(e.text()));
        return out;
    }

    private static ListView<Entry> list(String id, String placeholder) {
        ListView<Entry> l = new ListView<>();
        l.setId(id);
        Label p = new Label(Messages.get(placeholder));
        p.setWrapText(true);
        l.setPlaceholder(p);
        l.setTooltip(new Tooltip(Messages.get("compare.select.tooltip")));
        l.setPrefHeight(170);
        l.setMinHeight(120);
        VBox.setVgrow(l, Priority.ALWAYS);
        l.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("diff-worse", "diff-better");
                if (empty || e == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(e.text());
                    setWrapText(true);
                    setPrefWidth(0);
                    setTooltip(new Tooltip(e.text()));
                    if (e.tone() == Tone.WORSE) {
                        getStyleClass().add("diff-worse");
                    } else if (e.tone() == Tone.BETTER) {
                        getStyleClass().add("diff-better");
                    }
                }
            }
        });
        return l;
    }

    private static ComboBox<Horizon> horizons(String id) {
        ComboBox<Horizon> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(Horizon.values());
        c.setConverter(FxSupport.displayOnly(h -> Integer.toString(h.year())));
        return c;
    }
}

package nl.ruimteverkenner.ui.schuurpunten;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.analysis.FrictionMatrix;
import nl.ruimteverkenner.analysis.HorizonComparison;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.Problem;
import nl.ruimteverkenner.io.SchuurpuntKeuzeStore;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SchuurpuntKeuze;
import nl.ruimteverkenner.model.Theme;

/**
 * The schuurpunten of the open scenario: computed for every horizon in the background when a scenario
 * is shown, then filtered by relation, theme pair (from the frictiematrix) and text for the current
 * horizon. Holds no nodes. FX thread only, except the background computation.
 */
public final class SchuurpuntenViewModel {
    /** Status of a schuurpunt compared with the previous horizon. */
    public enum Trend { NIEUW, BLIJFT, EERSTE }

    private final AnalysisSession analysis;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<Schuurpunt> current = FXCollections.observableArrayList();
    private final FilteredList<Schuurpunt> shown = new FilteredList<>(current, s -> true);
    private final ObjectProperty<Optional<Relation>> relation = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<Theme[]>> themePair = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Schuurpunt> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Basis> weakestBasis = new SimpleObjectProperty<>(Basis.AANNAME);
    private final BooleanProperty overlayVisible = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(1);
    private final ObjectProperty<FrictionMatrix> matrix = new SimpleObjectProperty<>(FrictionMatrix.of(List.of()));
    private Map<Horizon, List<Schuurpunt>> perHorizon = new EnumMap<>(Horizon.class);
    private final ObservableMap<String, SchuurpuntKeuze> keuzes = FXCollections.observableHashMap();
    private SchuurpuntKeuzeStore store;
    private List<Problem> storeProblems = new ArrayList<>();
    private Horizon horizon = Horizon.H2030;
    private Scenario scenario;

    /**
     * @param analysis   the shared analysis engine of the open scenario
     * @param background where the analysis and file work run
     * @param ui         where results are applied: the FX thread in the app; tests pass a direct executor
     */
    public SchuurpuntenViewModel(AnalysisSession analysis, Executor background, Executor ui) {
        this.analysis = analysis;
        this.background = background;
        this.ui = ui;
        relation.addListener(o -> refilter());
        themePair.addListener(o -> refilter());
        text.addListener(o -> refilter());
        weakestBasis.addListener(o -> showHorizon(horizon));
    }

    /** Analyses a scenario for all its horizons; results appear when done. */
    public CompletableFuture<Void> setScenario(Scenario s, Horizon h) {
        // an edit of the same scenario keeps showing the last results until the new ones are in (no flicker)
        boolean edit = s != null && scenario != null && s.id().equals(scenario.id()) && !s.rules().isEmpty();
        this.scenario = s;
        this.horizon = h;
        selected.set(null);
        if (!edit) {
            current.clear();
            perHorizon = new EnumMap<>(Horizon.class);
            matrix.set(FrictionMatrix.of(List.of()));
        }
        if (s == null || s.rules().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        progress.set(-1);
        // whole per cents only, so a large scenario does not flood the UI thread
        int[] shown = {-1};
        return CompletableFuture.supplyAsync(() -> HorizonComparison.perHorizon(analysis.engine(s), s.horizons(), f -> {
            int percent = (int) Math.floor(f * 100);
            if (percent != shown[0]) {
                shown[0] = percent;
                ui.execute(() -> {
                    if (scenario == s && busy.get()) {
                        progress.set(percent / 100.0);
                    }
                });
            }
        }), background)
                .thenAcceptAsync(result -> {
                    if (scenario == s) {
                        perHorizon = new EnumMap<>(result);
                        busy.set(false);
                        progress.set(1);
                        showHorizon(horizon);
                    }
                }, ui);
    }


    /**
     * Uses the recorded choices in {@code store} (the open scenario's folder), read in the background;
     * problems go to {@code problems} (on the UI executor). Null forgets the choices.
     */
    public CompletableFuture<Void> useStore(SchuurpuntKeuzeStore store, List<Problem> problems) {
        this.store = store;
        this.storeProblems = problems;
        keuzes.clear();
        if (store == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> {
            List<Problem> found = new ArrayList<>();
            return Map.entry(store.load(found), found);
        }, background).thenAcceptAsync(r -> {
            if (this.store == store) {
                keuzes.putAll(r.getKey());
                problems.addAll(r.getValue());
            }
        }, ui);
    }

    /** The recorded choices by schuurpunt key. */
    public ObservableMap<String, SchuurpuntKeuze> keuzes() {
        return keuzes;
    }

    /**
     * Records (or with a blank keuze, removes) the choice for a schuurpunt and saves in the background. Completes
     * (on the UI executor) with where a damaged file was kept before it was written over, if it was; that is then
     * also reported as a problem.
     */
    public CompletableFuture<Optional<Path>> record(SchuurpuntKeuze keuze) {
        if (keuze.isBlank()) {
            keuzes.remove(keuze.schuurpunt());
        } else {
            keuzes.put(keuze.schuurpunt(), keuze);
        }
        if (store == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Map<String, SchuurpuntKeuze> snapshot = new LinkedHashMap<>(keuzes);
        SchuurpuntKeuzeStore target = store;
        List<Problem> problems = storeProblems;
        return CompletableFuture.supplyAsync(() -> {
            try {
                return target.save(snapshot);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).thenApplyAsync(kept -> {
            kept.ifPresent(k -> problems.add(new Problem(Problem.Severity.WARNING, SchuurpuntKeuzeStore.FILE, "",
                    Messages.get("keuzestore.kept", k.getFileName()))));
            return kept;
        }, ui);
    }

    /** Shows the schuurpunten of another horizon. */
    public void showHorizon(Horizon h) {
        this.horizon = h;
        Schuurpunt sel = selected.get();
        Basis weakest = weakestBasis.get() == null ? Basis.AANNAME : weakestBasis.get();
        List<Schuurpunt> list = perHorizon.getOrDefault(h, List.of()).stream()
                .filter(s -> s.basis().compareTo(weakest) <= 0).toList();
        current.setAll(list);
        matrix.set(FrictionMatrix.of(list));
        if (sel != null) {
            selected.set(list.stream().filter(s -> s.key().equals(sel.key())).findFirst().orElse(null));
        }
    }

    /**
     * The weakest basis counted: {@code AANNAME} counts everything, {@code SCHEMATISCH} leaves out the
     * schuurpunten that rest on an assumption, {@code OFFICIEEL} keeps only those on official data. The list,
     * the frictiematrix and the totals follow it.
     */
    public ObjectProperty<Basis> weakestBasisProperty() {
        return weakestBasis;
    }

    /** Hectares of conflict at the shown horizon that rest on an assumption (whatever the basis filter). */
    public double conflictHaOnAanname() {
        return perHorizon.getOrDefault(horizon, List.of()).stream()
                .filter(s -> s.basis() == Basis.AANNAME && s.rule().relation() == Relation.CONFLICT)
                .mapToDouble(Schuurpunt::areaHa).sum();
    }

    public Horizon horizon() {
        return horizon;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** How a schuurpunt at the current horizon relates to the previous horizon of the scenario. */
    public Trend trend(Schuurpunt s) {
        int i = scenario == null ? -1 : scenario.horizons().indexOf(horizon);
        if (i <= 0) {
            return Trend.EERSTE;
        }
        List<Schuurpunt> before = perHorizon.getOrDefault(scenario.horizons().get(i - 1), List.of());
        return before.stream().anyMatch(b -> b.key().equals(s.key())) ? Trend.BLIJFT : Trend.NIEUW;
    }

    /** Schuurpunten of the previous horizon that are gone now. */
    public List<Schuurpunt> disappeared() {
        int i = scenario == null ? -1 : scenario.horizons().indexOf(horizon);
        if (i <= 0) {
            return List.of();
        }
        Horizon prev = scenario.horizons().get(i - 1);
        return HorizonComparison.of(prev, perHorizon.getOrDefault(prev, List.of()), horizon, current).disappearing();
    }

    /** The previous horizon, if any. */
    public Optional<Horizon> previousHorizon() {
        int i = scenario == null ? -1 : scenario.horizons().indexOf(horizon);
        return i <= 0 ? Optional.empty() : Optional.of(scenario.horizons().get(i - 1));
    }

    private void refilter() {
        String needle = text.get() == null ? "" : text.get().toLowerCase(Locale.ROOT).strip();
        // a ComboBox writes null when its items are replaced: null means "all"
        Optional<Relation> rel = relation.get() == null ? Optional.empty() : relation.get();
        Optional<Theme[]> pair = themePair.get() == null ? Optional.empty() : themePair.get();
        shown.setPredicate(s -> rel.map(r -> r == s.rule().relation()).orElse(true)
                && pair.map(p -> FrictionMatrix.between(s, p[0], p[1])).orElse(true)
                && (needle.isEmpty() || (s.rule().title() + " " + s.a().label() + " " + s.b().label() + " "
                        + String.join(" ", s.places())).toLowerCase(Locale.ROOT).contains(needle)));
    }

    public ObservableList<Schuurpunt> all() {
        return current;
    }

    public ObservableList<Schuurpunt> shown() {
        return shown;
    }

    public ObjectProperty<Optional<Relation>> relationProperty() {
        return relation;
    }

    public ObjectProperty<Optional<Theme[]>> themePairProperty() {
        return themePair;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Schuurpunt> selectedProperty() {
        return selected;
    }

    public BooleanProperty overlayVisibleProperty() {
        return overlayVisible;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * How far the computation is, 0 to 1 in whole per cents ({@code -1} until the first rule is done, as a
     * progress indicator shows an indeterminate state); 1 when nothing is being computed.
     */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObjectProperty<FrictionMatrix> matrixProperty() {
        return matrix;
    }
}

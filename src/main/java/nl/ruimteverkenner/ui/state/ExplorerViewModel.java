package nl.ruimteverkenner.ui.state;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.Problem;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.report.ReportBuilder;
import nl.ruimteverkenner.settings.Settings;

/**
 * State of the explorer screen: the scenario, the horizon, which groups and layers are on and how
 * opaque, and the selected feature. Holds no nodes, so it is testable without a screen. FX thread only.
 */
public final class ExplorerViewModel {
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Horizon> horizon = new SimpleObjectProperty<>(Horizon.H2030);
    private final ObjectProperty<Feature> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Keuze> selectedKeuze = new SimpleObjectProperty<>();
    private final ObjectProperty<Schuurpunt> selectedSchuurpunt = new SimpleObjectProperty<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final Map<String, Switch> layers = new LinkedHashMap<>();
    private final Map<Theme, Switch> groups = new LinkedHashMap<>();
    /** The switches of layers and groups an edit took away, so that undoing the edit brings them back as they were. */
    private final Map<String, Switch> retiredLayers = new LinkedHashMap<>();
    private final Map<Theme, Switch> retiredGroups = new LinkedHashMap<>();

    /** A visibility switch and opacity slider for a layer or a group. */
    public static final class Switch {
        private final BooleanProperty visible = new SimpleBooleanProperty(true);
        private final DoubleProperty opacity = new SimpleDoubleProperty(1.0);

        public BooleanProperty visibleProperty() {
            return visible;
        }

        public DoubleProperty opacityProperty() {
            return opacity;
        }
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario getScenario() {
        return scenario.get();
    }

    /**
     * The folder the open scenario belongs to: where its recorded choices are kept and beside which variants
     * are saved (for recovered work, the original scenario's folder). Set before the scenario is shown.
     */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObjectProperty<Horizon> horizonProperty() {
        return horizon;
    }

    public ObjectProperty<Feature> selectedProperty() {
        return selected;
    }

    /** The keuze chosen in the keuzeregister; selecting one clears the feature selection and vice versa. */
    public ObjectProperty<Keuze> selectedKeuzeProperty() {
        return selectedKeuze;
    }

    /** The schuurpunt chosen in the schuurpunten table. */
    public ObjectProperty<Schuurpunt> selectedSchuurpuntProperty() {
        return selectedSchuurpunt;
    }

    {
        selected.addListener((o, a, f) -> {
            if (f != null) {
                selectedKeuze.set(null);
                selectedSchuurpunt.set(null);
            }
        });
        selectedKeuze.addListener((o, a, k) -> {
            if (k != null) {
                selected.set(null);
                selectedSchuurpunt.set(null);
            }
        });
        selectedSchuurpunt.addListener((o, a, sp) -> {
            if (sp != null) {
                selected.set(null);
                selectedKeuze.set(null);
            }
        });
    }

    /** Clears every selection. */
    public void clearSelection() {
        selected.set(null);
        selectedKeuze.set(null);
        selectedSchuurpunt.set(null);
    }

    /** The features to highlight: the selected feature, or those of the selected keuze. */
    public List<Feature> highlighted() {
        Scenario s = scenario.get();
        if (selected.get() != null) {
            return List.of(selected.get());
        }
        if (selectedSchuurpunt.get() != null) {
            return List.of(selectedSchuurpunt.get().a(), selectedSchuurpunt.get().b());
        }
        if (selectedKeuze.get() != null && s != null) {
            return selectedKeuze.get().featureIds().stream().map(s::feature).flatMap(Optional::stream).toList();
        }
        return List.of();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Shows a loaded scenario; layer and group switches start from their defaults or the settings. */
    public void show(ScenarioLoad load, Settings settings) {
        clearSelection();
        problems.setAll(load.problems());
        layers.clear();
        groups.clear();
        retiredLayers.clear();
        retiredGroups.clear();
        Scenario s = load.scenario().orElse(null);
        if (s != null) {
            for (LayerGroup g : s.groups()) {
                Switch sw = new Switch();
                String key = groupKey(g.theme());
                sw.visible.set(settings.visible.getOrDefault(key, true));
                sw.opacity.set(clamp(settings.opacity.getOrDefault(key, 1.0)));
                groups.put(g.theme(), sw);
            }
            for (Layer l : s.layers()) {
                Switch sw = new Switch();
                sw.visible.set(settings.visible.getOrDefault(l.id(), l.visibleByDefault()));
                sw.opacity.set(clamp(settings.opacity.getOrDefault(l.id(), 1.0)));
                layers.put(l.id(), sw);
            }
            Horizon h = Horizon.fromYear(settings.horizon).filter(s.horizons()::contains).orElse(s.horizons().get(0));
            horizon.set(h);
        }
        scenario.set(s);
    }

    /**
     * Shows an edited version of the open scenario: switches and horizon stay as they are, new layers
     * start switched on, a layer that an edit removed comes back (undo) switched as it was, and a selection
     * that no longer exists is cleared.
     */
    public void replace(Scenario edited) {
        Map<String, Switch> oldLayers = new LinkedHashMap<>(layers);
        Map<Theme, Switch> oldGroups = new LinkedHashMap<>(groups);
        layers.clear();
        groups.clear();
        for (LayerGroup g : edited.groups()) {
            Switch old = oldGroups.containsKey(g.theme()) ? oldGroups.get(g.theme()) : retiredGroups.remove(g.theme());
            groups.put(g.theme(), copyOf(old));
        }
        for (Layer l : edited.layers()) {
            Switch old = oldLayers.containsKey(l.id()) ? oldLayers.get(l.id()) : retiredLayers.remove(l.id());
            layers.put(l.id(), copyOf(old));
        }
        oldGroups.forEach((t, sw) -> {
            if (!groups.containsKey(t)) {
                retiredGroups.put(t, sw);
            }
        });
        oldLayers.forEach((id, sw) -> {
            if (!layers.containsKey(id)) {
                retiredLayers.put(id, sw);
            }
        });
        Feature sel = selected.get();
        if (sel != null) {
            selected.set(edited.feature(sel.id()).orElse(null));
        }
        selectedSchuurpunt.set(null);
        scenario.set(edited);
    }

    /** A new switch set as {@code old} (switched on and opaque when there is none). */
    private static Switch copyOf(Switch old) {
        Switch sw = new Switch();
        sw.visible.set(old == null || old.visible.get());
        sw.opacity.set(old == null ? 1.0 : old.opacity.get());
        return sw;
    }

    /** Writes the switches and horizon into {@code settings}. */
    public void storeInto(Settings settings) {
        settings.horizon = horizon.get().year();
        groups.forEach((t, sw) -> {
            settings.visible.put(groupKey(t), sw.visible.get());
            settings.opacity.put(groupKey(t), sw.opacity.get());
        });
        layers.forEach((id, sw) -> {
            settings.visible.put(id, sw.visible.get());
            settings.opacity.put(id, sw.opacity.get());
        });
    }

    private static String groupKey(Theme t) {
        return "group:" + t.id();
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 1.0 : Math.max(0.0, Math.min(1.0, v));
    }

    public Switch layerSwitch(String layerId) {
        return Optional.ofNullable(layers.get(layerId)).orElseThrow(() -> new IllegalArgumentException(layerId));
    }

    public Switch groupSwitch(Theme theme) {
        return Optional.ofNullable(groups.get(theme)).orElseThrow(() -> new IllegalArgumentException(theme.id()));
    }

    /** A layer is on the map when both it and its group are switched on. */
    public boolean isLayerShown(Layer layer) {
        Switch g = groups.get(layer.theme());
        Switch l = layers.get(layer.id());
        return l != null && l.visible.get() && (g == null || g.visible.get());
    }

    /** Effective opacity: layer opacity times group opacity. */
    public double layerOpacity(Layer layer) {
        Switch g = groups.get(layer.theme());
        Switch l = layers.get(layer.id());
        return (l == null ? 1 : l.opacity.get()) * (g == null ? 1 : g.opacity.get());
    }

    /** Whether a feature is on the map: its layer is shown and it is in force at the horizon. */
    public boolean isShown(Feature f) {
        Scenario s = scenario.get();
        return s != null && s.layer(f.layerId()).map(this::isLayerShown).orElse(false) && f.isInForceAt(horizon.get());
    }

    /** The layers currently on the map with at least one feature in force, for the legend. */
    public List<Layer> shownLayers() {
        Scenario s = scenario.get();
        if (s == null) {
            return List.of();
        }
        List<Layer> out = new ArrayList<>();
        for (Layer l : s.layers()) {
            if (isLayerShown(l) && l.features().stream().anyMatch(f -> f.isInForceAt(horizon.get()))) {
                out.add(l);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The label of a theme as the scenario names it. */
    public String themeLabel(Theme t) {
        Scenario s = scenario.get();
        if (s != null) {
            for (LayerGroup g : s.groups()) {
                if (g.theme() == t) {
                    return g.label();
                }
            }
        }
        return t.id();
    }

    /** Everything the info panel shows about a feature, as Dutch text. */
    public FeatureInfo info(Feature f) {
        Scenario s = scenario.get();
        List<String> sources = f.sources().stream().map(this::citation).toList();
        String horizonText = f.until().isPresent()
                ? Messages.get("info.horizon.range", f.horizon().year(), f.until().get().year())
                : Messages.get("info.horizon.from", f.horizon().year());
        String layerLabel = s == null ? f.layerId() : s.layer(f.layerId()).map(Layer::label).orElse(f.layerId());
        List<Keuze> keuzes = s == null ? List.of() : s.keuzesFor(f.id());
        return new FeatureInfo(f.label(), themeLabel(f.theme()), layerLabel, horizonText, categoryLabel(f.category()),
                f.description(), sources,
                Messages.get("basis." + f.basis().id() + ".long"),
                keuzes);
    }

    /** Everything the info panel shows about a keuze. */
    public KeuzeInfo info(Keuze k) {
        Scenario s = scenario.get();
        String source = citation(k.source());
        List<Feature> features = s == null ? List.of()
                : k.featureIds().stream().map(s::feature).flatMap(Optional::stream).toList();
        return new KeuzeInfo(k.title(), themeLabel(k.theme()), categoryLabel(k.category()),
                Messages.get("info.horizon.keuze", k.horizon().year()), k.summary(), source, features);
    }

    /** A citation as Dutch text with the document's title. */
    public String citation(Citation c) {
        return ReportBuilder.citation(scenario.get(), c);
    }

    /** The Dutch label of a keuze category. */
    public static String categoryLabel(KeuzeCategorie c) {
        return Messages.get("category." + c.id());
    }

    /** Text for the info panel. */
    public record FeatureInfo(String title, String theme, String layer, String horizon, String category,
                              String description, List<String> sources, String schematic, List<Keuze> keuzes) {
    }

    /** Text for the info panel about a keuze, with the features it concerns. */
    public record KeuzeInfo(String title, String theme, String category, String horizon, String summary,
                            String source, List<Feature> features) {
    }
}

package nl.ruimteverkenner.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.Theme;

/**
 * Pure functions that change one layer of a scenario as a whole: its label, its group (thema) and colour, or
 * its removal. Each returns a scenario that {@code ScenarioWriter} saves and {@code ScenarioReader} reads back
 * without problems: a moved layer takes its features along to the new thema (features that carried another
 * thema than their layer keep it), and a removed layer leaves no reference behind in keuzes, rules or
 * {@code sameAs}. Wrap them in a {@link ChangeCommand} to make them undoable.
 */
public final class LayerEdits {
    private LayerEdits() {
    }

    /**
     * What the properties dialog changes: label, group and colour ({@code #rrggbb}); opacity, line width and
     * point symbol stay.
     */
    public record Properties(String label, Theme theme, String color) {
        public Properties {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(theme, "theme");
            Objects.requireNonNull(color, "color");
            if (label.isBlank()) {
                throw new IllegalArgumentException("a layer needs a label");
            }
        }

        /** The properties of {@code l} as they are. */
        public static Properties of(Layer l) {
            return new Properties(l.label(), l.theme(), l.style().color());
        }
    }

    /**
     * The scenario with layer {@code layerId} renamed, moved to another group and recoloured as {@code p} says.
     * The layer keeps its place in the drawing order; a group that the scenario does not have yet is added
     * (labelled {@code groupLabel}).
     *
     * @throws IllegalArgumentException when there is no such layer or the move is refused (see {@link #moveConflict})
     */
    public static Scenario withProperties(Scenario s, String layerId, Properties p, String groupLabel) {
        Layer old = s.layer(layerId).orElseThrow(() -> new IllegalArgumentException("no layer " + layerId));
        moveConflict(s, layerId, p.theme()).ifPresent(r -> {
            throw new IllegalArgumentException("rule " + r.id() + " needs 'sturend' when " + layerId + " is water en bodem");
        });
        LayerStyle st = old.style();
        LayerStyle style = new LayerStyle(p.color(), st.opacity(), st.strokeWidth(), st.symbol());
        List<Feature> features = p.theme() == old.theme() ? old.features()
                : old.features().stream().map(f -> f.theme() == old.theme() ? f.toBuilder().theme(p.theme()).build() : f).toList();
        Layer changed = new Layer(old.id(), p.theme(), p.label().strip(), old.description(), old.visibleByDefault(), style, features);
        List<Layer> layers = s.layers().stream().map(l -> l.id().equals(layerId) ? changed : l).toList();
        List<LayerGroup> groups = new ArrayList<>(s.groups());
        if (groups.stream().noneMatch(g -> g.theme() == p.theme())) {
            groups.add(new LayerGroup(p.theme(), groupLabel == null || groupLabel.isBlank() ? p.theme().id() : groupLabel, ""));
        }
        return s.toBuilder().groups(groups).layers(layers).build();
    }

    /**
     * A rule that forbids moving layer {@code layerId} to {@code target}: one that would then concern water en
     * bodem without saying which side steers ({@code sturend}), which a scenario file may not contain.
     */
    public static Optional<Rule> moveConflict(Scenario s, String layerId, Theme target) {
        Layer layer = s.layer(layerId).orElseThrow(() -> new IllegalArgumentException("no layer " + layerId));
        if (target != Theme.WATER_EN_BODEM || layer.theme() == Theme.WATER_EN_BODEM) {
            return Optional.empty();
        }
        for (Rule r : s.rules()) {
            if (r.sturend().isPresent()) {
                continue;
            }
            boolean touches = layer.features().stream().filter(f -> f.theme() == layer.theme())
                    .anyMatch(f -> r.a().matches(f) || r.b().matches(f));
            if (touches) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The scenario without layer {@code layerId} and its features: keuzes no longer list them, rules no longer
     * name the layer or its features, and features elsewhere that shared a place with one of them
     * ({@code sameAs}) keep their own geometry without the reference. A group left empty stays (it may get
     * layers again).
     *
     * @throws IllegalArgumentException when there is no such layer
     */
    public static Scenario withoutLayer(Scenario s, String layerId) {
        Layer gone = s.layer(layerId).orElseThrow(() -> new IllegalArgumentException("no layer " + layerId));
        Set<String> ids = gone.features().stream().map(Feature::id).collect(Collectors.toSet());
        List<Layer> layers = s.layers().stream().filter(l -> !l.id().equals(layerId)).toList();
        return withoutReferences(s.toBuilder().layers(layers).build(), layerId, ids);
    }

    /**
     * The scenario with no reference left to the features {@code ids} (already taken out of its layers) or to layer
     * {@code layerId} (null for none): keuzes no longer list them, rules no longer name them (a rule whose side
     * named only them is dropped, as it matches nothing any more), and features that shared a place with one of
     * them ({@code sameAs}) keep their own geometry without the reference. Without this a saved variant would
     * name features it no longer has, and would not read back.
     */
    static Scenario withoutReferences(Scenario s, String layerId, Set<String> ids) {
        List<Layer> layers = new ArrayList<>();
        for (Layer l : s.layers()) {
            boolean refers = l.features().stream().anyMatch(f -> f.sameAs().filter(ids::contains).isPresent());
            layers.add(!refers ? l : l.withFeatures(l.features().stream().map(f -> f.sameAs().filter(ids::contains).isPresent()
                    ? f.toBuilder().sameAs(null).build() : f).toList()));
        }
        List<Keuze> keuzes = s.keuzes().stream()
                .map(k -> k.featureIds().stream().anyMatch(ids::contains)
                        ? k.withFeatureIds(k.featureIds().stream().filter(x -> !ids.contains(x)).toList()) : k)
                .toList();
        List<Rule> rules = new ArrayList<>();
        for (Rule r : s.rules()) {
            Selector a = without(r.a(), layerId, ids);
            Selector b = without(r.b(), layerId, ids);
            if (a.isEmpty() || b.isEmpty()) {
                continue; // a side that named only what is removed matches nothing any more
            }
            rules.add(a == r.a() && b == r.b() ? r
                    : new Rule(r.id(), r.relation(), r.title(), a, b, r.bufferMeters(), r.sturend(), r.explanation(),
                    r.choice(), r.source()));
        }
        return s.toBuilder().layers(layers).keuzes(keuzes).rules(rules).build();
    }

    private static Selector without(Selector sel, String layerId, Set<String> featureIds) {
        if ((layerId == null || !sel.layers().contains(layerId)) && sel.features().stream().noneMatch(featureIds::contains)) {
            return sel;
        }
        Set<String> layers = new LinkedHashSet<>(sel.layers());
        layers.remove(layerId);
        Set<String> features = new LinkedHashSet<>(sel.features());
        features.removeAll(featureIds);
        return new Selector(layers, sel.tags(), sel.themes(), features, sel.exceptTags());
    }
}

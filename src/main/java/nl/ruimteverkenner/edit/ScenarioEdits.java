package nl.ruimteverkenner.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SourceDocument;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.model.VariantInfo;
import org.locationtech.jts.geom.Geometry;

/**
 * Pure functions that derive a changed scenario: sketches live in one layer per thema
 * ({@code schets-<thema>}), styled like the thema's first layer, and cite the workshop as source.
 */
public final class ScenarioEdits {
    /** The source document sketches cite. */
    public static final String WORKSHOP_SOURCE = "WP";

    private ScenarioEdits() {
    }

    public static String sketchLayerId(Theme t) {
        return "schets-" + t.id();
    }

    /** The scenario with {@code f} added to the sketch layer of its thema (created when needed). */
    public static Scenario withFeature(Scenario s, Feature f, String layerLabel) {
        String layerId = sketchLayerId(f.theme());
        List<Layer> layers = new ArrayList<>();
        boolean added = false;
        for (Layer l : s.layers()) {
            if (l.id().equals(layerId)) {
                List<Feature> fs = new ArrayList<>(l.features());
                fs.add(f);
                layers.add(l.withFeatures(fs));
                added = true;
            } else {
                layers.add(l);
            }
        }
        if (!added) {
            LayerStyle style = s.layersOf(f.theme()).stream().findFirst().map(Layer::style)
                    .orElse(new LayerStyle("#7a4fa3", 0.5, 2, LayerStyle.PointSymbol.CIRCLE));
            layers.add(new Layer(layerId, f.theme(), layerLabel, "", true,
                    new LayerStyle(style.color(), Math.max(0.45, style.opacity()), Math.max(2, style.strokeWidth()), style.symbol()),
                    List.of(f)));
        }
        List<SourceDocument> sources = withWorkshopSource(s.sources());
        List<LayerGroup> groups = new ArrayList<>(s.groups());
        if (groups.stream().noneMatch(g -> g.theme() == f.theme())) {
            groups.add(new LayerGroup(f.theme(), f.theme().id(), ""));
        }
        return s.toBuilder().sources(sources).groups(groups).layers(layers).build();
    }

    private static List<SourceDocument> withWorkshopSource(List<SourceDocument> existing) {
        List<SourceDocument> sources = new ArrayList<>(existing);
        if (sources.stream().noneMatch(d -> d.id().equals(WORKSHOP_SOURCE))) {
            sources.add(new SourceDocument(WORKSHOP_SOURCE, Messages.get("workshop.source.title"), "Ruimteverkenner", "", 1, ""));
        }
        return sources;
    }

    /**
     * The scenario with the geometry of feature {@code featureId} replaced (WGS84). A feature from the source
     * documents that is reshaped in the workshop also cites the workshop, so its shape is no longer taken for
     * the document's; the layer and every other feature stay as they are.
     */
    public static Scenario withGeometry(Scenario s, String featureId, Geometry geometry) {
        List<Layer> layers = new ArrayList<>();
        boolean found = false;
        for (Layer l : s.layers()) {
            List<Feature> fs = new ArrayList<>(l.features());
            for (int i = 0; i < fs.size(); i++) {
                Feature f = fs.get(i);
                if (f.id().equals(featureId)) {
                    List<Citation> cites = new ArrayList<>(f.sources());
                    if (cites.stream().noneMatch(c -> c.document().equals(WORKSHOP_SOURCE))) {
                        cites.add(new Citation(WORKSHOP_SOURCE, 1, Messages.get("workshop.source.reshaped")));
                    }
                    fs.set(i, f.withGeometry(geometry, cites));
                    found = true;
                }
            }
            layers.add(found && fs.stream().anyMatch(f -> f.id().equals(featureId))
                    ? l.withFeatures(fs) : l);
        }
        if (!found) {
            throw new IllegalArgumentException("no feature " + featureId);
        }
        return s.toBuilder().sources(withWorkshopSource(s.sources())).layers(layers).build();
    }

    /** The scenario without feature {@code featureId}; an emptied sketch layer is removed. */
    public static Scenario withoutFeature(Scenario s, String featureId) {
        List<Layer> layers = new ArrayList<>();
        for (Layer l : s.layers()) {
            List<Feature> fs = l.features().stream().filter(f -> !f.id().equals(featureId)).toList();
            if (fs.isEmpty() && l.id().startsWith("schets-")) {
                continue;
            }
            layers.add(fs.size() == l.features().size() ? l
                    : l.withFeatures(fs));
        }
        // keuzes, rules and shared places no longer name it, so the variant reads back
        return LayerEdits.withoutReferences(s.toBuilder().layers(layers).build(), null, Set.of(featureId));
    }

    /**
     * The scenario with an imported layer added on top: its group is added when the scenario has none for the
     * layer's theme, its source document when no document has that id.
     */
    public static Scenario withLayer(Scenario s, Layer layer, LayerGroup group, SourceDocument source) {
        if (s.layer(layer.id()).isPresent()) {
            throw new IllegalArgumentException("layer exists: " + layer.id());
        }
        if (group.theme() != layer.theme()) {
            throw new IllegalArgumentException("group " + group.theme() + " is not the layer's " + layer.theme());
        }
        List<Layer> layers = new ArrayList<>(s.layers());
        layers.add(layer);
        List<LayerGroup> groups = new ArrayList<>(s.groups());
        if (groups.stream().noneMatch(g -> g.theme() == layer.theme())) {
            groups.add(group);
        }
        List<SourceDocument> sources = new ArrayList<>(s.sources());
        if (sources.stream().noneMatch(d -> d.id().equals(source.id()))) {
            sources.add(source);
        }
        return s.toBuilder().sources(sources).groups(groups).layers(layers).build();
    }

    /** The same scenario under a new id and name, as a variant of {@code s} by {@code author} at {@code date}. */
    public static Scenario asVariant(Scenario s, String id, String name, String author, String date) {
        String basedOn = s.variant().map(v -> v.basedOn()).orElse(s.id());
        return s.toBuilder().id(id).name(name).variant(new VariantInfo(basedOn, author, date)).build();
    }
}

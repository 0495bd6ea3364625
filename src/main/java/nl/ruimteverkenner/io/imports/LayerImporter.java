package nl.ruimteverkenner.io.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.GeometryRepair;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SourceDocument;
import nl.ruimteverkenner.model.Theme;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * Turns what was read from a file into a new layer of a scenario according to an {@link ImportSpec}: a layer id
 * and feature ids that are free in the scenario, each feature's label, horizon, category and tags from the spec
 * or its attributes, the geometry in WGS84 rounded as the scenario files store it (so a saved and reloaded layer
 * is identical), and a source document for the file that every feature cites. Pure: the scenario is not changed.
 */
public final class LayerImporter {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final String[] COLOURS = {"#e8590c", "#c2255c", "#5f3dc4", "#0b7285", "#2b8a3e", "#a61e4d"};
    /** Longest description made of a feature's attributes. */
    private static final int MAX_DESCRIPTION = 600;

    private LayerImporter() {
    }

    /**
     * The layer {@code data} becomes in {@code scenario} under {@code spec}.
     *
     * @throws ImportException when the spec names an attribute the file does not have
     * @throws CancellationException when {@code progress} says it is cancelled
     */
    public static ImportedLayer importLayer(Scenario scenario, SourceData data, ImportSpec spec, ImportProgress progress)
            throws ImportException {
        List<String> missing = spec.missingFields(data.attributes());
        if (!missing.isEmpty()) {
            throw new ImportException("import.missingField", data.describe(), missing.get(0),
                    String.join(", ", data.attributes()));
        }
        String layerId = freeLayerId(scenario, slug(spec.name()));
        String sourceId = "import-" + layerId;
        String fileName = data.describe();
        Citation cite = new Citation(sourceId, 1, spec.date().isEmpty() ? fileName : fileName + ", " + spec.date());
        List<String> warnings = new ArrayList<>(data.warnings());
        int badHorizon = 0;
        int badCategory = 0;
        int n = 0;
        List<Feature> features = new ArrayList<>(data.features().size());
        for (SourceFeature sf : data.features()) {
            n++;
            if (n % 1000 == 0) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                progress.progress(n, data.features().size());
            }
            Map<String, Object> a = sf.attributes();
            Horizon horizon = spec.horizon();
            if (spec.horizonField() != null) {
                Horizon h = horizonOf(a.get(spec.horizonField()));
                if (h == null) {
                    badHorizon++;
                } else {
                    horizon = h;
                }
            }
            KeuzeCategorie category = spec.category();
            if (spec.categoryField() != null) {
                KeuzeCategorie c = categoryOf(a.get(spec.categoryField()));
                if (c == null) {
                    badCategory++;
                } else {
                    category = c;
                }
            }
            Set<String> tags = new LinkedHashSet<>(spec.tags());
            if (spec.tagField() != null) {
                Object v = a.get(spec.tagField());
                String tag = v == null ? null : spec.tagMap().get(String.valueOf(v).strip());
                if (tag != null && !tag.isEmpty()) {
                    tags.add(tag);
                }
            }
            String label = spec.labelField() == null ? null : text(a.get(spec.labelField()));
            if (label == null || label.isBlank()) {
                label = spec.name() + " " + n;
            }
            features.add(Feature.builder(layerId + "-" + n, layerId, wgs84(sf.geometry())).label(label.strip())
                    .theme(spec.theme()).horizon(horizon).category(category).description(describe(a))
                    .sources(List.of(cite)).schematic(false).basis(spec.basis()).tags(tags).build());
        }
        if (badHorizon > 0) {
            warnings.add(Messages.get("import.warning.badHorizon", fileName, badHorizon, spec.horizonField(), spec.horizon().year()));
        }
        if (badCategory > 0) {
            warnings.add(Messages.get("import.warning.badCategory", fileName, badCategory, spec.categoryField(), spec.category().id()));
        }
        long imported = scenario.sources().stream().filter(d -> d.id().startsWith("import-")).count();
        String colour = COLOURS[(int) (imported % COLOURS.length)];
        String description = Messages.get("import.layer.description", fileName, data.format().label(), features.size(),
                spec.organisation().isEmpty() ? "-" : spec.organisation(), spec.date().isEmpty() ? "-" : spec.date(),
                spec.licence().isEmpty() ? "-" : spec.licence());
        Layer layer = new Layer(layerId, spec.theme(), spec.name().strip(), description, true,
                new LayerStyle(colour, 0.45, 2, LayerStyle.PointSymbol.CIRCLE), features);
        SourceDocument source = new SourceDocument(sourceId, fileName, spec.organisation(), spec.date(), 1, "");
        LayerGroup group = scenario.groups().stream().filter(g -> g.theme() == spec.theme()).findFirst()
                .orElseGet(() -> new LayerGroup(spec.theme(), groupLabel(spec.theme()), ""));
        return new ImportedLayer(layer, group, source, warnings);
    }

    /** The label of a new group for {@code theme}: "Eigen plannen" for own plans. */
    public static String groupLabel(Theme theme) {
        String key = "import.group." + theme.id();
        return Messages.has(key) ? Messages.get(key) : theme.id();
    }

    /** An id from a name: lower case, accents dropped, other characters as hyphens ("Woningbouw Nijmegen" → "woningbouw-nijmegen"). */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "import" : s;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... : an id no layer has and no feature id starts with. */
    static String freeLayerId(Scenario s, String base) {
        Set<String> layerIds = new HashSet<>();
        s.layers().forEach(l -> layerIds.add(l.id()));
        for (int i = 1; ; i++) {
            String id = i == 1 ? base : base + "-" + i;
            String prefix = id + "-";
            if (!layerIds.contains(id) && s.features().noneMatch(f -> f.id().startsWith(prefix) || f.id().equals(id))) {
                return id;
            }
        }
    }

    /** 2030 for years up to 2030, 2050 up to 2050, 2100 after; null when the value holds no year. */
    static Horizon horizonOf(Object v) {
        if (v == null) {
            return null;
        }
        int year;
        if (v instanceof Number num) {
            year = num.intValue();
        } else {
            Matcher m = YEAR.matcher(String.valueOf(v));
            if (!m.find()) {
                return null;
            }
            year = Integer.parseInt(m.group(1));
        }
        if (year < 1900 || year > 2200) {
            return null;
        }
        return year <= 2030 ? Horizon.H2030 : year <= 2050 ? Horizon.H2050 : Horizon.H2100;
    }

    /** A category from its id or the words used for it ("gemaakte keuze", "te maken", "agenderen", "bestaand"). */
    static KeuzeCategorie categoryOf(Object v) {
        if (v == null) {
            return null;
        }
        String s = Normalizer.normalize(String.valueOf(v), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip().replace('_', '-').replace(' ', '-');
        return KeuzeCategorie.fromId(s).filter(KeuzeCategorie::allowedForFeature).orElseGet(() -> {
            if (s.contains("agender")) {
                return KeuzeCategorie.TE_AGENDEREN;
            }
            if (s.contains("te-maken")) {
                return KeuzeCategorie.TE_MAKEN;
            }
            if (s.contains("gemaakt") || s.contains("vastgesteld")) {
                return KeuzeCategorie.GEMAAKT;
            }
            if (s.contains("bestaand")) {
                return KeuzeCategorie.BESTAAND;
            }
            return null;
        });
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(v);
    }

    /** The attributes as "NAAM: Waalfront; FUNCTIE: wonen", cut at {@value #MAX_DESCRIPTION} characters. */
    private static String describe(Map<String, Object> a) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object> e : a.entrySet()) {
            String v = text(e.getValue());
            if (v == null || v.isBlank()) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append(e.getKey()).append(": ").append(v.strip());
            if (b.length() > MAX_DESCRIPTION) {
                return b.substring(0, MAX_DESCRIPTION - 1) + "…";
            }
        }
        return b.toString();
    }

    /** RD New → WGS84, rounded to 1e-7 degrees as the layer files store coordinates; a polygon stays valid. */
    static Geometry wgs84(Geometry rd) {
        Geometry g = round(RdNew.toWgs84(rd));
        if (g instanceof Polygonal && !g.isValid()) {
            g = round(GeometryRepair.repair(g));
        }
        return g;
    }

    private static Geometry round(Geometry g) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, Math.round(seq.getX(i) * 1e7) / 1e7);
                seq.setOrdinate(i, 1, Math.round(seq.getY(i) * 1e7) / 1e7);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}

package nl.ruimteverkenner.io.postgis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.Theme;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Random scenarios in the middle of the Netherlands for comparing engines: polygons (convex and concave, some
 * self-intersecting so both engines must repair them), lines and points in five layers, horizons with and without an
 * end, features sharing a place ({@code sameAs}), and rules with buffers of 0, 250 and 1,000 m that select by layer,
 * tag, theme, feature id and excluded tag. The same seed gives the same scenario.
 */
public final class GeneratedScenarios {
    private static final Citation SRC = new Citation("NR", 1, "");
    private static final LayerStyle STYLE = new LayerStyle("#336699", 0.5, 1, LayerStyle.PointSymbol.CIRCLE);
    private static final GeometryFactory GF = new GeometryFactory();

    private GeneratedScenarios() {
    }

    /** About {@code n} features over an area that grows with n (so density stays alike). */
    public static Scenario generate(int n, long seed) {
        Random r = new Random(seed);
        double side = Math.min(170_000, 2_500 * Math.sqrt(n));
        double x0 = 150_000 - side / 2;
        double y0 = 460_000 - side / 2;
        String[] layers = {"wonen", "water", "natuur", "energie", "bedrijven"};
        Theme[] themes = {Theme.BEWEGING_3, Theme.WATER_EN_BODEM, Theme.BEWEGING_1, Theme.BEWEGING_2, Theme.BEWEGING_2};
        List<List<Feature>> perLayer = new ArrayList<>();
        for (int l = 0; l < layers.length; l++) {
            perLayer.add(new ArrayList<>());
        }
        Horizon[] hs = Horizon.values();
        for (int i = 0; i < n; i++) {
            int l = r.nextInt(layers.length);
            double cx = x0 + r.nextDouble() * side;
            double cy = y0 + r.nextDouble() * side;
            Geometry rd;
            double kind = r.nextDouble();
            if (l == 3 && kind < 0.45) {
                rd = line(r, cx, cy);
            } else if (l == 3 && kind < 0.7) {
                rd = GF.createPoint(new Coordinate(cx, cy));
            } else if (kind < 0.03) {
                rd = bowtie(r, cx, cy); // invalid: repaired by both engines
            } else {
                rd = polygon(r, cx, cy);
            }
            Horizon from = hs[r.nextInt(hs.length)];
            Horizon until = r.nextDouble() < 0.25 ? hs[from.ordinal() + r.nextInt(hs.length - from.ordinal())] : null;
            Set<String> tags = new HashSet<>();
            tags.add(layers[l]);
            if (r.nextDouble() < 0.1) {
                tags.add("uitgezonderd");
            }
            if (l == 3) {
                tags.add(r.nextBoolean() ? "hoogspanning" : "wind");
            }
            Feature f = Feature.builder(layers[l] + "-" + i, layers[l], RdNew.toWgs84(rd)).theme(themes[l]).horizon(from).until(until)
                    .category(KeuzeCategorie.GEMAAKT).sources(List.of(SRC))
                    .basis(r.nextDouble() < 0.2 ? Basis.AANNAME : Basis.OFFICIEEL).tags(tags).build();
            perLayer.get(l).add(f);
        }
        // a few natuur features that are the same place as a water feature
        List<Feature> water = perLayer.get(1);
        for (int i = 0; i < Math.min(20, water.size()); i++) {
            Feature w = water.get(i * 3 % water.size());
            perLayer.get(2).add(w.toBuilder().id("natuur-zelfde-" + i).layerId("natuur").theme(Theme.BEWEGING_1)
                    .tags(Set.of("natuur")).sameAs(w.id()).build());
        }
        List<Layer> ls = new ArrayList<>();
        for (int l = 0; l < layers.length; l++) {
            ls.add(new Layer(layers[l], themes[l], layers[l], "", true, STYLE, perLayer.get(l)));
        }
        Set<String> named = new HashSet<>();
        for (int i = 0; i < perLayer.get(4).size(); i += 4) {
            named.add(perLayer.get(4).get(i).id());
        }
        List<Rule> rules = List.of(
                // b: a water feature and the natuur feature that is the same place meet a house once
                rule("wonen-water", Relation.CONFLICT, sel(Set.of(), Set.of("wonen"), Set.of(), Set.of(), Set.of()),
                        sel(Set.of("water", "natuur"), Set.of(), Set.of(), Set.of(), Set.of()), 0),
                rule("wonen-natuur", Relation.VOORWAARDELIJK, sel(Set.of("wonen"), Set.of(), Set.of(), Set.of(), Set.of()),
                        sel(Set.of("natuur"), Set.of(), Set.of(), Set.of(), Set.of("uitgezonderd")), 250),
                rule("energie-natuur", Relation.CONFLICT, sel(Set.of(), Set.of("hoogspanning", "wind"), Set.of(), Set.of(), Set.of()),
                        sel(Set.of(), Set.of(), Set.of(Theme.BEWEGING_1), Set.of(), Set.of()), 0),
                rule("energie-kruist", Relation.VOORWAARDELIJK, sel(Set.of(), Set.of(), Set.of(Theme.BEWEGING_2), Set.of(), Set.of()),
                        sel(Set.of(), Set.of("hoogspanning"), Set.of(), Set.of(), Set.of()), 0),
                rule("bedrijven-water", Relation.KOPPELKANS, sel(Set.of(), Set.of(), Set.of(), named, Set.of()),
                        sel(Set.of(), Set.of(), Set.of(Theme.WATER_EN_BODEM), Set.of(), Set.of()), 1000),
                rule("natuur-water", Relation.KOPPELKANS, sel(Set.of("natuur"), Set.of(), Set.of(), Set.of(), Set.of()),
                        sel(Set.of("water"), Set.of(), Set.of(), Set.of(), Set.of()), 0));
        return Scenario.builder("generated-" + n, "Gegenereerd " + n)
                .groups(List.of(new LayerGroup(Theme.WATER_EN_BODEM, "W", ""), new LayerGroup(Theme.BEWEGING_1, "B1", ""),
                        new LayerGroup(Theme.BEWEGING_2, "B2", ""), new LayerGroup(Theme.BEWEGING_3, "B3", "")))
                .layers(ls).rules(rules).build();
    }

    private static Selector sel(Set<String> layers, Set<String> tags, Set<Theme> themes, Set<String> features, Set<String> except) {
        return new Selector(layers, tags, themes, features, except);
    }

    private static Rule rule(String id, Relation rel, Selector a, Selector b, double buffer) {
        return new Rule(id, rel, id, a, b, buffer, Optional.empty(), "uitleg", "", SRC);
    }

    /** A star-shaped polygon (concave when its radii vary) of 300 m to 3 km across. */
    private static Geometry polygon(Random r, double cx, double cy) {
        int k = 5 + r.nextInt(12);
        double base = 150 + r.nextDouble() * 1_350;
        Coordinate[] cs = new Coordinate[k + 1];
        for (int i = 0; i < k; i++) {
            double a = 2 * Math.PI * i / k;
            double radius = base * (0.5 + r.nextDouble() * 0.7);
            cs[i] = new Coordinate(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
        }
        cs[k] = cs[0];
        return GF.createPolygon(cs);
    }

    private static Geometry bowtie(Random r, double cx, double cy) {
        double d = 200 + r.nextDouble() * 800;
        return GF.createPolygon(new Coordinate[] {new Coordinate(cx - d, cy - d), new Coordinate(cx + d, cy + d),
                new Coordinate(cx + d, cy - d), new Coordinate(cx - d, cy + d), new Coordinate(cx - d, cy - d)});
    }

    private static Geometry line(Random r, double cx, double cy) {
        int k = 2 + r.nextInt(4);
        Coordinate[] cs = new Coordinate[k];
        double x = cx;
        double y = cy;
        for (int i = 0; i < k; i++) {
            cs[i] = new Coordinate(x, y);
            x += (r.nextDouble() - 0.5) * 6_000;
            y += (r.nextDouble() - 0.5) * 6_000;
        }
        return GF.createLineString(cs);
    }
}

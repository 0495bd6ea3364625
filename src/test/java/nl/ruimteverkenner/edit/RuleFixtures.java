package nl.ruimteverkenner.edit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.SourceDocument;
import nl.ruimteverkenner.model.Theme;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** A small scenario for the rule tests: a floodplain (water en bodem), two housing sites (one outside the Netherlands) and nature. */
final class RuleFixtures {
    private static final GeometryFactory GF = new GeometryFactory();

    private RuleFixtures() {
    }

    static Selector layers(String... ids) {
        return new Selector(Set.of(ids), Set.of(), Set.of(), Set.of(), Set.of());
    }

    static Selector tags(String... tags) {
        return new Selector(Set.of(), Set.of(tags), Set.of(), Set.of(), Set.of());
    }

    static Rule rule(String id, Selector a, Selector b) {
        return new Rule(id, Relation.CONFLICT, "Regel " + id, a, b, 0, Optional.empty(), "Uitleg", "", new Citation("NR", 10, ""));
    }

    static Scenario scenario() {
        LayerStyle style = new LayerStyle("#336699", 0.5, 1.5, LayerStyle.PointSymbol.CIRCLE);
        Feature floodplain = Feature.builder("uw-waal", "uiterwaarden", square(5.0, 51.8)).label("Waal").theme(Theme.WATER_EN_BODEM).horizon(Horizon.H2030).category(KeuzeCategorie.GEMAAKT)
                .tags(Set.of("rivier")).build();
        Feature housing = Feature.builder("wb-1", "woningbouw", square(5.005, 51.805)).label("Nieuwe wijk").theme(Theme.BEWEGING_3).horizon(Horizon.H2030).category(KeuzeCategorie.GEMAAKT)
                .tags(Set.of("woningbouw")).build();
        Feature abroad = Feature.builder("wb-ext", "woningbouw", square(6.5, 51.5)).label("Over de grens").theme(Theme.BEWEGING_3).horizon(Horizon.H2030).category(KeuzeCategorie.GEMAAKT)
                .tags(Set.of("woningbouw", "ext")).build();
        Feature nature = Feature.builder("nnn-1", "natuur", square(5.3, 52.0)).label("Veluwe").theme(Theme.BEWEGING_2).horizon(Horizon.H2030).category(KeuzeCategorie.GEMAAKT)
                .tags(Set.of("natuur")).build();
        List<Layer> layers = List.of(
                new Layer("uiterwaarden", Theme.WATER_EN_BODEM, "Uiterwaarden", "", true, style, List.of(floodplain)),
                new Layer("woningbouw", Theme.BEWEGING_3, "Woningbouw", "", true, style, List.of(housing, abroad)),
                new Layer("natuur", Theme.BEWEGING_2, "Natuur", "", true, style, List.of(nature)));
        return Scenario.builder("test", "Test").sources(List.of(new SourceDocument("NR", "Nota Ruimte", "BZK", "2024-09", 128, "")))
                .layers(layers).rules(List.of(
                        new Rule("wonen-in-uiterwaarden", Relation.CONFLICT, "Woningbouw in de uiterwaarden", tags("woningbouw"),
                                layers("uiterwaarden"), 0, Optional.of('b'), "De rivier gaat voor.", "Schrappen.", new Citation("NR", 93, "")),
                        rule("wonen-in-natuur", tags("woningbouw"), layers("natuur"))))
                .build();
    }

    private static org.locationtech.jts.geom.Polygon square(double lon, double lat) {
        double d = 0.01;
        return GF.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + d, lat), new Coordinate(lon + d, lat + d),
                new Coordinate(lon, lat + d), new Coordinate(lon, lat)});
    }
}

package nl.ruimteverkenner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class HorizonFilterTest {
    private static Feature feature(String id, Horizon from, Horizon until) {
        return Feature.builder(id, "layer", new GeometryFactory().createPoint(new Coordinate(5, 52))).theme(Theme.BEWEGING_3)
                .horizon(from).until(until).category(KeuzeCategorie.TE_MAKEN).description("d")
                .sources(List.of(new Citation("NR", 1, ""))).schematic(true).build();
    }

    @Test
    void featureIsInForceFromItsHorizonOnwards() {
        Feature f = feature("a", Horizon.H2050, null);
        assertFalse(f.isInForceAt(Horizon.H2030));
        assertTrue(f.isInForceAt(Horizon.H2050));
        assertTrue(f.isInForceAt(Horizon.H2100));
    }

    @Test
    void featureWithUntilDisappearsAfterIt() {
        Feature f = feature("b", Horizon.H2030, Horizon.H2050);
        assertTrue(f.isInForceAt(Horizon.H2030));
        assertTrue(f.isInForceAt(Horizon.H2050));
        assertFalse(f.isInForceAt(Horizon.H2100));
    }

    @Test
    void untilBeforeHorizonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> feature("c", Horizon.H2100, Horizon.H2030));
    }

    @Test
    void scenarioFiltersFeaturesOfALayerByHorizon() {
        LayerStyle style = new LayerStyle("#112233", 0.5, 1.5, LayerStyle.PointSymbol.CIRCLE);
        Layer layer = new Layer("layer", Theme.BEWEGING_3, "Laag", "", true, style,
                List.of(feature("now", Horizon.H2030, null), feature("later", Horizon.H2100, null),
                        feature("until", Horizon.H2030, Horizon.H2030)));
        Scenario s = Scenario.builder("s", "S").groups(List.of(new LayerGroup(Theme.BEWEGING_3, "B3", ""))).layers(List.of(layer))
                .build();
        assertEquals(List.of("now", "until"), s.featuresAt(layer, Horizon.H2030).stream().map(Feature::id).toList());
        assertEquals(List.of("now"), s.featuresAt(layer, Horizon.H2050).stream().map(Feature::id).toList());
        assertEquals(List.of("now", "later"), s.featuresAt(layer, Horizon.H2100).stream().map(Feature::id).toList());
    }
}

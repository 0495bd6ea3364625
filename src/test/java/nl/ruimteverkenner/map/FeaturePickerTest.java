package nl.ruimteverkenner.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class FeaturePickerTest {
    private static Feature f(String id, String wkt) throws Exception {
        return Feature.builder(id, "l", new WKTReader().read(wkt)).theme(Theme.BEWEGING_1).horizon(Horizon.H2030)
                .category(KeuzeCategorie.GEMAAKT).description("d").sources(List.of(new Citation("NR", 1, ""))).schematic(true)
                .build();
    }

    private static Layer layer(Feature... fs) {
        return new Layer("l", Theme.BEWEGING_1, "L", "", true,
                new LayerStyle("#000000", 0.5, 1, LayerStyle.PointSymbol.CIRCLE), List.of(fs));
    }

    @Test
    void smallestAreaUnderTheClickWins() throws Exception {
        Feature big = f("big", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Feature small = f("small", "POLYGON ((4 4, 6 4, 6 6, 4 6, 4 4))");
        assertEquals("small", FeaturePicker.pick(List.of(layer(small, big)), x -> true, 5, 5, 0.1).orElseThrow().id());
        assertEquals("big", FeaturePicker.pick(List.of(layer(small, big)), x -> true, 1, 1, 0.1).orElseThrow().id());
    }

    @Test
    void pointsAndLinesWinOverAreasWithinTolerance() throws Exception {
        Feature area = f("area", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Feature line = f("line", "LINESTRING (0 5, 10 5)");
        Feature point = f("point", "POINT (2 2)");
        List<Layer> layers = List.of(layer(area, line, point));
        assertEquals("line", FeaturePicker.pick(layers, x -> true, 5, 5.05, 0.1).orElseThrow().id());
        assertEquals("point", FeaturePicker.pick(layers, x -> true, 2.05, 2, 0.1).orElseThrow().id());
        assertEquals("area", FeaturePicker.pick(layers, x -> true, 5, 7, 0.1).orElseThrow().id());
    }

    @Test
    void hiddenFeaturesAndMissesPickNothing() throws Exception {
        Feature area = f("area", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        assertTrue(FeaturePicker.pick(List.of(layer(area)), x -> false, 5, 5, 0.1).isEmpty());
        assertTrue(FeaturePicker.pick(List.of(layer(area)), x -> true, 20, 20, 0.1).isEmpty());
    }
}

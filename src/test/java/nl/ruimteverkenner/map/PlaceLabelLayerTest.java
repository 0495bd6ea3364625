package nl.ruimteverkenner.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import nl.ruimteverkenner.basemap.PlaceName;
import nl.ruimteverkenner.basemap.PlaceNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The place names sit above the features, thin out with the zoom level and never overlap (FX toolkit, no map view). */
class PlaceLabelLayerTest {
    private static final double W = 1100;
    private static final double H = 800;

    @BeforeAll
    static void startToolkit() {
        FxToolkit.start();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        return FxToolkit.onFx(work);
    }

    /** A host in a scene whose view of W × H pixels is centred on lon/lat at a zoom level. */
    private static MapLayerHost hostAt(List<PlaceName> names, double lon, double lat, double zoom) {
        MapLayerHost host = new MapLayerHost();
        new Scene(new Group(host), W, H);
        host.placeLabels().setNames(names);
        double scale = Math.pow(2, zoom - MapProjection.REF_ZOOM);
        double ox = W / 2 - MapProjection.localX(lon) * scale;
        double oy = H / 2 - MapProjection.localY(lat) * scale;
        host.projection().update(ox, oy, zoom);
        host.placeLabels().update(W, H, ox, oy);
        return host;
    }

    private static int indexOfAncestor(MapLayerHost host, Node n) {
        Node x = n;
        while (x.getParent() != host) {
            x = x.getParent();
        }
        return host.getChildrenUnmodifiable().indexOf(x);
    }

    @Test
    void theLabelsSitAboveTheFeaturesAndOverlaysButBelowTheEditHandles() throws Exception {
        List<PlaceName> names = PlaceNames.all();
        int[] order = onFx(() -> {
            MapLayerHost host = hostAt(names, 5.3, 52.2, 7);
            return new int[] {indexOfAncestor(host, host.features().areas()), indexOfAncestor(host, host.features().points()),
                indexOfAncestor(host, host.schuurpuntOverlay().node()), indexOfAncestor(host, host.placeLabels().node()),
                indexOfAncestor(host, host.measure().node()), indexOfAncestor(host, host.handles().node())};
        });
        assertTrue(order[3] > order[0] && order[3] > order[1] && order[3] > order[2], "labels above features and overlay");
        assertTrue(order[3] < order[4] && order[3] < order[5], "measure line and handles above the labels");
    }

    @Test
    void atNationalZoomOnlyTheLargestPlacesShowAndAtCityZoomTheVillages() throws Exception {
        List<PlaceName> names = PlaceNames.all();
        List<String> national = onFx(() -> hostAt(names, 5.3, 52.2, 7).placeLabels().shownNames());
        assertTrue(national.containsAll(List.of("Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Groningen")), national::toString);
        Set<String> small = Set.copyOf(names.stream().filter(n -> n.population() < 100_000 && n.kind() == PlaceName.Kind.CITY)
                .map(PlaceName::name).toList());
        assertTrue(national.stream().noneMatch(small::contains), national::toString);
        List<String> nijmegen = onFx(() -> hostAt(names, 5.90, 51.82, 13).placeLabels().shownNames());
        assertTrue(nijmegen.containsAll(List.of("Nijmegen", "Ooij", "Lent")), nijmegen::toString);
        assertFalse(nijmegen.contains("Amsterdam"), "only what is in view");
    }

    @Test
    void shownLabelsDoNotOverlapAndGrowWhenPresenting() throws Exception {
        List<PlaceName> names = PlaceNames.all();
        for (double zoom : new double[] {7, 9, 11, 12.5}) {
            List<double[]> inScene = onFx(() -> hostAt(names, 5.5, 52.0, zoom).placeLabels().shownTexts().stream()
                    .map(t -> t.localToScene(t.getLayoutBounds()))
                    .map(b -> new double[] {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()}).toList());
            assertTrue(inScene.size() > 3, "labels at zoom " + zoom);
            for (int a = 0; a < inScene.size(); a++) {
                for (int b = a + 1; b < inScene.size(); b++) {
                    double[] p = inScene.get(a);
                    double[] q = inScene.get(b);
                    // the halos may touch; the text boxes themselves stay apart
                    boolean overlap = p[0] + 1 < q[2] && q[0] + 1 < p[2] && p[1] + 1 < q[3] && q[1] + 1 < p[3];
                    assertFalse(overlap, "two labels overlap at zoom " + zoom);
                }
            }
        }
        double[] widths = onFx(() -> {
            MapLayerHost host = hostAt(names, 4.9, 52.37, 9);
            double normal = host.placeLabels().shownTexts().stream().filter(t -> t.getText().equals("Amsterdam")).findFirst()
                    .orElseThrow().getLayoutBounds().getWidth();
            host.placeLabels().setFontScale(1.35);
            double large = host.placeLabels().shownTexts().stream().filter(t -> t.getText().equals("Amsterdam")).findFirst()
                    .orElseThrow().getLayoutBounds().getWidth();
            return new double[] {normal, large};
        });
        assertEquals(1.35, widths[1] / widths[0], 0.1, "presentation mode enlarges the names");
    }
}

package nl.ruimteverkenner.ui.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.edit.OfficialGeometry;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.imports.SourceFeature;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.shell.FxSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The linking dialog on the FX toolkit (not shown): live matching, the unmatched list, and the edit it answers. */
class LinkDialogTest {
    private static Scenario voorontwerp;
    private static final OfficialGeometry.Dataset DATASET = new OfficialGeometry.Dataset("Natura 2000", "RVO", "2025-03-01", "");

    @BeforeAll
    static void start() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test started it
        }
        voorontwerp = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024")).scenario().orElseThrow();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | AssertionError e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(20, TimeUnit.SECONDS);
    }

    private static SourceFeature square(double lon, double lat, String name) {
        double[] c = RdNew.toRd(lon, lat);
        Geometry g = new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(c[0] - 500, c[1] - 500),
                new Coordinate(c[0] + 500, c[1] - 500), new Coordinate(c[0] + 500, c[1] + 500), new Coordinate(c[0] - 500, c[1] + 500),
                new Coordinate(c[0] - 500, c[1] - 500)});
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", 1);
        a.put("naamN2K", name);
        return new SourceFeature(g, a);
    }

    @SuppressWarnings("unchecked")
    @Test
    void matchingIsShownLiveAndTheAnswerIsTheLink() throws Exception {
        Layer natuur = voorontwerp.layer("natuur").orElseThrow();
        List<SourceFeature> src = List.of(square(5.8, 52.15, "Veluwe"), square(6.35, 52.95, "Fochteloërveen"), square(4, 52, "Elders"));
        Scenario linked = onFx(() -> {
            LinkDialog d = new LinkDialog(null, natuur, src, List.of("code", "naamN2K"), "naamN2K", DATASET);
            var pane = d.getDialogPane();
            Label summary = (Label) pane.lookup("#official-summary");
            ListView<String> unmatched = (ListView<String>) pane.lookup("#official-unmatched");
            assertTrue(summary.getText().startsWith("2 van de " + natuur.features().size()), summary.getText());
            assertEquals(natuur.features().size() - 2, unmatched.getItems().size());
            assertTrue(unmatched.getItems().contains("Natura 2000 / NNN: Biesbosch"));
            assertFalse(pane.lookupButton(FxSupport.OK).isDisabled());
            ((ComboBox<String>) pane.lookup("#official-name-attribute")).setValue("code");
            assertTrue(pane.lookupButton(FxSupport.OK).isDisabled(), "nothing matches the code: nothing to do");
            ((ComboBox<String>) pane.lookup("#official-name-attribute")).setValue("naamN2K");
            LinkDialog.Link link = d.getResultConverter().call(FxSupport.OK);
            assertTrue(link.description().contains(natuur.label()), link.description());
            return link.change().apply(voorontwerp);
        });
        assertEquals(Basis.OFFICIEEL, linked.feature("b1-natuur-fochteloerveen").orElseThrow().basis());
        assertEquals(Basis.AANNAME, linked.feature("b1-natuur-biesbosch").orElseThrow().basis());
    }

    @SuppressWarnings("unchecked")
    @Test
    void theExtentReplacesTheSchematicFeaturesWhenAsked() throws Exception {
        Layer natuur = voorontwerp.layer("natuur").orElseThrow();
        List<SourceFeature> src = List.of(square(5.8, 52.15, "Veluwe"), square(5.801, 52.15, "Veluwe"), square(4, 52, "Elders"));
        Scenario replaced = onFx(() -> {
            LinkDialog d = new LinkDialog(null, natuur, src, List.of("code", "naamN2K"), "naamN2K", DATASET);
            var pane = d.getDialogPane();
            ((RadioButton) pane.lookup("#official-extent")).setSelected(true);
            ((javafx.scene.control.CheckBox) pane.lookup("#official-replace")).setSelected(true);
            ListView<String> unmatched = (ListView<String>) pane.lookup("#official-unmatched");
            assertTrue(unmatched.getItems().isEmpty(), "nothing stays schematic");
            assertFalse(pane.lookupButton(FxSupport.OK).isDisabled());
            return d.getResultConverter().call(FxSupport.OK).change().apply(voorontwerp);
        });
        Layer l = replaced.layer("natuur").orElseThrow();
        assertEquals(List.of("Veluwe", "Elders"), l.features().stream().map(f -> f.label()).toList(), "dissolved per name");
        assertEquals(natuur.features(), l.aside().features());
    }
}

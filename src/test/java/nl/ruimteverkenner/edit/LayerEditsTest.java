package nl.ruimteverkenner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renaming, moving, recolouring and removing a layer of the Voorontwerp scenario, each as a command on the undo
 * stack: the edit shows, undo gives back the scenario from before (the same object), redo the one from after.
 */
class LayerEditsTest {
    private static Scenario voorontwerp;

    @BeforeAll
    static void read() {
        voorontwerp = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"))
                .scenario().orElseThrow();
    }

    /** The scenario as the app holds it, edited through commands on a stack. */
    private static final class Holder {
        final AtomicReference<Scenario> current = new AtomicReference<>(voorontwerp);
        final CommandStack stack = new CommandStack();

        Scenario run(UnaryOperator<Scenario> edit) {
            stack.execute(new ChangeCommand<>(current::get, current::set, edit, "edit"));
            return current.get();
        }
    }

    private static Layer layer(Scenario s, String id) {
        return s.layer(id).orElseThrow();
    }

    @Test
    void renamingALayerChangesOnlyItsLabelAndUndoRedoSwapTheWholeScenario() {
        Holder h = new Holder();
        Layer before = layer(voorontwerp, "industrieclusters");
        Scenario after = h.run(s -> LayerEdits.withProperties(s, "industrieclusters",
                new LayerEdits.Properties("  Industrie van nationaal belang ", before.theme(), before.style().color()), ""));
        Layer renamed = layer(after, "industrieclusters");
        assertEquals("Industrie van nationaal belang", renamed.label(), "the label is stripped");
        assertEquals(before.style(), renamed.style());
        assertEquals(before.theme(), renamed.theme());
        assertSame(before.features(), renamed.features(), "the features are not touched");
        assertEquals(voorontwerp.layers().stream().map(Layer::id).toList(), after.layers().stream().map(Layer::id).toList(),
                "the drawing order stays");
        h.stack.undo();
        assertSame(voorontwerp, h.current.get());
        h.stack.redo();
        assertSame(after, h.current.get());
    }

    @Test
    void recolouringKeepsOpacityLineWidthAndSymbol() {
        Holder h = new Holder();
        Layer before = layer(voorontwerp, "natuur");
        Scenario after = h.run(s -> LayerEdits.withProperties(s, "natuur",
                new LayerEdits.Properties(before.label(), before.theme(), "#ff8800"), ""));
        Layer recoloured = layer(after, "natuur");
        assertEquals("#ff8800", recoloured.style().color());
        assertNotEquals(before.style().color(), recoloured.style().color());
        assertEquals(before.style().opacity(), recoloured.style().opacity());
        assertEquals(before.style().strokeWidth(), recoloured.style().strokeWidth());
        assertEquals(before.style().symbol(), recoloured.style().symbol());
        h.stack.undo();
        assertEquals(before.style(), layer(h.current.get(), "natuur").style());
        h.stack.redo();
        assertEquals("#ff8800", layer(h.current.get(), "natuur").style().color());
    }

    @Test
    void movingALayerToAnotherGroupTakesItsFeaturesAlongButNotOnesWithAThemeOfTheirOwn() {
        Holder h = new Holder();
        // noordzee-kust lies in water en bodem, but one of its features is a claim of beweging 2
        Layer before = layer(voorontwerp, "noordzee-kust");
        List<Feature> ownTheme = before.features().stream().filter(f -> f.theme() != before.theme()).toList();
        assertEquals(1, ownTheme.size(), "the scenario has the feature this test needs");
        Scenario after = h.run(s -> LayerEdits.withProperties(s, "noordzee-kust",
                new LayerEdits.Properties(before.label(), Theme.ERFGOED_LANDSCHAP, before.style().color()), ""));
        Layer moved = layer(after, "noordzee-kust");
        assertEquals(Theme.ERFGOED_LANDSCHAP, moved.theme());
        assertTrue(after.layersOf(Theme.ERFGOED_LANDSCHAP).contains(moved));
        assertFalse(after.layersOf(Theme.WATER_EN_BODEM).stream().anyMatch(l -> l.id().equals("noordzee-kust")));
        for (Feature f : moved.features()) {
            Theme expected = ownTheme.stream().anyMatch(o -> o.id().equals(f.id())) ? Theme.BEWEGING_2 : Theme.ERFGOED_LANDSCHAP;
            assertEquals(expected, f.theme(), f.id());
            assertEquals(f, after.feature(f.id()).orElseThrow(), "the scenario's index has the moved feature");
        }
        h.stack.undo();
        assertSame(voorontwerp, h.current.get());
        assertEquals(Theme.WATER_EN_BODEM, layer(h.current.get(), "noordzee-kust").theme());
        h.stack.redo();
        assertEquals(Theme.ERFGOED_LANDSCHAP, layer(h.current.get(), "noordzee-kust").theme());
    }

    @Test
    void movingToAGroupTheScenarioLacksAddsThatGroup() {
        Scenario s = voorontwerp.toBuilder()
                .groups(voorontwerp.groups().stream().filter(g -> g.theme() != Theme.DEFENSIE).toList())
                .layers(voorontwerp.layers().stream().filter(l -> l.theme() != Theme.DEFENSIE).toList())
                .rules(List.of()).keuzes(List.of()).build();
        Layer natuur = layer(s, "natuur");
        Scenario after = LayerEdits.withProperties(s, "natuur",
                new LayerEdits.Properties(natuur.label(), Theme.DEFENSIE, natuur.style().color()), "Defensie");
        assertEquals(Optional.of(new LayerGroup(Theme.DEFENSIE, "Defensie", "")),
                after.groups().stream().filter(g -> g.theme() == Theme.DEFENSIE).findFirst());
    }

    @Test
    void aMoveIntoWaterEnBodemIsRefusedWhenARuleWouldLackItsSturendSide() {
        // "wonen-bij-industriecluster" names industrieclusters and says nothing about which side steers
        Optional<Rule> conflict = LayerEdits.moveConflict(voorontwerp, "industrieclusters", Theme.WATER_EN_BODEM);
        assertEquals("wonen-bij-industriecluster", conflict.map(Rule::id).orElse(null));
        Layer l = layer(voorontwerp, "industrieclusters");
        assertThrows(IllegalArgumentException.class, () -> LayerEdits.withProperties(voorontwerp, "industrieclusters",
                new LayerEdits.Properties(l.label(), Theme.WATER_EN_BODEM, l.style().color()), ""));
        assertEquals(Optional.empty(), LayerEdits.moveConflict(voorontwerp, "industrieclusters", Theme.BEWEGING_3));
        // a layer no rule without sturend concerns may move into water en bodem
        assertEquals(Optional.empty(), LayerEdits.moveConflict(voorontwerp, "provincies", Theme.WATER_EN_BODEM));
    }

    @Test
    void removingALayerTakesItsFeaturesAndEveryReferenceToThemAndUndoBringsItBackInPlace() {
        Holder h = new Holder();
        Layer novex = layer(voorontwerp, "novex-gebieden");
        List<String> ids = novex.features().stream().map(Feature::id).toList();
        int index = voorontwerp.layers().indexOf(novex);
        assertTrue(voorontwerp.features().anyMatch(f -> f.sameAs().filter(ids::contains).isPresent()), "the test needs sameAs");
        assertTrue(voorontwerp.keuzes().stream().anyMatch(k -> k.featureIds().stream().anyMatch(ids::contains)),
                "the test needs keuzes on the layer");

        Scenario after = h.run(s -> LayerEdits.withoutLayer(s, "novex-gebieden"));
        assertTrue(after.layer("novex-gebieden").isEmpty());
        assertEquals(voorontwerp.layers().size() - 1, after.layers().size());
        assertTrue(ids.stream().noneMatch(id -> after.feature(id).isPresent()));
        assertTrue(after.features().noneMatch(f -> f.sameAs().filter(ids::contains).isPresent()), "no sameAs left");
        assertTrue(after.keuzes().stream().noneMatch(k -> k.featureIds().stream().anyMatch(ids::contains)), "no keuze names them");
        assertEquals(voorontwerp.keuzes().size(), after.keuzes().size(), "the keuzes themselves stay");
        assertEquals(voorontwerp.groups(), after.groups(), "the group stays");
        // a feature that shared its place keeps its own shape
        Feature veenweide = after.feature("wb-veenweide-groene-hart").orElseThrow();
        assertEquals(voorontwerp.feature("wb-veenweide-groene-hart").orElseThrow().geometry(), veenweide.geometry());

        h.stack.undo();
        assertSame(voorontwerp, h.current.get());
        assertEquals(index, h.current.get().layers().indexOf(novex), "back in its place in the drawing order");
        h.stack.redo();
        assertSame(after, h.current.get());
    }

    @Test
    void removingALayerDropsRulesThatNamedOnlyItAndItsSchuurpuntenDisappear() {
        Scenario after = LayerEdits.withoutLayer(voorontwerp, "wind-op-zee");
        // these rules had "wind-op-zee" as the whole of one side
        for (String gone : List.of("wind-op-zee-en-defensie", "wind-op-zee-en-scheepvaart", "wind-op-zee-en-zandwinning",
                "wind-op-zee-en-zeenatuur")) {
            assertTrue(voorontwerp.rule(gone).isPresent(), gone);
            assertTrue(after.rule(gone).isEmpty(), gone);
        }
        assertTrue(after.rules().stream().noneMatch(r -> r.a().layers().contains("wind-op-zee") || r.b().layers().contains("wind-op-zee")));
        // a rule that names the layer beside other things keeps the rest
        Scenario noHoogspanning = LayerEdits.withoutLayer(voorontwerp, "hoogspanning");
        Rule radar = noHoogspanning.rule("hoogspanning-laagvlieg-radar").orElseThrow();
        assertFalse(radar.a().layers().contains("hoogspanning"));
        assertEquals(voorontwerp.rule("hoogspanning-laagvlieg-radar").orElseThrow().a().features(), radar.a().features());

        List<Schuurpunt> before = new SchuurpuntEngine(voorontwerp, Provinces.all()).analyse(Horizon.H2050);
        List<Schuurpunt> without = new SchuurpuntEngine(after, Provinces.all()).analyse(Horizon.H2050);
        assertTrue(before.stream().anyMatch(sp -> sp.a().layerId().equals("wind-op-zee") || sp.b().layerId().equals("wind-op-zee")),
                "wind op zee has schuurpunten to lose");
        assertTrue(without.stream().noneMatch(sp -> sp.a().layerId().equals("wind-op-zee") || sp.b().layerId().equals("wind-op-zee")));
        assertTrue(without.size() < before.size());
    }

    @Test
    void editingALayerThatIsNotThereIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LayerEdits.withoutLayer(voorontwerp, "bestaat-niet"));
        assertThrows(IllegalArgumentException.class, () -> LayerEdits.withProperties(voorontwerp, "bestaat-niet",
                new LayerEdits.Properties("x", Theme.BEWEGING_1, "#000000"), ""));
        assertThrows(IllegalArgumentException.class, () -> new LayerEdits.Properties(" ", Theme.BEWEGING_1, "#000000"));
        Layer natuur = layer(voorontwerp, "natuur");
        assertThrows(IllegalArgumentException.class, () -> LayerEdits.withProperties(voorontwerp, "natuur",
                new LayerEdits.Properties(natuur.label(), natuur.theme(), "oranje"), ""), "the colour must be #rrggbb");
    }
}

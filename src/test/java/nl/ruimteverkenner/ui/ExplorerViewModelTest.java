package nl.ruimteverkenner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.edit.LayerEdits;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import org.junit.jupiter.api.Test;

/** The explorer's state without a screen. */
class ExplorerViewModelTest {
    private final ScenarioLoad load = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo"));
    private final Scenario scenario = load.scenario().orElseThrow();

    @Test
    void switchingAGroupOffHidesItsLayersButKeepsTheirOwnSwitch() {
        ExplorerViewModel vm = new ExplorerViewModel();
        vm.show(load, new Settings());
        Layer layer = scenario.layers().get(0);
        assertTrue(vm.isLayerShown(layer));
        vm.groupSwitch(layer.theme()).visibleProperty().set(false);
        assertFalse(vm.isLayerShown(layer));
        assertTrue(vm.layerSwitch(layer.id()).visibleProperty().get());
        assertTrue(layer.features().stream().noneMatch(vm::isShown));
    }

    @Test
    void horizonDecidesWhichFeaturesAreShown() {
        ExplorerViewModel vm = new ExplorerViewModel();
        vm.show(load, new Settings());
        Feature later = scenario.features().filter(f -> f.horizon() == Horizon.H2100).findFirst().orElseThrow();
        assertFalse(vm.isShown(later));
        vm.horizonProperty().set(Horizon.H2100);
        assertTrue(vm.isShown(later));
    }

    @Test
    void opacityMultipliesLayerAndGroup() {
        ExplorerViewModel vm = new ExplorerViewModel();
        vm.show(load, new Settings());
        Layer layer = scenario.layers().get(0);
        vm.layerSwitch(layer.id()).opacityProperty().set(0.5);
        vm.groupSwitch(layer.theme()).opacityProperty().set(0.5);
        assertEquals(0.25, vm.layerOpacity(layer), 1e-9);
    }

    @Test
    void switchesAndHorizonAreRememberedThroughSettings() {
        ExplorerViewModel vm = new ExplorerViewModel();
        vm.show(load, new Settings());
        Layer layer = scenario.layers().get(1);
        vm.layerSwitch(layer.id()).visibleProperty().set(false);
        vm.layerSwitch(layer.id()).opacityProperty().set(0.4);
        vm.horizonProperty().set(Horizon.H2050);
        Settings saved = new Settings();
        vm.storeInto(saved);

        ExplorerViewModel again = new ExplorerViewModel();
        again.show(load, saved);
        assertEquals(Horizon.H2050, again.horizonProperty().get());
        assertFalse(again.layerSwitch(layer.id()).visibleProperty().get());
        assertEquals(0.4, again.layerSwitch(layer.id()).opacityProperty().get(), 1e-9);
    }

    @Test
    void infoCitesSourceWithDocumentTitleAndPage() {
        ExplorerViewModel vm = new ExplorerViewModel();
        vm.show(load, new Settings());
        Feature f = scenario.features().findFirst().orElseThrow();
        ExplorerViewModel.FeatureInfo info = vm.info(f);
        assertEquals(f.label(), info.title());
        String title = scenario.source(f.sources().get(0).document()).orElseThrow().title();
        assertTrue(info.sources().get(0).startsWith(title + ", p. " + f.sources().get(0).page()), info.sources().toString());
    }

    @Test
    void aLayerThatAnEditRemovedComesBackOnUndoSwitchedAsItWas() {
        ExplorerViewModel vm = new ExplorerViewModel();
        vm.show(load, new Settings());
        Layer l = scenario.layers().get(0);
        vm.layerSwitch(l.id()).visibleProperty().set(false);
        vm.layerSwitch(l.id()).opacityProperty().set(0.4);
        vm.replace(LayerEdits.withoutLayer(scenario, l.id()));
        assertTrue(vm.getScenario().layer(l.id()).isEmpty());
        vm.replace(scenario); // undo
        assertFalse(vm.layerSwitch(l.id()).visibleProperty().get(), "still switched off");
        assertEquals(0.4, vm.layerSwitch(l.id()).opacityProperty().get(), 1e-9);
        assertFalse(vm.isLayerShown(l));
    }
}

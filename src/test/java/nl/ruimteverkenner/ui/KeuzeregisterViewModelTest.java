package nl.ruimteverkenner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.keuzes.KeuzeregisterViewModel;
import org.junit.jupiter.api.Test;

class KeuzeregisterViewModelTest {
    private final Scenario s = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"))
            .scenario().orElseThrow();

    private KeuzeregisterViewModel vm() {
        KeuzeregisterViewModel vm = new KeuzeregisterViewModel();
        vm.setScenario(s);
        return vm;
    }

    @Test
    void noFilterShowsTheWholeRegister() {
        assertEquals(s.keuzes().size(), vm().shown().size());
    }

    @Test
    void filtersCombine() {
        KeuzeregisterViewModel vm = vm();
        vm.themeProperty().set(Optional.of(Theme.BEWEGING_2));
        vm.categoryProperty().set(Optional.of(KeuzeCategorie.TE_AGENDEREN));
        long expected = s.keuzes().stream().filter(k -> k.theme() == Theme.BEWEGING_2 && k.category() == KeuzeCategorie.TE_AGENDEREN).count();
        assertEquals(expected, vm.shown().size());
        assertTrue(expected > 0);
        vm.horizonProperty().set(Optional.of(Horizon.H2030));
        assertEquals(0, vm.shown().size(), "te agenderen keuzes belong to 2100");
    }

    @Test
    void textSearchIgnoresCaseAndAccents() {
        KeuzeregisterViewModel vm = vm();
        vm.textProperty().set("IJSSELMEER");
        assertTrue(vm.shown().size() > 0);
        for (Keuze k : vm.shown()) {
            String all = (k.title() + k.summary() + k.tags() + k.source().section()).toLowerCase();
            assertTrue(all.contains("ijsselmeer"), k.id());
        }
        vm.textProperty().set("energiehub");
        long plain = vm.shown().size();
        vm.textProperty().set("énergiehub");
        assertEquals(plain, vm.shown().size());
    }
}

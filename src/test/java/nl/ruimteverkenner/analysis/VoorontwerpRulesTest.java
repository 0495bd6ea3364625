package nl.ruimteverkenner.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default rule set finds the frictions the documents name (content-catalogue section b). */
class VoorontwerpRulesTest {
    private static Scenario scenario;
    private static Map<Horizon, List<Schuurpunt>> found;

    @BeforeAll
    static void analyse() {
        scenario = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024")).scenario().orElseThrow();
        found = HorizonComparison.perHorizon(new SchuurpuntEngine(scenario, Provinces.all()), scenario.horizons());
    }

    @ParameterizedTest(name = "{0} at {1} in {2}")
    @CsvSource({
        "wonen-in-uiterwaarden, 2050, ''",
        "wonen-in-ruimte-voor-rivier, 2050, ''",
        "wonen-bij-industriecluster, 2050, ''",
        "hoogspanning-laagvlieg-radar, 2050, ''",
        "verstedelijking-helikoptergebied, 2050, Noord-Brabant",
        "veluwe-drinkwater-andere-claims, 2050, Gelderland",
        "vernatting-veenweide-melkvee, 2050, ''",
        "waterlinie-verstedelijking, 2050, ''",
        "waterlinie-energie-infrastructuur, 2050, ''",
        "wind-op-zee-en-scheepvaart, 2050, ''",
        "wind-op-zee-en-defensie, 2050, ''",
        "rivierruimte-natuur, 2050, ''",
    })
    void namedFrictionIsFound(String rule, int year, String province) {
        Horizon h = Horizon.fromYear(year).orElseThrow();
        List<Schuurpunt> hits = found.get(h).stream().filter(s -> s.rule().id().equals(rule)).toList();
        assertFalse(hits.isEmpty(), rule + " finds nothing at " + year);
        if (!province.isEmpty()) {
            assertTrue(hits.stream().anyMatch(s -> s.places().contains(province)), rule + " not in " + province);
        }
    }

    @Test
    void waterEnBodemRulesSayWhichClaimGivesWay() {
        for (List<Schuurpunt> list : found.values()) {
            for (Schuurpunt s : list) {
                boolean water = s.a().theme() == Theme.WATER_EN_BODEM || s.b().theme() == Theme.WATER_EN_BODEM;
                if (water) {
                    assertTrue(s.rule().sturend().isPresent(), s.rule().id());
                    assertFalse(SchuurpuntText.sturendSentence(s).isEmpty());
                }
            }
        }
    }

    @Test
    void allThreeRelationsOccurAndSchuurpuntenChangeOverTime() {
        for (Relation r : Relation.values()) {
            assertTrue(found.get(Horizon.H2050).stream().anyMatch(s -> s.rule().relation() == r), r.toString());
        }
        HorizonComparison c = HorizonComparison.of(Horizon.H2030, found.get(Horizon.H2030), Horizon.H2050, found.get(Horizon.H2050));
        assertFalse(c.appearing().isEmpty(), "new claims from 2050 create new schuurpunten");
        assertFalse(c.persisting().isEmpty());
    }
}

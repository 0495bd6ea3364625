package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.edit.RuleDraft;
import nl.ruimteverkenner.edit.RuleEdits;
import nl.ruimteverkenner.edit.RuleValidator;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules edited in the app are saved with the variant and read back unchanged: an edited rule (every kind of
 * selection, a fractional buffer, the sturend side, text with quotes and line breaks), a new rule and a
 * removed one; and a rule the form accepts is one the reader accepts.
 */
class RuleRoundTripTest {
    private static Scenario voorontwerp;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() {
        voorontwerp = load(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"));
    }

    private static Scenario load(Path folder) {
        ScenarioLoad load = new ScenarioReader().read(folder);
        assertTrue(load.isValid(), () -> folder + ": " + load.problems());
        return load.scenario().orElseThrow();
    }

    @Test
    void editedAddedAndRemovedRulesSurviveSaveAndReload() throws Exception {
        Rule old = voorontwerp.rule("wonen-in-uiterwaarden").orElseThrow();
        String someFeature = voorontwerp.layer("rivierruimte").orElseThrow().features().get(0).id();
        Selector everyKind = new Selector(Set.of("uiterwaarden", "rivierruimte"), Set.of("rivierverruiming"),
                Set.of(Theme.WATER_EN_BODEM), Set.of(someFeature), Set.of("ext"));
        Rule edited = new Rule(old.id(), Relation.VOORWAARDELIJK, "Wonen \"op terpen\" in de uiterwaard", old.a(), everyKind, 212.5,
                Optional.of('b'), "Alleen waar de afvoer niet knelt.\nTweede regel: ‘waterrobuust’ bouwen — 100 %.",
                "Welke terpen?", new Citation("KB", 3, "Water en bodem sturend › Uiterwaarden"));
        RuleValidator.Result checked = RuleValidator.validate(RuleDraft.of(edited), voorontwerp, old.id());
        assertEquals(List.of(), checked.errors());
        Rule added = new Rule("defensie-en-wind", Relation.KOPPELKANS, "Defensie en wind op land",
                new Selector(Set.of(), Set.of(), Set.of(Theme.DEFENSIE), Set.of(), Set.of()),
                new Selector(Set.of("hoogspanning"), Set.of(), Set.of(), Set.of(), Set.of()), 0, Optional.empty(),
                "Samen plannen.", "", new Citation("NR", 1, ""));
        String removed = voorontwerp.rules().get(1).id();

        Scenario changed = RuleEdits.withoutRule(RuleEdits.withRule(RuleEdits.withRuleReplaced(voorontwerp, old.id(), edited), added), removed);
        Scenario back = roundTrip(changed, dir.resolve("variant"));

        assertEquals(changed.rules(), back.rules(), "every rule, in order, field by field");
        assertEquals(Optional.of(edited), back.rule(old.id()));
        assertEquals(Optional.of(added), back.rule("defensie-en-wind"));
        assertEquals(Optional.empty(), back.rule(removed));
        assertEquals(voorontwerp.rules().size(), back.rules().size());

        // and writing what was read gives the same bytes
        Path again = dir.resolve("again");
        new ScenarioWriter().save(back, again);
        assertArrayEquals(Files.readAllBytes(dir.resolve("variant").resolve(ScenarioReader.RULES)),
                Files.readAllBytes(again.resolve(ScenarioReader.RULES)));
    }

    @Test
    void everyRuleOfTheVoorontwerpPassesTheFormAsItStands() {
        for (Rule r : voorontwerp.rules()) {
            RuleValidator.Result res = RuleValidator.validate(RuleDraft.of(r), voorontwerp, r.id());
            assertEquals(List.of(), res.errors(), r.id());
            assertEquals(Optional.of(r), res.rule(), r.id());
        }
    }

    @Test
    void aRuleWithoutSturendOnWaterEnBodemIsRefusedByTheFormAsTheReaderWouldRefuseIt() throws Exception {
        Rule old = voorontwerp.rule("wonen-in-uiterwaarden").orElseThrow();
        Rule noSteering = new Rule(old.id(), old.relation(), old.title(), old.a(), old.b(), 0, Optional.empty(), old.explanation(),
                old.choice(), old.source());
        assertTrue(RuleValidator.validate(RuleDraft.of(noSteering), voorontwerp, old.id()).errors().size() == 1);
        Path target = dir.resolve("zonder-sturend");
        new ScenarioWriter().save(RuleEdits.withRuleReplaced(voorontwerp, old.id(), noSteering), target);
        ScenarioLoad load = new ScenarioReader().read(target);
        assertTrue(load.problems().stream().anyMatch(p -> p.isError() && p.file().equals(ScenarioReader.RULES)), load.problems()::toString);
    }

    private static Scenario roundTrip(Scenario s, Path target) throws Exception {
        new ScenarioWriter().save(s, target);
        return load(target);
    }
}

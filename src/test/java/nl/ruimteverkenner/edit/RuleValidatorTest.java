package nl.ruimteverkenner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.Test;

/** What the rule form refuses, what it only warns about, and the rule it makes of a good draft. */
class RuleValidatorTest {
    private final Scenario scenario = RuleFixtures.scenario();

    /** A valid new rule: housing (B3) against nature, no water en bodem involved. */
    private static RuleDraft good() {
        return new RuleDraft("wonen-bij-natuur", Relation.VOORWAARDELIJK, "Wonen bij natuur", RuleFixtures.tags("woningbouw"),
                RuleFixtures.layers("natuur"), "250", null, "Alleen met natuurinclusief bouwen.", "Hoeveel groen?", "NR", "42", "Beweging 2");
    }

    private static RuleDraft with(RuleDraft d, String field, Object value) {
        return new RuleDraft(
                field.equals("id") ? (String) value : d.id(),
                field.equals("relation") ? (Relation) value : d.relation(),
                field.equals("title") ? (String) value : d.title(),
                field.equals("a") ? (Selector) value : d.a(),
                field.equals("b") ? (Selector) value : d.b(),
                field.equals("buffer") ? (String) value : d.buffer(),
                field.equals("sturend") ? (Character) value : d.sturend(),
                field.equals("explanation") ? (String) value : d.explanation(),
                d.choice(),
                field.equals("document") ? (String) value : d.document(),
                field.equals("page") ? (String) value : d.page(),
                d.section());
    }

    private RuleValidator.Result check(RuleDraft d) {
        return RuleValidator.validate(d, scenario, null);
    }

    @Test
    void aCompleteDraftBecomesTheRuleItDescribes() {
        RuleValidator.Result r = check(good());
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(), r.warnings());
        assertEquals(Optional.of(new Rule("wonen-bij-natuur", Relation.VOORWAARDELIJK, "Wonen bij natuur", RuleFixtures.tags("woningbouw"),
                RuleFixtures.layers("natuur"), 250, Optional.empty(), "Alleen met natuurinclusief bouwen.", "Hoeveel groen?",
                new Citation("NR", 42, "Beweging 2"))), r.rule());
    }

    @Test
    void aDecimalCommaInTheBufferIsAccepted() {
        assertEquals(12.5, check(with(good(), "buffer", "12,5")).rule().orElseThrow().bufferMeters());
        assertEquals(0.0, check(with(good(), "buffer", "")).rule().orElseThrow().bufferMeters());
    }

    @Test
    void anEmptySelectionIsRefusedWithTheSideNamed() {
        RuleValidator.Result r = check(with(good(), "a", RuleDraft.NOTHING));
        assertFalse(r.isValid());
        assertTrue(r.rule().isEmpty());
        assertEquals(List.of(Messages.get("rules.problem.emptySide", "A")), r.errors());
    }

    @Test
    void aSelectionOfOnlyExcludedTagsIsEmpty() {
        Selector onlyExcept = new Selector(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("ext"));
        assertEquals(List.of(Messages.get("rules.problem.emptySide", "B")), check(with(good(), "b", onlyExcept)).errors());
    }

    @Test
    void aSelectionMatchingNothingIsAWarningNotAnError() {
        Selector noSuchTag = RuleFixtures.tags("kerncentrale");
        RuleValidator.Result r = check(with(good(), "a", noSuchTag));
        assertTrue(r.isValid(), () -> r.errors().toString());
        assertEquals(List.of(Messages.get("rules.problem.unknownTag", "A", "kerncentrale"),
                Messages.get("rules.problem.matchesNothing", "A")), r.warnings());
    }

    @Test
    void excludingEveryMatchLeavesASelectionThatMatchesNothing() {
        Selector onlyAbroad = new Selector(Set.of(), Set.of("ext"), Set.of(), Set.of(), Set.of("ext"));
        assertEquals(List.of(Messages.get("rules.problem.matchesNothing", "A")), check(with(good(), "a", onlyAbroad)).warnings());
    }

    @Test
    void layersAndFeaturesTheScenarioDoesNotHaveAreRefused() {
        Selector unknown = new Selector(Set.of("natuur", "spoor"), Set.of(), Set.of(), Set.of("x-1"), Set.of());
        assertEquals(List.of(Messages.get("rules.problem.unknownLayer", "B", "spoor"), Messages.get("rules.problem.unknownFeature", "B", "x-1")),
                check(with(good(), "b", unknown)).errors());
    }

    @Test
    void negativeUnparseableAndAbsurdBuffersAreRefused() {
        assertEquals(List.of(Messages.get("rules.problem.bufferNegative")), check(with(good(), "buffer", "-5")).errors());
        assertEquals(List.of(Messages.get("rules.problem.bufferNumber", "vijf")), check(with(good(), "buffer", "vijf")).errors());
        assertEquals(List.of(Messages.get("rules.problem.bufferNumber", "1e9")), check(with(good(), "buffer", "1e9")).errors());
        assertEquals(List.of(Messages.get("rules.problem.bufferTooLarge", 250000.0, RuleValidator.MAX_BUFFER_METRES)),
                check(with(good(), "buffer", "250000")).errors());
        assertTrue(check(with(good(), "buffer", "100000")).isValid(), "the reader's own maximum is allowed");
    }

    @Test
    void aMissingExplanationTitleOrRelationIsRefused() {
        assertEquals(List.of(Messages.get("rules.problem.explanation")), check(with(good(), "explanation", "   ")).errors());
        assertEquals(List.of(Messages.get("rules.problem.title")), check(with(good(), "title", "")).errors());
        assertEquals(List.of(Messages.get("rules.problem.relation")), check(with(good(), "relation", null)).errors());
    }

    @Test
    void aDuplicateIdIsRefusedButARuleKeepsItsOwnId() {
        RuleDraft taken = with(good(), "id", "wonen-in-natuur");
        assertEquals(List.of(Messages.get("rules.problem.idDuplicate", "wonen-in-natuur")), check(taken).errors());
        assertTrue(RuleValidator.validate(taken, scenario, "wonen-in-natuur").isValid());
        assertEquals(List.of(Messages.get("rules.problem.idFormat", "Wonen Natuur")), check(with(good(), "id", "Wonen Natuur")).errors());
        assertEquals(List.of(Messages.get("rules.problem.idMissing")), check(with(good(), "id", "")).errors());
    }

    @Test
    void identicalSidesAreRefused() {
        RuleValidator.Result r = check(with(good(), "b", RuleFixtures.tags("woningbouw")));
        assertEquals(List.of(Messages.get("rules.problem.sameSides")), r.errors());
    }

    @Test
    void aRuleTouchingWaterEnBodemMustSayWhichSideSteers() {
        RuleDraft floodplain = with(with(good(), "b", RuleFixtures.layers("uiterwaarden")), "id", "wonen-uiterwaard-2");
        assertEquals(List.of(Messages.get("rules.problem.sturendMissing")), check(floodplain).errors());
        RuleValidator.Result steeringB = check(with(floodplain, "sturend", 'b'));
        assertTrue(steeringB.isValid());
        assertEquals(Optional.of('b'), steeringB.rule().orElseThrow().sturend());
        // the side named is not water en bodem: allowed (the reader allows it) but pointed out
        RuleValidator.Result steeringA = check(with(floodplain, "sturend", 'a'));
        assertTrue(steeringA.isValid());
        assertTrue(steeringA.warnings().contains(Messages.get("rules.problem.sturendNotWater", "A")), steeringA.warnings()::toString);
        // a theme selection reaches water en bodem too
        Selector byTheme = new Selector(Set.of(), Set.of(), Set.of(Theme.WATER_EN_BODEM), Set.of(), Set.of());
        assertEquals(List.of(Messages.get("rules.problem.sturendMissing")), check(with(good(), "b", byTheme)).errors());
    }

    @Test
    void theSourceMustBeADocumentOfTheScenarioAndAPageInIt() {
        assertEquals(List.of(Messages.get("rules.problem.document")), check(with(good(), "document", "")).errors());
        assertEquals(List.of(Messages.get("rules.problem.unknownDocument", "XYZ")), check(with(good(), "document", "XYZ")).errors());
        assertEquals(List.of(Messages.get("rules.problem.page", "129", "NR", 128)), check(with(good(), "page", "129")).errors());
        assertEquals(List.of(Messages.get("rules.problem.page", "0", "NR", 128)), check(with(good(), "page", "0")).errors());
        assertEquals(List.of(Messages.get("rules.problem.page", "p12", "NR", 128)), check(with(good(), "page", "p12")).errors());
        assertEquals(List.of(Messages.get("rules.problem.pageMissing", "NR", 128)), check(with(good(), "page", " ")).errors());
    }

    @Test
    void theSameClaimsUnderTheSameRelationAreAWarning() {
        RuleDraft again = new RuleDraft("nog-eens", Relation.CONFLICT, "Nog eens", RuleFixtures.layers("natuur"), RuleFixtures.tags("woningbouw"),
                "0", null, "Uitleg", "", "NR", "1", "");
        RuleValidator.Result r = check(again);
        assertTrue(r.isValid());
        assertEquals(List.of(Messages.get("rules.problem.sameAs", "Regel wonen-in-natuur")), r.warnings());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        RuleDraft bad = new RuleDraft("", null, "", RuleDraft.NOTHING, RuleDraft.NOTHING, "-1", null, "", "", "", "", "");
        assertEquals(8, check(bad).errors().size(), () -> check(bad).errors().toString());
    }

    @Test
    void anExistingRuleIsValidAsItStands() {
        for (Rule r : scenario.rules()) {
            RuleValidator.Result res = RuleValidator.validate(RuleDraft.of(r), scenario, r.id());
            assertEquals(List.of(), res.errors(), r.id());
            assertEquals(Optional.of(r), res.rule());
        }
    }
}

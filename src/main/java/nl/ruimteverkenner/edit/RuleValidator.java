package nl.ruimteverkenner.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.SourceDocument;
import nl.ruimteverkenner.model.Theme;

/**
 * Checks a {@link RuleDraft} against the scenario it is for, with the same limits the scenario reader
 * applies to {@code rules.json} (so a rule accepted here is read back after saving), plus checks that only
 * make sense while editing. Errors refuse the rule; warnings (a selection that matches nothing today, a tag
 * no feature carries) are shown but let it through. Messages are in the user's language.
 */
public final class RuleValidator {
    /** The largest buffer the reader accepts, in metres. */
    public static final double MAX_BUFFER_METRES = 100_000;
    /** Rule ids as the reader accepts them. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** What the check found; {@link #rule()} is present exactly when there are no errors. */
    public record Result(List<String> errors, List<String> warnings, Optional<Rule> rule) {
        public Result {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private RuleValidator() {
    }

    /**
     * Checks {@code draft} as a rule of {@code scenario}.
     *
     * @param originalId the id of the rule being edited (it may keep its own id); null for a new rule
     */
    public static Result validate(RuleDraft draft, Scenario scenario, String originalId) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (draft.id().isEmpty()) {
            errors.add(Messages.get("rules.problem.idMissing"));
        } else if (!ID.matcher(draft.id()).matches()) {
            errors.add(Messages.get("rules.problem.idFormat", draft.id()));
        } else if (!draft.id().equals(originalId) && scenario.rule(draft.id()).isPresent()) {
            errors.add(Messages.get("rules.problem.idDuplicate", draft.id()));
        }
        if (draft.relation() == null) {
            errors.add(Messages.get("rules.problem.relation"));
        }
        if (draft.title().isEmpty()) {
            errors.add(Messages.get("rules.problem.title"));
        }
        checkSide("A", draft.a(), scenario, errors, warnings);
        checkSide("B", draft.b(), scenario, errors, warnings);
        if (!draft.a().isEmpty() && draft.a().equals(draft.b())) {
            errors.add(Messages.get("rules.problem.sameSides"));
        }
        Optional<Double> buffer = draft.bufferMetres();
        if (buffer.isEmpty()) {
            errors.add(Messages.get("rules.problem.bufferNumber", draft.buffer()));
        } else if (buffer.get() < 0) {
            errors.add(Messages.get("rules.problem.bufferNegative"));
        } else if (buffer.get() > MAX_BUFFER_METRES) {
            errors.add(Messages.get("rules.problem.bufferTooLarge", buffer.get(), MAX_BUFFER_METRES));
        }
        boolean waterA = touchesWaterEnBodem(draft.a(), scenario);
        boolean waterB = touchesWaterEnBodem(draft.b(), scenario);
        if (draft.sturend() == null && (waterA || waterB)) {
            errors.add(Messages.get("rules.problem.sturendMissing"));
        } else if (draft.sturend() != null && draft.sturend() != 'a' && draft.sturend() != 'b') {
            errors.add(Messages.get("rules.problem.sturendMissing"));
        } else if (draft.sturend() != null && !(draft.sturend() == 'a' ? waterA : waterB)) {
            warnings.add(Messages.get("rules.problem.sturendNotWater", draft.sturend() == 'a' ? "A" : "B"));
        }
        if (draft.explanation().isEmpty()) {
            errors.add(Messages.get("rules.problem.explanation"));
        }
        checkSource(draft, scenario, errors);
        if (errors.isEmpty()) {
            Rule rule = draft.toRule();
            scenario.rules().stream()
                    .filter(r -> !r.id().equals(originalId) && r.relation() == rule.relation()
                            && (r.a().equals(rule.a()) && r.b().equals(rule.b()) || r.a().equals(rule.b()) && r.b().equals(rule.a())))
                    .findFirst()
                    .ifPresent(r -> warnings.add(Messages.get("rules.problem.sameAs", r.title())));
            return new Result(errors, warnings, Optional.of(rule));
        }
        return new Result(errors, warnings, Optional.empty());
    }

    private static void checkSide(String side, Selector s, Scenario scenario, List<String> errors, List<String> warnings) {
        if (s.isEmpty()) {
            errors.add(Messages.get("rules.problem.emptySide", side));
            return;
        }
        Set<String> unknownLayers = new TreeSet<>();
        for (String l : s.layers()) {
            if (scenario.layer(l).isEmpty()) {
                unknownLayers.add(l);
            }
        }
        if (!unknownLayers.isEmpty()) {
            errors.add(Messages.get("rules.problem.unknownLayer", side, String.join(", ", unknownLayers)));
        }
        Set<String> unknownFeatures = new TreeSet<>();
        for (String f : s.features()) {
            if (scenario.feature(f).isEmpty()) {
                unknownFeatures.add(f);
            }
        }
        if (!unknownFeatures.isEmpty()) {
            errors.add(Messages.get("rules.problem.unknownFeature", side, String.join(", ", unknownFeatures)));
        }
        Set<String> tags = new TreeSet<>();
        scenario.features().forEach(f -> tags.addAll(f.tags()));
        Set<String> unknownTags = new TreeSet<>(s.tags());
        unknownTags.addAll(s.exceptTags());
        unknownTags.removeAll(tags);
        if (!unknownTags.isEmpty()) {
            warnings.add(Messages.get("rules.problem.unknownTag", side, String.join(", ", unknownTags)));
        }
        if (scenario.features().noneMatch(s::matches)) {
            warnings.add(Messages.get("rules.problem.matchesNothing", side));
        }
    }

    private static void checkSource(RuleDraft draft, Scenario scenario, List<String> errors) {
        if (draft.document().isEmpty()) {
            errors.add(Messages.get("rules.problem.document"));
            return;
        }
        Optional<SourceDocument> doc = scenario.source(draft.document());
        if (doc.isEmpty()) {
            errors.add(Messages.get("rules.problem.unknownDocument", draft.document()));
            return;
        }
        Optional<Integer> page = draft.pageNumber();
        if (draft.page().isEmpty()) {
            errors.add(Messages.get("rules.problem.pageMissing", doc.get().id(), doc.get().pages()));
        } else if (page.isEmpty() || page.get() < 1 || page.get() > doc.get().pages()) {
            errors.add(Messages.get("rules.problem.page", draft.page(), doc.get().id(), doc.get().pages()));
        }
    }

    /** Whether a selection takes in any feature of water en bodem (such a rule must say which side steers). */
    public static boolean touchesWaterEnBodem(Selector s, Scenario scenario) {
        return scenario.features().filter(f -> f.theme() == Theme.WATER_EN_BODEM).anyMatch(s::matches);
    }

    /** How many features of the scenario a selection takes in (all horizons). */
    public static long matchCount(Selector s, Scenario scenario) {
        return scenario.features().filter(s::matches).count();
    }
}

package nl.ruimteverkenner.edit;

import java.util.Optional;
import java.util.Set;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Selector;

/**
 * A schuurpunten rule as it stands in the rule form, before it is checked: the numbers are still text as
 * typed (the buffer may use a decimal comma) and any field may be missing. {@link RuleValidator} turns a
 * draft into a {@link Rule} or says what is wrong with it.
 *
 * @param relation null when none is chosen
 * @param a        side A; {@link #NOTHING} when nothing is chosen
 * @param b        side B
 * @param buffer   metres as typed; blank means 0
 * @param sturend  'a', 'b' or null (neither side steers)
 * @param document the cited document's id; may be blank
 * @param page     the cited page as typed
 */
public record RuleDraft(String id, Relation relation, String title, Selector a, Selector b, String buffer,
                        Character sturend, String explanation, String choice, String document, String page,
                        String section) {
    /** A selection that chooses nothing. */
    public static final Selector NOTHING = new Selector(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public RuleDraft {
        id = strip(id);
        title = strip(title);
        a = a == null ? NOTHING : a;
        b = b == null ? NOTHING : b;
        buffer = strip(buffer);
        explanation = strip(explanation);
        choice = strip(choice);
        document = strip(document);
        page = strip(page);
        section = strip(section);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** The form for an existing rule. */
    public static RuleDraft of(Rule r) {
        return new RuleDraft(r.id(), r.relation(), r.title(), r.a(), r.b(), formatBuffer(r.bufferMeters()),
                r.sturend().orElse(null), r.explanation(), r.choice(), r.source().document(),
                Integer.toString(r.source().page()), r.source().section());
    }

    /** An empty form with the given id, for a new rule. */
    public static RuleDraft blank(String id) {
        return new RuleDraft(id, null, "", NOTHING, NOTHING, "0", null, "", "", "", "", "");
    }

    /** The buffer as the form shows it: whole metres without decimals. */
    public static String formatBuffer(double metres) {
        return metres == Math.rint(metres) && Math.abs(metres) < 1e12
                ? Long.toString((long) metres) : Double.toString(metres);
    }

    /** The buffer in metres, or empty when the text is not a number (a decimal comma is allowed). */
    public Optional<Double> bufferMetres() {
        if (buffer.isEmpty()) {
            return Optional.of(0.0);
        }
        if (!buffer.matches("[-+]?[0-9]{1,9}([.,][0-9]+)?")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(buffer.replace(',', '.')));
    }

    /** The cited page, or empty when the text is not a whole number. */
    public Optional<Integer> pageNumber() {
        if (!page.matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(page));
    }

    /** The same draft with another id. */
    public RuleDraft withId(String newId) {
        return new RuleDraft(newId, relation, title, a, b, buffer, sturend, explanation, choice, document, page, section);
    }

    /**
     * The rule this draft describes; throws {@link IllegalStateException} when a required part is missing
     * or a number does not parse (check with {@link RuleValidator} first).
     */
    Rule toRule() {
        double metres = bufferMetres().orElseThrow(() -> new IllegalStateException("buffer " + buffer));
        int p = pageNumber().orElseThrow(() -> new IllegalStateException("page " + page));
        if (relation == null) {
            throw new IllegalStateException("no relation");
        }
        return new Rule(id, relation, title, a, b, metres, Optional.ofNullable(sturend), explanation, choice,
                new Citation(document, p, section));
    }
}

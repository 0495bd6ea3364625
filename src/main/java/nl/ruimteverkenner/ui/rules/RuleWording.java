package nl.ruimteverkenner.ui.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.Theme;

/** How the rule editor puts a rule in words: its selections by name, its buffer, sturend side and source. */
final class RuleWording {
    private RuleWording() {
    }

    /** "lagen Uiterwaarden; kenmerken woningbouw; niet met kenmerk ext", with names from the scenario. */
    static String selection(Selector sel, Scenario s, Function<Theme, String> themeLabel) {
        List<String> parts = new ArrayList<>();
        if (!sel.layers().isEmpty()) {
            parts.add(Messages.get("rules.words.layers",
                    join(sel.layers().stream().map(id -> s.layer(id).map(Layer::label).orElse(id)).toList())));
        }
        if (!sel.tags().isEmpty()) {
            parts.add(Messages.get("rules.words.tags", join(List.copyOf(sel.tags()))));
        }
        if (!sel.themes().isEmpty()) {
            parts.add(Messages.get("rules.words.themes", join(sel.themes().stream().map(themeLabel).toList())));
        }
        if (!sel.features().isEmpty()) {
            parts.add(Messages.get("rules.words.features",
                    join(sel.features().stream().map(id -> s.feature(id).map(Feature::label).orElse(id)).toList())));
        }
        String words = parts.isEmpty() ? Messages.get("rules.words.nothing") : String.join("; ", parts);
        return sel.exceptTags().isEmpty() ? words : Messages.get("rules.words.except", words, join(List.copyOf(sel.exceptTags())));
    }

    private static String join(List<String> names) {
        return String.join(", ", names.stream().sorted(Comparator.naturalOrder()).toList());
    }

    static String buffer(Rule r) {
        return r.bufferMeters() > 0 ? Messages.get("rules.buffer.value", r.bufferMeters()) : Messages.get("rules.buffer.none");
    }

    static String sturend(Rule r) {
        return r.sturend().map(c -> Messages.get("rules.sturend." + c)).orElse(Messages.get("rules.sturend.none"));
    }

    static String source(Rule r) {
        return Messages.get("rules.source.value", r.source().document(), r.source().page());
    }
}

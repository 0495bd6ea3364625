package nl.ruimteverkenner.model;

import java.util.Objects;

/**
 * The choice recorded for one schuurpunt in a workshop: the options on the table, the chosen direction,
 * the reasoning and who owns the follow-up.
 *
 * @param schuurpunt the schuurpunt's key (rule and the two features)
 * @param title      what the schuurpunt is, for readers of the exported list
 * @param horizon    the horizon at which it was discussed
 * @param updated    ISO date-time of the last change
 */
public record SchuurpuntKeuze(String schuurpunt, String title, int horizon, String options, String direction,
                              String reasoning, String owner, String updated) {
    public SchuurpuntKeuze {
        Objects.requireNonNull(schuurpunt, "schuurpunt");
        title = title == null ? "" : title;
        options = options == null ? "" : options;
        direction = direction == null ? "" : direction;
        reasoning = reasoning == null ? "" : reasoning;
        owner = owner == null ? "" : owner;
        updated = updated == null ? "" : updated;
    }

    /** True when nothing has been filled in. */
    public boolean isBlank() {
        return options.isBlank() && direction.isBlank() && reasoning.isBlank() && owner.isBlank();
    }
}

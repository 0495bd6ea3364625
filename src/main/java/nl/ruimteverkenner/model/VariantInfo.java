package nl.ruimteverkenner.model;

import java.util.Objects;

/**
 * Where a variant comes from: the scenario it was based on, who made it and when.
 *
 * @param basedOn id of the original scenario
 * @param author  who saved it
 * @param date    ISO date-time of saving
 */
public record VariantInfo(String basedOn, String author, String date) {
    public VariantInfo {
        Objects.requireNonNull(basedOn, "basedOn");
        author = author == null ? "" : author;
        date = date == null ? "" : date;
    }
}

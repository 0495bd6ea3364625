package nl.ruimteverkenner.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.report.SessionReport.Kind;
import nl.ruimteverkenner.report.SessionReport.SketchItem;
import nl.ruimteverkenner.report.SessionReport.Standing;
import nl.ruimteverkenner.report.SessionReport.Summary;
import nl.ruimteverkenner.report.SessionReport.VariantItem;

/**
 * The words of the workshop session report: every Dutch label and sentence around the data of a
 * {@link SessionReport}, from the {@code session.*} messages (what differs is worded by {@link DiffWording}).
 */
public final class SessionWording {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.locale());
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Messages.locale());

    private SessionWording() {
    }

    /** A fixed text, e.g. {@code text("kicker")} ({@code session.kicker}). */
    public static String text(String key, Object... args) {
        return Messages.get("session." + key, args);
    }

    /** "Werksessie: Wonen langs de Waal". */
    public static String title(SessionReport r) {
        return text("title", r.variantName());
    }

    /** The heading of a kind of section. */
    public static String heading(Kind k) {
        return text("section." + k.id());
    }

    /** "29 november 2026". */
    public static String date(SessionReport r) {
        return r.date().format(DATE);
    }

    /** An ISO date-time as "29 november 2026, 21:04"; as given when it is not one; "" for blank. */
    public static String dateTime(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return LocalDateTime.parse(iso).format(DATE_TIME);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** The opening paragraph. */
    public static String intro(SessionReport r) {
        Summary s = r.summary();
        return text("intro", r.variantName(), r.scenarioName(), s.sketches(), r.horizon(), s.added(), s.removed(), s.changed(),
                s.gained(), text("ha", s.gainedHa()), s.resolved(), text("ha", s.resolvedHa()), s.keuzes());
    }

    /** "Kaart van de 3 schetsen (werkgebied omlijnd) bij horizon 2050". */
    public static String mapCaption(SessionReport r, int sketches) {
        return text("map.caption", sketches, r.horizon());
    }

    /** The columns of the variants table, in order. */
    public static List<String> variantColumns() {
        return List.of(text("variants.col.name"), text("variants.col.author"), text("variants.col.saved"),
                text("variants.col.folder"));
    }

    /** What a row of the family is: "origineel", "dit verslag", "niet opgeslagen", or "". */
    public static String variantRole(VariantItem v) {
        List<String> roles = new ArrayList<>();
        if (v.original()) {
            roles.add(text("variants.original"));
        }
        if (v.unsaved()) {
            roles.add(text("variants.unsaved"));
        }
        if (v.chosen()) {
            roles.add(text("variants.chosen"));
        }
        return String.join(" · ", roles);
    }

    /** "Beweging 3 · vanaf 2030 · 12,3 ha · kenmerken: wonen". */
    public static String sketchFacts(SessionReport r, SketchItem s) {
        List<String> parts = new ArrayList<>();
        parts.add(r.theme(s.theme()));
        parts.add(s.until() > 0 ? text("sketch.period", s.horizon(), s.until()) : text("sketch.from", s.horizon()));
        String size = DiffWording.size(s.areaHa(), s.lengthKm()).replaceFirst("^ · ", "");
        if (!size.isEmpty()) {
            parts.add(size);
        }
        if (!s.tags().isEmpty()) {
            parts.add(text("sketch.tags", String.join(", ", s.tags().stream().sorted().toList())));
        }
        if (!s.inForce()) {
            parts.add(text("sketch.notInForce", r.horizon()));
        }
        return String.join(" · ", parts);
    }

    /** "erbij in de variant", "opgelost door de variant", ... */
    public static String standing(Standing s) {
        return text("standing." + s.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The running footer before the page number. */
    public static String footer(SessionReport r) {
        return text("footer", r.variantName());
    }

    /** The PDF's subject line. */
    public static String subject(SessionReport r) {
        return text("subject", r.variantName(), r.scenarioName(), r.horizon());
    }
}

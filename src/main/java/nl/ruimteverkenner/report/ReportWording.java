package nl.ruimteverkenner.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.GroupKind;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.report.GemeenteReport.FeatureItem;
import nl.ruimteverkenner.report.GemeenteReport.HorizonChange;
import nl.ruimteverkenner.report.GemeenteReport.HorizonRow;
import nl.ruimteverkenner.report.GemeenteReport.SchuurpuntItem;
import nl.ruimteverkenner.report.GemeenteReport.SourceItem;

/**
 * The words of the report: every label and sentence around the data of a {@link GemeenteReport}, read
 * from the message bundle ({@code report.*} and {@code reportdata.*} keys). The layout only places them.
 */
public final class ReportWording {
    /** The columns of the horizon table, in order; each has a {@code report.horizons.col.*} heading. */
    public static final List<String> HORIZON_COLUMNS =
            List.of("horizon", "features", "keuzes", "conflicts", "voorwaardelijk", "koppelkansen", "conflictHa");

    private ReportWording() {
    }

    /** A fixed text of the report, e.g. {@code text("map")} for the heading "Kaart" ({@code report.map}). */
    public static String text(String key, Object... args) {
        return Messages.get("report." + key, args);
    }

    /** "Wat de Nota Ruimte betekent voor Utrecht". */
    public static String title(GemeenteReport r) {
        return text("title", r.areaName());
    }

    /** "23 november 2026". */
    public static String date(GemeenteReport r) {
        return Messages.date(r.date());
    }

    /** "gemeente Utrecht (GM0344) · 9.938,0 ha". */
    public static String areaLine(GemeenteReport r) {
        return blank(r.areaCode())
                ? text("cover.areaValue", nz(r.areaKind()), r.areaName(), r.areaHa())
                : text("cover.areaValueCode", nz(r.areaKind()), r.areaName(), r.areaCode(), r.areaHa());
    }

    /** The opening paragraph. */
    public static String intro(GemeenteReport r) {
        GemeenteReport.Summary s = r.summary();
        return Messages.get("reportdata.intro", nz(r.scenarioName()), r.areaName(), r.horizon(), s.features(),
                s.keuzes(), s.schuurpunten(), s.conflicts());
    }

    /** The caption under the map. */
    public static String mapCaption(GemeenteReport r) {
        return Messages.get("reportdata.mapCaption", r.areaName(), r.horizon());
    }

    /** "beweging", "doorsnijdend thema", ... */
    public static String kind(GroupKind kind) {
        return kind == null ? "" : Messages.get("reportdata.kind." + kind.id());
    }

    /** "Gemaakte keuze (≈ 2030)", ... */
    public static String category(KeuzeCategorie c) {
        return c == null ? "" : Messages.get("category." + c.id());
    }

    /** "conflict", "voorwaardelijk", "koppelkans". */
    public static String relation(Relation r) {
        return Messages.get("relation." + r.id());
    }

    /** What a relation means, for the legend. */
    public static String relationLegend(Relation r) {
        return text("schuurpunten.legend." + r.id());
    }

    /** Share of the area and/or length, or "" for points. */
    public static String featureSize(FeatureItem f) {
        StringBuilder s = new StringBuilder();
        if (f.sharePercent() > 0) {
            s.append(f.sharePercent() < 0.05 ? text("feature.shareSmall") : text("feature.share", f.sharePercent()));
        }
        if (f.lengthKm() > 0) {
            if (s.length() > 0) {
                s.append(" · ");
            }
            s.append(text("feature.length", f.lengthKm()));
        }
        return s.toString();
    }

    /** Hectares and/or kilometres of a schuurpunt, prefixed with ≈ when the geometry is schematic. */
    public static String schuurpuntSize(SchuurpuntItem s) {
        String size;
        if (s.areaHa() > 0) {
            size = text("sp.area", s.areaHa());
            if (s.lengthKm() > 0) {
                size = size + " · " + text("sp.length", s.lengthKm());
            }
        } else if (s.lengthKm() > 0) {
            size = text("sp.length", s.lengthKm());
        } else {
            return "";
        }
        return s.schematic() ? text("sp.sizeApprox", size) : size;
    }

    /** "A ↔ B". */
    public static String claims(SchuurpuntItem s) {
        return text("sp.claimPair", nz(s.claimA()), nz(s.claimB()));
    }

    /** The formatted cells of one row of the horizon table, in the order of {@link #HORIZON_COLUMNS}. */
    public static List<String> horizonCells(HorizonRow row) {
        return List.of(text("horizons.year", row.horizon()),
                text("horizons.count", row.features()),
                text("horizons.count", row.keuzes()),
                text("horizons.count", row.conflicts()),
                text("horizons.count", row.voorwaardelijk()),
                text("horizons.count", row.koppelkansen()),
                text("horizons.ha", row.conflictHa()));
    }

    /** "Van 2030 naar 2050: 3 kaartobjecten erbij en 0 vervallen; ...". */
    public static String change(HorizonChange c) {
        String examples = String.join("; ", c.examples());
        return Messages.get("reportdata.change", c.from(), c.to(), c.added(), c.removed(), c.appearing(), c.vanishing(),
                examples.isEmpty() ? 0 : 1, examples);
    }

    /** The numbered source list: the scenario's documents, then the basemap and the boundaries. */
    public static List<String> sources(GemeenteReport r) {
        List<String> out = new ArrayList<>();
        for (SourceItem s : r.sources()) {
            out.add(Messages.get("reportdata.source", s.title(), s.publisher(), s.date()));
        }
        out.add(Messages.get("reportdata.source.basemap"));
        out.add(Messages.get("reportdata.source.boundaries"));
        return out;
    }

    /** The running footer that the page number follows, e.g. "Utrecht · Nota Ruimte · pagina". */
    public static String footer(GemeenteReport r) {
        return text("footer", r.areaName());
    }

    /** The PDF's subject line. */
    public static String subject(GemeenteReport r) {
        return text("pdf.subject", r.areaName(), r.horizon(), nz(r.scenarioName()));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}

package nl.ruimteverkenner.report;

import static nl.ruimteverkenner.report.ReportWording.blank;
import static nl.ruimteverkenner.report.ReportWording.nz;
import static nl.ruimteverkenner.report.ReportWording.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.AtomicFiles;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.report.GemeenteReport.FeatureItem;
import nl.ruimteverkenner.report.GemeenteReport.HorizonChange;
import nl.ruimteverkenner.report.GemeenteReport.HorizonRow;
import nl.ruimteverkenner.report.GemeenteReport.KeuzeItem;
import nl.ruimteverkenner.report.GemeenteReport.SchuurpuntItem;
import nl.ruimteverkenner.report.GemeenteReport.ThemeSection;
import nl.ruimteverkenner.style.CategoryStyle;

/**
 * Lays out a {@link GemeenteReport} as one self-contained page of well-formed XHTML: inline CSS, the map
 * inlined as a data URI, no scripts and no external resources, so the file can be mailed or printed as it
 * is. The same markup is the source of the PDF ({@link PdfReportWriter}); its print styles (see
 * {@link ReportCss}) give A4 pages, page numbers and a new page for every main section.
 */
public final class HtmlReportWriter {
    private HtmlReportWriter() {
    }

    /** Writes the report to {@code out} atomically (the old file stays intact if anything fails). */
    public static void write(GemeenteReport r, Path out) throws IOException {
        AtomicFiles.write(out, render(r).getBytes(StandardCharsets.UTF_8));
    }

    /** The complete document; every text is escaped and every element closed, so it parses as XML. */
    public static String render(GemeenteReport r) {
        StringBuilder h = new StringBuilder(32_768 + r.mapPng().length * 4 / 3);
        String title = ReportWording.title(r);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(Messages.language().code()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"Ruimteverkenner\"/>\n")
                .append("<meta name=\"creator\" content=\"Ruimteverkenner\"/>\n")
                .append("<meta name=\"subject\" content=\"").append(esc(ReportWording.subject(r))).append("\"/>\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(ReportCss.css(r))
                .append("</style>\n</head>\n<body>\n<main>\n");
        cover(h, r, title);
        map(h, r);
        sections(h, r);
        schuurpunten(h, r);
        horizons(h, r);
        sources(h, r);
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void cover(StringBuilder h, GemeenteReport r, String title) {
        h.append("<header class=\"cover\">\n<p class=\"kicker\">").append(esc(text("kicker"))).append("</p>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<dl class=\"meta\">\n");
        meta(h, text("cover.area"), ReportWording.areaLine(r));
        meta(h, text("cover.scenario"), r.scenarioName());
        meta(h, text("cover.horizon"), text("cover.horizonValue", r.horizon()));
        meta(h, text("cover.date"), ReportWording.date(r));
        h.append("</dl>\n</header>\n");
        h.append("<section class=\"intro\" aria-label=\"").append(esc(text("intro"))).append("\">\n");
        paragraphs(h, ReportWording.intro(r), "lead");
        h.append("</section>\n");
        h.append("<nav class=\"toc\">\n<h2>").append(esc(text("toc"))).append("</h2>\n<ol>\n");
        tocEntry(h, "kaart", text("map"), "");
        tocEntry(h, "bewegingen", text("sections"), "");
        for (int i = 0; i < r.sections().size(); i++) {
            tocEntry(h, "thema-" + (i + 1), r.sections().get(i).theme(), "sub");
        }
        tocEntry(h, "schuurpunten", text("schuurpunten"), "");
        tocEntry(h, "horizonnen", text("horizons"), "");
        tocEntry(h, "bronnen", text("sources"), "");
        h.append("</ol>\n</nav>\n");
    }

    private static void map(StringBuilder h, GemeenteReport r) {
        h.append("<section id=\"kaart\" class=\"main\">\n<h2>").append(esc(text("map"))).append("</h2>\n");
        if (r.mapPng().length == 0) {
            h.append("<p class=\"note\">").append(esc(text("map.missing"))).append("</p>\n");
        } else {
            String caption = ReportWording.mapCaption(r);
            h.append("<figure class=\"map\">\n<img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(r.mapPng()))
                    .append("\" alt=\"").append(esc(caption)).append("\"/>\n")
                    .append("<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n");
        }
        h.append("</section>\n");
    }

    private static void sections(StringBuilder h, GemeenteReport r) {
        h.append("<section id=\"bewegingen\" class=\"main\">\n<h2>").append(esc(text("sections"))).append("</h2>\n");
        if (r.sections().isEmpty()) {
            h.append("<p class=\"note\">").append(esc(text("sections.none", r.areaName()))).append("</p>\n");
        }
        for (int i = 0; i < r.sections().size(); i++) {
            ThemeSection s = r.sections().get(i);
            h.append("<section id=\"thema-").append(i + 1).append(i == 0 ? "\" class=\"theme first\">\n" : "\" class=\"theme\">\n");
            String kind = ReportWording.kind(s.kind());
            if (!kind.isEmpty()) {
                h.append("<p class=\"kicker\">").append(esc(kind)).append("</p>\n");
            }
            h.append("<h3>").append(esc(s.theme())).append("</h3>\n");
            h.append("<h4>").append(esc(text("features"))).append("</h4>\n");
            if (s.features().isEmpty()) {
                h.append("<p class=\"note\">").append(esc(text("features.none"))).append("</p>\n");
            } else {
                h.append("<ul class=\"items\">\n");
                s.features().forEach(f -> feature(h, f));
                h.append("</ul>\n");
            }
            h.append("<h4>").append(esc(text("keuzes"))).append("</h4>\n");
            if (s.keuzes().isEmpty()) {
                h.append("<p class=\"note\">").append(esc(text("keuzes.none"))).append("</p>\n");
            } else {
                h.append("<ul class=\"items\">\n");
                s.keuzes().forEach(k -> keuze(h, k));
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }
        h.append("</section>\n");
    }

    private static void feature(StringBuilder h, FeatureItem f) {
        h.append("<li class=\"item\">\n<p class=\"item-head\"><strong>").append(esc(f.label())).append("</strong>");
        categoryTag(h, f.category());
        if (f.schematic()) {
            basisTag(h, f.basis());
        }
        String size = ReportWording.featureSize(f);
        if (!size.isEmpty()) {
            h.append(" <span class=\"size\">").append(esc(size)).append("</span>");
        }
        h.append("</p>\n");
        if (!blank(f.description())) {
            paragraphs(h, f.description(), null);
        }
        source(h, f.source());
        h.append("</li>\n");
    }

    private static void keuze(StringBuilder h, KeuzeItem k) {
        h.append("<li class=\"item\">\n<p class=\"item-head\"><strong>").append(esc(k.title())).append("</strong>");
        categoryTag(h, k.category());
        h.append("</p>\n");
        if (!blank(k.summary())) {
            paragraphs(h, k.summary(), null);
        }
        source(h, k.source());
        h.append("</li>\n");
    }

    private static void schuurpunten(StringBuilder h, GemeenteReport r) {
        h.append("<section id=\"schuurpunten\" class=\"main\">\n<h2>").append(esc(text("schuurpunten"))).append("</h2>\n");
        if (r.schuurpunten().isEmpty()) {
            h.append("<p class=\"note\">").append(esc(text("schuurpunten.none", r.horizon(), r.areaName())))
                    .append("</p>\n</section>\n");
            return;
        }
        h.append("<p>").append(esc(text("schuurpunten.intro", r.areaName(), r.horizon()))).append("</p>\n");
        h.append("<ul class=\"legend\">\n");
        for (Relation rel : Relation.values()) {
            h.append("<li>");
            relationTag(h, rel);
            h.append(' ').append(esc(ReportWording.relationLegend(rel))).append("</li>\n");
        }
        h.append("</ul>\n");
        for (SchuurpuntItem s : r.schuurpunten()) {
            h.append("<article class=\"sp sp-").append(s.relation().id()).append("\">\n<p class=\"sp-head\">");
            relationTag(h, s.relation());
            h.append(" <strong>").append(esc(s.title())).append("</strong>");
            if (s.schematic()) {
                basisTag(h, s.basis());
            }
            h.append("</p>\n<dl>\n");
            field(h, text("sp.claims"), ReportWording.claims(s), null);
            field(h, text("sp.size"), ReportWording.schuurpuntSize(s), null);
            field(h, text("sp.explanation"), s.explanation(), null);
            field(h, text("sp.sturend"), s.sturend(), "sturend");
            field(h, text("sp.choice"), s.choice(), "choice");
            h.append("</dl>\n");
            source(h, s.source());
            h.append("</article>\n");
        }
        h.append("</section>\n");
    }

    private static void horizons(StringBuilder h, GemeenteReport r) {
        h.append("<section id=\"horizonnen\" class=\"main\">\n<h2>").append(esc(text("horizons"))).append("</h2>\n");
        if (!r.horizons().isEmpty()) {
            h.append("<p>").append(esc(text("horizons.intro", r.areaName()))).append("</p>\n");
            h.append("<div class=\"table-wrap\">\n<table class=\"horizons\">\n<thead><tr>");
            for (String col : ReportWording.HORIZON_COLUMNS) {
                h.append("<th scope=\"col\">").append(esc(text("horizons.col." + col))).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (HorizonRow row : r.horizons()) {
                List<String> cells = ReportWording.horizonCells(row);
                h.append(row.horizon() == r.horizon() ? "<tr class=\"current\">" : "<tr>");
                h.append("<th scope=\"row\">").append(esc(cells.get(0))).append("</th>");
                for (int c = 1; c < cells.size(); c++) {
                    boolean hot = c == ReportWording.HORIZON_COLUMNS.indexOf("conflicts") && row.conflicts() > 0;
                    h.append(hot ? "<td class=\"hot\">" : "<td>").append(esc(cells.get(c))).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n</div>\n");
        }
        if (!r.horizonChanges().isEmpty()) {
            h.append("<h3>").append(esc(text("horizons.changes"))).append("</h3>\n<ul class=\"changes\">\n");
            for (HorizonChange c : r.horizonChanges()) {
                h.append("<li>").append(esc(ReportWording.change(c))).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void sources(StringBuilder h, GemeenteReport r) {
        h.append("<section id=\"bronnen\" class=\"main sources\">\n<h2>").append(esc(text("sources"))).append("</h2>\n<ol>\n");
        for (String s : ReportWording.sources(r)) {
            h.append("<li>").append(esc(s)).append("</li>\n");
        }
        h.append("</ol>\n<p class=\"colophon\">").append(esc(text("colophon", ReportWording.date(r)))).append("</p>\n");
        h.append("</section>\n");
    }

    // --- helpers ---

    private static void meta(StringBuilder h, String label, String value) {
        if (!blank(value)) {
            h.append("<div><dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd></div>\n");
        }
    }

    private static void tocEntry(StringBuilder h, String id, String label, String cssClass) {
        h.append(cssClass.isEmpty() ? "<li>" : "<li class=\"" + cssClass + "\">").append("<a href=\"#").append(id)
                .append("\">").append(esc(label)).append("</a></li>\n");
    }

    private static void field(StringBuilder h, String label, String value, String cssClass) {
        if (!blank(value)) {
            h.append("<dt>").append(esc(label)).append("</dt>").append(cssClass == null ? "<dd>" : "<dd class=\"" + cssClass + "\">")
                    .append(esc(value)).append("</dd>\n");
        }
    }

    static void relationTag(StringBuilder h, Relation r) {
        h.append("<span class=\"rel rel-").append(r.id()).append("\">").append(esc(ReportWording.relation(r))).append("</span>");
    }

    /** The category label styled as {@link CategoryStyle} draws it on the map (class {@code cat-solid}, ...). */
    static void categoryTag(StringBuilder h, KeuzeCategorie c) {
        if (c != null) {
            h.append(" <span class=\"tag cat-").append(CategoryStyle.of(c).name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(esc(ReportWording.category(c))).append("</span>");
        }
    }

    /** "schematisch" or "aanname": what a figure rests on. */
    static void basisTag(StringBuilder h, Basis basis) {
        String key = basis == Basis.AANNAME ? "aanname" : "schematic";
        h.append(" <span class=\"tag schematic\" title=\"").append(esc(text(key + ".title"))).append("\">")
                .append(esc(text(key))).append("</span>");
    }

    private static void source(StringBuilder h, String source) {
        if (!blank(source)) {
            h.append("<p class=\"source\">").append(esc(text("source", source))).append("</p>\n");
        }
    }

    /** Text with blank lines becomes several paragraphs; single newlines become line breaks. */
    static void paragraphs(StringBuilder h, String text, String cssClass) {
        for (String p : nz(text).strip().split("\\R\\s*\\R")) {
            h.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">")
                    .append(esc(p.strip()).replaceAll("\\R", "<br/>\n")).append("</p>\n");
        }
    }

    /**
     * Escapes text for element content and quoted attribute values; characters XML does not allow (control
     * characters, lone surrogates) become a space.
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || Character.isSurrogate(c)
                            || c == 0xFFFE || c == 0xFFFF) {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}

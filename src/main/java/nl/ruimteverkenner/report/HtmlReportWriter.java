package nl.ruimteverkenner.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.AtomicFiles;
import nl.ruimteverkenner.report.GemeenteReport.FeatureItem;
import nl.ruimteverkenner.report.GemeenteReport.HorizonRow;
import nl.ruimteverkenner.report.GemeenteReport.KeuzeItem;
import nl.ruimteverkenner.report.GemeenteReport.SchuurpuntItem;
import nl.ruimteverkenner.report.GemeenteReport.ThemeSection;

/**
 * Lays out a {@link GemeenteReport} as one self-contained HTML5 page: inline CSS, the map inlined as a
 * data URI, no scripts and no external resources, so the file can be mailed or printed as it is. Print
 * styles put every main section on a new A4 page.
 */
public final class HtmlReportWriter {
    private HtmlReportWriter() {
    }

    /** Writes the report to {@code out} atomically (the old file stays intact if anything fails). */
    public static void write(GemeenteReport r, Path out) throws IOException {
        AtomicFiles.write(out, render(r).getBytes(StandardCharsets.UTF_8));
    }

    /** The complete HTML document. */
    static String render(GemeenteReport r) {
        StringBuilder h = new StringBuilder(32_768);
        String title = Messages.get("report.title", r.areaName());
        h.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Ruimteverkenner\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<main>\n");
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
        h.append("<header class=\"cover\">\n<p class=\"kicker\">").append(esc(Messages.get("report.kicker"))).append("</p>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<dl class=\"meta\">\n");
        meta(h, Messages.get("report.cover.area"), areaLine(r));
        meta(h, Messages.get("report.cover.scenario"), r.scenarioName());
        meta(h, Messages.get("report.cover.horizon"), Messages.get("report.cover.horizonValue", r.horizon()));
        meta(h, Messages.get("report.cover.date"), r.date());
        h.append("</dl>\n</header>\n");
        if (!blank(r.intro())) {
            h.append("<section class=\"intro\" aria-label=\"").append(esc(Messages.get("report.intro"))).append("\">\n");
            paragraphs(h, r.intro(), "lead");
            h.append("</section>\n");
        }
        h.append("<nav class=\"toc\">\n<h2>").append(esc(Messages.get("report.toc"))).append("</h2>\n<ol>\n");
        tocEntry(h, "kaart", Messages.get("report.map"));
        h.append("<li><a href=\"#bewegingen\">").append(esc(Messages.get("report.sections"))).append("</a>");
        if (!r.sections().isEmpty()) {
            h.append("\n<ol>\n");
            for (int i = 0; i < r.sections().size(); i++) {
                tocEntry(h, "thema-" + (i + 1), r.sections().get(i).theme());
            }
            h.append("</ol>\n");
        }
        h.append("</li>\n");
        tocEntry(h, "schuurpunten", Messages.get("report.schuurpunten"));
        tocEntry(h, "horizonnen", Messages.get("report.horizons"));
        tocEntry(h, "bronnen", Messages.get("report.sources"));
        h.append("</ol>\n</nav>\n");
    }

    private static void map(StringBuilder h, GemeenteReport r) {
        h.append("<section id=\"kaart\" class=\"main\">\n<h2>").append(esc(Messages.get("report.map"))).append("</h2>\n");
        if (r.mapPng().length == 0) {
            h.append("<p class=\"note\">").append(esc(Messages.get("report.map.missing"))).append("</p>\n");
        } else {
            h.append("<figure class=\"map\">\n<img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(r.mapPng()))
                    .append("\" alt=\"").append(esc(nz(r.mapCaption()).isEmpty() ? Messages.get("report.map") : r.mapCaption()))
                    .append("\">\n");
            if (!blank(r.mapCaption())) {
                h.append("<figcaption>").append(esc(r.mapCaption())).append("</figcaption>\n");
            }
            h.append("</figure>\n");
        }
        h.append("</section>\n");
    }

    private static void sections(StringBuilder h, GemeenteReport r) {
        h.append("<section id=\"bewegingen\" class=\"main\">\n<h2>").append(esc(Messages.get("report.sections")))
                .append("</h2>\n");
        if (r.sections().isEmpty()) {
            h.append("<p class=\"note\">").append(esc(Messages.get("report.sections.none", r.areaName()))).append("</p>\n");
        }
        for (int i = 0; i < r.sections().size(); i++) {
            ThemeSection s = r.sections().get(i);
            h.append("<section id=\"thema-").append(i + 1).append("\" class=\"theme\">\n");
            if (!blank(s.themeKind())) {
                h.append("<p class=\"kicker\">").append(esc(s.themeKind())).append("</p>\n");
            }
            h.append("<h3>").append(esc(s.theme())).append("</h3>\n");
            h.append("<h4>").append(esc(Messages.get("report.features"))).append("</h4>\n");
            if (s.features().isEmpty()) {
                h.append("<p class=\"note\">").append(esc(Messages.get("report.features.none"))).append("</p>\n");
            } else {
                h.append("<ul class=\"items\">\n");
                for (FeatureItem f : s.features()) {
                    feature(h, f);
                }
                h.append("</ul>\n");
            }
            h.append("<h4>").append(esc(Messages.get("report.keuzes"))).append("</h4>\n");
            if (s.keuzes().isEmpty()) {
                h.append("<p class=\"note\">").append(esc(Messages.get("report.keuzes.none"))).append("</p>\n");
            } else {
                h.append("<ul class=\"items\">\n");
                for (KeuzeItem k : s.keuzes()) {
                    keuze(h, k);
                }
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
            h.append(" <span class=\"tag schematic\" title=\"").append(esc(Messages.get("report.schematic.title"))).append("\">")
                    .append(esc(Messages.get("report.schematic"))).append("</span>");
        }
        String size = featureSize(f);
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
        h.append("<section id=\"schuurpunten\" class=\"main\">\n<h2>").append(esc(Messages.get("report.schuurpunten")))
                .append("</h2>\n");
        if (r.schuurpunten().isEmpty()) {
            h.append("<p class=\"note\">").append(esc(Messages.get("report.schuurpunten.none", r.horizon(), r.areaName())))
                    .append("</p>\n</section>\n");
            return;
        }
        h.append("<p>").append(esc(Messages.get("report.schuurpunten.intro", r.areaName(), r.horizon()))).append("</p>\n");
        h.append("<ul class=\"legend\">\n");
        for (String kind : List.of("conflict", "voorwaardelijk", "koppelkans")) {
            h.append("<li><span class=\"rel rel-").append(kind).append("\">").append(esc(Messages.get("relation." + kind)))
                    .append("</span> ").append(esc(Messages.get("report.schuurpunten.legend." + kind))).append("</li>\n");
        }
        h.append("</ul>\n");
        for (SchuurpuntItem s : r.schuurpunten()) {
            String kind = relationKind(s.relation());
            h.append("<article class=\"sp sp-").append(kind).append("\">\n<p class=\"sp-head\"><span class=\"rel rel-")
                    .append(kind).append("\">").append(esc(s.relation())).append("</span> <strong>").append(esc(s.title()))
                    .append("</strong>");
            if (s.schematic()) {
                h.append(" <span class=\"tag schematic\" title=\"").append(esc(Messages.get("report.schematic.title")))
                        .append("\">").append(esc(Messages.get("report.schematic"))).append("</span>");
            }
            h.append("</p>\n<dl>\n");
            field(h, Messages.get("report.sp.claims"), Messages.get("report.sp.claimPair", nz(s.claimA()), nz(s.claimB())));
            String size = schuurpuntSize(s);
            if (!size.isEmpty()) {
                field(h, Messages.get("report.sp.size"), size);
            }
            field(h, Messages.get("report.sp.explanation"), s.explanation());
            if (!blank(s.sturend())) {
                h.append("<dt>").append(esc(Messages.get("report.sp.sturend"))).append("</dt><dd class=\"sturend\">")
                        .append(esc(s.sturend())).append("</dd>\n");
            }
            if (!blank(s.choice())) {
                h.append("<dt>").append(esc(Messages.get("report.sp.choice"))).append("</dt><dd class=\"choice\">")
                        .append(esc(s.choice())).append("</dd>\n");
            }
            h.append("</dl>\n");
            source(h, s.source());
            h.append("</article>\n");
        }
        h.append("</section>\n");
    }

    private static void horizons(StringBuilder h, GemeenteReport r) {
        h.append("<section id=\"horizonnen\" class=\"main\">\n<h2>").append(esc(Messages.get("report.horizons")))
                .append("</h2>\n");
        if (!r.horizons().isEmpty()) {
            h.append("<p>").append(esc(Messages.get("report.horizons.intro", r.areaName()))).append("</p>\n");
            h.append("<div class=\"table-wrap\">\n<table class=\"horizons\">\n<thead><tr>");
            for (String col : HORIZON_COLUMNS) {
                h.append("<th scope=\"col\">").append(esc(Messages.get("report.horizons.col." + col))).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (HorizonRow row : r.horizons()) {
                List<String> cells = horizonCells(row);
                h.append(row.horizon() == r.horizon() ? "<tr class=\"current\">" : "<tr>");
                h.append("<th scope=\"row\">").append(esc(cells.get(0))).append("</th>");
                for (int c = 1; c < cells.size(); c++) {
                    h.append(c == 3 && row.conflicts() > 0 ? "<td class=\"hot\">" : "<td>").append(esc(cells.get(c))).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n</div>\n");
        }
        if (!r.horizonChanges().isEmpty()) {
            h.append("<h3>").append(esc(Messages.get("report.horizons.changes"))).append("</h3>\n<ul class=\"changes\">\n");
            for (String c : r.horizonChanges()) {
                h.append("<li>").append(esc(c)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void sources(StringBuilder h, GemeenteReport r) {
        h.append("<section id=\"bronnen\" class=\"main sources\">\n<h2>").append(esc(Messages.get("report.sources")))
                .append("</h2>\n");
        if (!r.sources().isEmpty()) {
            h.append("<ol>\n");
            for (String s : r.sources()) {
                h.append("<li>").append(esc(s)).append("</li>\n");
            }
            h.append("</ol>\n");
        }
        h.append("<p class=\"colophon\">").append(esc(Messages.get("report.colophon", nz(r.date())))).append("</p>\n");
        h.append("</section>\n");
    }

    // --- shared by both writers ---

    static final List<String> HORIZON_COLUMNS =
            List.of("horizon", "features", "keuzes", "conflicts", "voorwaardelijk", "koppelkansen", "conflictHa");

    /** The formatted cells of one row of the horizon table, in the order of {@link #HORIZON_COLUMNS}. */
    static List<String> horizonCells(HorizonRow row) {
        return List.of(Messages.get("report.horizons.year", row.horizon()),
                Messages.get("report.horizons.count", row.features()),
                Messages.get("report.horizons.count", row.keuzes()),
                Messages.get("report.horizons.count", row.conflicts()),
                Messages.get("report.horizons.count", row.voorwaardelijk()),
                Messages.get("report.horizons.count", row.koppelkansen()),
                Messages.get("report.horizons.ha", row.conflictHa()));
    }

    /** "gemeente Utrecht (GM0344) · 9.938,0 ha". */
    static String areaLine(GemeenteReport r) {
        return blank(r.areaCode())
                ? Messages.get("report.cover.areaValue", nz(r.areaKind()), r.areaName(), r.areaHa())
                : Messages.get("report.cover.areaValueCode", nz(r.areaKind()), r.areaName(), r.areaCode(), r.areaHa());
    }

    /** Share of the area and/or length, or "" for points. */
    static String featureSize(FeatureItem f) {
        StringBuilder s = new StringBuilder();
        if (f.sharePercent() > 0) {
            s.append(f.sharePercent() < 0.05 ? Messages.get("report.feature.shareSmall")
                    : Messages.get("report.feature.share", f.sharePercent()));
        }
        if (f.lengthKm() > 0) {
            if (s.length() > 0) {
                s.append(" · ");
            }
            s.append(Messages.get("report.feature.length", f.lengthKm()));
        }
        return s.toString();
    }

    /** Hectares and/or kilometres of a schuurpunt, prefixed with ≈ when the geometry is schematic. */
    static String schuurpuntSize(SchuurpuntItem s) {
        String size;
        if (s.areaHa() > 0) {
            size = Messages.get("report.sp.area", s.areaHa());
            if (s.lengthKm() > 0) {
                size = size + " · " + Messages.get("report.sp.length", s.lengthKm());
            }
        } else if (s.lengthKm() > 0) {
            size = Messages.get("report.sp.length", s.lengthKm());
        } else {
            return "";
        }
        return s.schematic() ? Messages.get("report.sp.sizeApprox", size) : size;
    }

    /** "conflict", "voorwaardelijk", "koppelkans" or "overig", from the relation text of a schuurpunt. */
    static String relationKind(String relation) {
        String r = nz(relation).toLowerCase(Locale.ROOT);
        if (r.contains("conflict")) {
            return "conflict";
        }
        if (r.contains("voorwaardelijk")) {
            return "voorwaardelijk";
        }
        if (r.contains("koppel")) {
            return "koppelkans";
        }
        return "overig";
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    // --- HTML helpers ---

    private static void meta(StringBuilder h, String label, String value) {
        if (!blank(value)) {
            h.append("<div><dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd></div>\n");
        }
    }

    private static void tocEntry(StringBuilder h, String id, String text) {
        h.append("<li><a href=\"#").append(id).append("\">").append(esc(text)).append("</a></li>\n");
    }

    private static void field(StringBuilder h, String label, String value) {
        if (!blank(value)) {
            h.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
        }
    }

    private static void categoryTag(StringBuilder h, String category) {
        if (!blank(category)) {
            h.append(" <span class=\"tag cat-").append(slug(category)).append("\">").append(esc(category)).append("</span>");
        }
    }

    private static void source(StringBuilder h, String source) {
        if (!blank(source)) {
            h.append("<p class=\"source\">").append(esc(Messages.get("report.source", source))).append("</p>\n");
        }
    }

    /** Text with blank lines becomes several paragraphs; single newlines become line breaks. */
    private static void paragraphs(StringBuilder h, String text, String cssClass) {
        for (String p : text.strip().split("\\R\\s*\\R")) {
            h.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">")
                    .append(esc(p.strip()).replaceAll("\\R", "<br>\n")).append("</p>\n");
        }
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Escapes text for element content and quoted attribute values. */
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
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            :root {
              --ink: #1f2328; --muted: #5b6370; --rule: #d8dce2; --paper: #ffffff; --tint: #f4f6f9;
              --accent: #154273;
              --conflict: #c0392b; --voorwaardelijk: #d9822b; --koppelkans: #2b8a3e;
              --serif: "Charter", "Bitstream Charter", "Iowan Old Style", "Palatino Linotype", Palatino,
                       "Source Serif 4", "Noto Serif", "DejaVu Serif", Georgia, serif;
              --sans: "Source Sans 3", "Fira Sans", "Segoe UI", "Noto Sans", "Open Sans", Frutiger, Calibri,
                      "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
            }
            * { box-sizing: border-box; }
            html { background: var(--tint); }
            body { margin: 0; color: var(--ink); font: 17px/1.55 var(--serif);
                   font-variant-numeric: oldstyle-nums proportional-nums; }
            main { max-width: 46rem; margin: 2rem auto; padding: 3rem 3.5rem; background: var(--paper);
                   box-shadow: 0 1px 3px rgba(0,0,0,.08); }
            h1, h2, h3, h4, .kicker, .meta dt, .item-head, .sp-head, .tag, .rel, .size, .source, figcaption, table, nav, dt, .note, .colophon {
              font-family: var(--sans);
            }
            h1 { font-size: 2.3rem; line-height: 1.15; font-weight: 650; margin: .2rem 0 1.4rem; color: var(--accent);
                 letter-spacing: -.01em; }
            h2 { font-size: 1.55rem; line-height: 1.25; font-weight: 650; margin: 3rem 0 1rem; color: var(--accent);
                 padding-bottom: .35rem; border-bottom: 2px solid var(--accent); }
            h3 { font-size: 1.2rem; line-height: 1.3; font-weight: 650; margin: .1rem 0 .6rem; }
            h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted);
                 font-weight: 600; margin: 1.2rem 0 .4rem; }
            p { margin: 0 0 .8rem; }
            .kicker { font-size: .78rem; text-transform: uppercase; letter-spacing: .1em; color: var(--muted);
                      margin: 0; font-weight: 600; }
            .cover { border-top: 8px solid var(--accent); padding-top: 1.6rem; margin-bottom: 2rem; }
            .meta { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .7rem 2rem; margin: 0;
                    padding: 1rem 0; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); }
            .meta dt { font-size: .72rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
            .meta dd { margin: .1rem 0 0; font-size: 1rem; }
            .lead { font-size: 1.12rem; line-height: 1.55; }
            .toc h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .1em; color: var(--muted);
                      border: 0; margin: 2rem 0 .4rem; padding: 0; }
            .toc ol { margin: 0; padding-left: 1.3rem; font-size: .95rem; line-height: 1.7; }
            .toc ol ol { list-style: lower-alpha; font-size: .9rem; color: var(--muted); }
            .toc a { color: var(--ink); text-decoration: none; border-bottom: 1px solid var(--rule); }
            .map { margin: 0; }
            .map img { display: block; width: 100%; height: auto; border: 1px solid var(--rule); }
            figcaption { font-size: .82rem; color: var(--muted); margin-top: .5rem; line-height: 1.4; }
            .theme { margin: 0 0 2.2rem; padding-top: 1rem; border-top: 1px solid var(--rule); }
            .theme:first-of-type { border-top: 0; padding-top: 0; }
            .items { list-style: none; margin: 0; padding: 0; }
            .item { margin: 0 0 1rem; padding-left: .9rem; border-left: 3px solid var(--rule); }
            .item p { margin-bottom: .3rem; }
            .item-head { line-height: 1.45; }
            .tag { display: inline-block; font-size: .7rem; line-height: 1.5; padding: 0 .45em; border-radius: 3px;
                   border: 1px solid #98a2b3; color: #344054; vertical-align: .12em; white-space: nowrap; }
            .cat-gemaakte-keuze { background: #344054; border-color: #344054; color: #fff; }
            .cat-te-maken-keuze { border-style: dashed; }
            .cat-te-agenderen-keuze { border-style: dotted; }
            .cat-bestaande-situatie { border-color: var(--rule); color: var(--muted); }
            .tag.schematic { border-color: #b08900; color: #7a5d00; background: #fff8e1; font-style: italic; }
            .size { font-size: .85rem; color: var(--muted); white-space: nowrap; }
            .source { font-size: .76rem; line-height: 1.4; color: var(--muted); }
            .note { color: var(--muted); font-style: italic; }
            .legend { list-style: none; padding: 0; margin: 0 0 1.4rem; font-size: .9rem; }
            .legend li { margin: .2rem 0; }
            .rel { display: inline-block; min-width: 7.5em; text-align: center; font-size: .72rem; font-weight: 700;
                   text-transform: uppercase; letter-spacing: .06em; color: #fff; padding: .1em .6em; border-radius: 3px;
                   background: #667085; vertical-align: .1em; }
            .rel-conflict { background: var(--conflict); }
            .rel-voorwaardelijk { background: var(--voorwaardelijk); }
            .rel-koppelkans { background: var(--koppelkans); }
            .sp { margin: 0 0 1.3rem; padding: .9rem 1.1rem .6rem; border: 1px solid var(--rule);
                  border-left: 6px solid #667085; border-radius: 3px; }
            .sp-conflict { border-left-color: var(--conflict); }
            .sp-voorwaardelijk { border-left-color: var(--voorwaardelijk); }
            .sp-koppelkans { border-left-color: var(--koppelkans); }
            .sp-head { font-size: 1.05rem; line-height: 1.4; margin-bottom: .6rem; }
            .sp dl { display: grid; grid-template-columns: 9.5rem 1fr; gap: .35rem 1rem; margin: 0 0 .5rem; }
            .sp dt { font-size: .78rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
                     padding-top: .2rem; }
            .sp dd { margin: 0; }
            .sp dd.sturend { background: #eaf2fb; border-left: 3px solid #2f6fae; padding: .2rem .6rem; }
            .sp dd.choice { font-weight: 600; }
            .table-wrap { overflow-x: auto; margin: .5rem 0 1.5rem; }
            table.horizons { width: 100%; border-collapse: collapse; font-size: .82rem;
                             font-variant-numeric: lining-nums tabular-nums; }
            .horizons th, .horizons td { padding: .45rem .35rem; border-bottom: 1px solid var(--rule); text-align: right; }
            .horizons thead th { font-size: .7rem; color: var(--muted);
                                 border-bottom: 2px solid var(--ink); font-weight: 600; vertical-align: bottom; }
            .horizons th:first-child, .horizons td:first-child { text-align: left; }
            .horizons tr.current { background: var(--tint); font-weight: 700; }
            .horizons td.hot { color: var(--conflict); }
            .changes { padding-left: 1.2rem; }
            .changes li { margin-bottom: .4rem; }
            .sources ol { font-size: .88rem; line-height: 1.5; padding-left: 1.4rem; overflow-wrap: anywhere; }
            .colophon { margin-top: 2rem; padding-top: .8rem; border-top: 1px solid var(--rule); font-size: .8rem;
                        color: var(--muted); }
            @media (max-width: 640px) {
              main { padding: 1.5rem 1.2rem; margin: 0; }
              .meta, .sp dl { grid-template-columns: 1fr; }
            }
            @page { size: A4 portrait; margin: 20mm 18mm 22mm; }
            @media print {
              html, body { background: #fff; }
              body { font-size: 10.5pt; }
              main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
              section.main { break-before: page; }
              section.sources { break-before: auto; }
              h2, h3, h4, .sp-head, .item-head { break-after: avoid; }
              .item, .sp, figure, tr { break-inside: avoid; }
              .toc a { border: 0; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}

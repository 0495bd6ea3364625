package nl.ruimteverkenner.report;

import static nl.ruimteverkenner.report.HtmlReportWriter.esc;
import static nl.ruimteverkenner.report.SessionWording.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import nl.ruimteverkenner.analysis.ScenarioDiff;
import nl.ruimteverkenner.analysis.ScenarioDiff.FeatureChange;
import nl.ruimteverkenner.io.AtomicFiles;
import nl.ruimteverkenner.report.SessionReport.Changes;
import nl.ruimteverkenner.report.SessionReport.KeuzeItem;
import nl.ruimteverkenner.report.SessionReport.Keuzes;
import nl.ruimteverkenner.report.SessionReport.NoteItem;
import nl.ruimteverkenner.report.SessionReport.Notes;
import nl.ruimteverkenner.report.SessionReport.VoteItem;
import nl.ruimteverkenner.report.SessionReport.SchuurpuntItem;
import nl.ruimteverkenner.report.SessionReport.Schuurpunten;
import nl.ruimteverkenner.report.SessionReport.Section;
import nl.ruimteverkenner.report.SessionReport.SketchItem;
import nl.ruimteverkenner.report.SessionReport.SketchMap;
import nl.ruimteverkenner.report.SessionReport.Sketches;
import nl.ruimteverkenner.report.SessionReport.Standing;
import nl.ruimteverkenner.report.SessionReport.VariantItem;
import nl.ruimteverkenner.report.SessionReport.Variants;

/**
 * Lays out a {@link SessionReport} as one self-contained page of well-formed XHTML in the style of the
 * wethouder's report ({@link ReportCss}): the map inlined, no scripts, no external resources. The same
 * markup is printed to PDF by {@link #writePdf}. Each section is placed by the {@link SessionReport.SectionVisitor}
 * of this class, in the order of the report.
 */
public final class SessionHtmlWriter {
    private static final String EXTRA_CSS = """
            table.variants { width: 100%; border-collapse: collapse; font-size: .85rem; margin: .5rem 0 1.5rem; }
            .variants th, .variants td { padding: .4rem .35rem; border-bottom: 1px solid #d8dce2; text-align: left;
                                         vertical-align: top; }
            .variants thead th { font-size: .7rem; color: #5b6370; border-bottom: 2px solid #1f2328; }
            .variants tr.chosen { background-color: #f4f6f9; font-weight: bold; }
            .role { font-size: .75rem; color: #5b6370; font-weight: normal; }
            .sketch-no { display: inline-block; min-width: 1.6em; text-align: center; font-weight: bold; color: #ffffff;
                         background-color: #154273; border-radius: 3px; margin-right: .3em; }
            .facts { font-size: .85rem; color: #5b6370; }
            .changes-list { list-style: none; padding: 0; margin: 0 0 1.2rem; }
            .changes-list li { margin: 0 0 .5rem; padding-left: .9rem; border-left: 3px solid #d8dce2; }
            .changes-list li.added { border-left-color: #2f6fae; }
            .changes-list li.removed { border-left-color: #98a2b3; }
            .changes-list li.changed { border-left-color: #b08900; }
            .standing { display: inline-block; font-size: .7rem; padding: 0 .45em; border-radius: 3px; border: 1px solid #98a2b3;
                        color: #344054; vertical-align: .12em; }
            .standing.gained { border-color: #a4262c; color: #a4262c; }
            .standing.resolved { border-color: #1e6b34; color: #1e6b34; }
            .net { font-weight: bold; }
            @media print {
              .changes-list li, .variants tr { page-break-inside: avoid; break-inside: avoid; }
              section.main.flow { page-break-before: auto; break-before: auto; margin-top: 2.2rem; }
            }
            """;

    private SessionHtmlWriter() {
    }

    /** Writes the report as HTML to {@code out} atomically. */
    public static void writeHtml(SessionReport r, Path out) throws IOException {
        AtomicFiles.write(out, render(r).getBytes(StandardCharsets.UTF_8));
    }

    /** Prints the report to PDF at {@code out} atomically (the old file stays intact if anything fails). */
    public static void writePdf(SessionReport r, Path out) throws IOException {
        int map = r.section(SketchMap.class).map(m -> m.png().length).orElse(0);
        AtomicFiles.write(out, PdfReportWriter.print(render(r), 256 * 1024 + map * 2));
    }

    /** The complete document; every text is escaped and every element closed, so it parses as XML. */
    public static String render(SessionReport r) {
        StringBuilder h = new StringBuilder(32_768);
        String title = SessionWording.title(r);
        String css = ReportCss.css(SessionWording.footer(r)) + EXTRA_CSS;
        h.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"Ruimteverkenner\"/>\n")
                .append("<meta name=\"creator\" content=\"Ruimteverkenner\"/>\n")
                .append("<meta name=\"subject\" content=\"").append(esc(SessionWording.subject(r))).append("\"/>\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(css)
                .append("</style>\n</head>\n<body>\n<main>\n");
        cover(h, r, title);
        Layout layout = new Layout(h, r);
        boolean first = true;
        for (Section s : r.sections()) {
            // the map opens a page of its own; the rest follows on
            h.append("<section id=\"").append(s.kind().id()).append(first ? "\" class=\"main\">\n" : "\" class=\"main flow\">\n")
                    .append("<h2>").append(esc(SessionWording.heading(s.kind()))).append("</h2>\n");
            s.accept(layout);
            h.append("</section>\n");
            first = false;
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void cover(StringBuilder h, SessionReport r, String title) {
        h.append("<header class=\"cover\">\n<p class=\"kicker\">").append(esc(text("kicker"))).append("</p>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<dl class=\"meta\">\n");
        meta(h, text("cover.scenario"), r.scenarioName());
        meta(h, text("cover.variant"), r.variantName());
        meta(h, text("cover.horizon"), text("cover.horizonValue", r.horizon()));
        meta(h, text("cover.author"), r.author());
        meta(h, text("cover.saved"), SessionWording.dateTime(r.savedAt()));
        meta(h, text("cover.date"), SessionWording.date(r));
        h.append("</dl>\n</header>\n<section class=\"intro\">\n");
        HtmlReportWriter.paragraphs(h, SessionWording.intro(r), "lead");
        h.append("</section>\n<nav class=\"toc\">\n<h2>").append(esc(text("toc"))).append("</h2>\n<ol>\n");
        for (Section s : r.sections()) {
            h.append("<li><a href=\"#").append(s.kind().id()).append("\">").append(esc(SessionWording.heading(s.kind())))
                    .append("</a></li>\n");
        }
        h.append("</ol>\n</nav>\n");
        // on the cover, where there is room, rather than alone on a last page
        h.append("<p class=\"colophon\">").append(esc(text("colophon", SessionWording.date(r)))).append("</p>\n");
    }

    private static void meta(StringBuilder h, String label, String value) {
        if (value != null && !value.isBlank()) {
            h.append("<div><dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd></div>\n");
        }
    }

    private static void note(StringBuilder h, String text) {
        h.append("<p class=\"note\">").append(esc(text)).append("</p>\n");
    }

    /** Places each kind of section. */
    private record Layout(StringBuilder h, SessionReport r) implements SessionReport.SectionVisitor<Void> {
        @Override
        public Void map(SketchMap s) {
            if (s.png().length == 0) {
                note(h, text("map.none"));
                return null;
            }
            String caption = SessionWording.mapCaption(r, s.sketches());
            h.append("<figure class=\"map\">\n<img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(s.png())).append("\" alt=\"").append(esc(caption)).append("\"/>\n")
                    .append("<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n");
            return null;
        }

        @Override
        public Void variants(Variants s) {
            if (s.items().isEmpty()) {
                note(h, text("variants.none"));
                return null;
            }
            h.append("<p>").append(esc(text("variants.intro", s.items().stream().filter(v -> !v.original() && !v.unsaved()).count()))).append("</p>\n");
            h.append("<table class=\"variants\">\n<thead><tr>");
            for (String col : SessionWording.variantColumns()) {
                h.append("<th scope=\"col\">").append(esc(col)).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (VariantItem v : s.items()) {
                h.append(v.chosen() ? "<tr class=\"chosen\">" : "<tr>").append("<td>").append(esc(v.name()));
                String role = SessionWording.variantRole(v);
                if (!role.isEmpty()) {
                    h.append("<br/><span class=\"role\">").append(esc(role)).append("</span>");
                }
                h.append("</td><td>").append(esc(v.author())).append("</td><td>").append(esc(SessionWording.dateTime(v.savedAt())))
                        .append("</td><td>").append(esc(v.folder())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
            return null;
        }

        @Override
        public Void sketches(Sketches s) {
            if (s.items().isEmpty()) {
                note(h, text("sketches.none"));
                return null;
            }
            h.append("<ul class=\"items\">\n");
            for (SketchItem k : s.items()) {
                h.append("<li class=\"item\">\n<p class=\"item-head\"><span class=\"sketch-no\">").append(k.number())
                        .append("</span><strong>").append(esc(k.label())).append("</strong>");
                HtmlReportWriter.categoryTag(h, k.category());
                h.append("</p>\n<p class=\"facts\">").append(esc(SessionWording.sketchFacts(r, k))).append("</p>\n");
                if (!k.note().isBlank()) {
                    HtmlReportWriter.paragraphs(h, k.note(), null);
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
            return null;
        }

        @Override
        public Void changes(Changes s) {
            if (s.items().isEmpty()) {
                note(h, text("changes.none", r.horizon()));
                return null;
            }
            h.append("<p>").append(esc(text("changes.intro", r.horizon()))).append("</p>\n");
            for (ScenarioDiff.Kind kind : ScenarioDiff.Kind.values()) {
                List<FeatureChange> items = s.items().stream().filter(c -> c.kind() == kind).toList();
                if (items.isEmpty()) {
                    continue;
                }
                String cls = kind.name().toLowerCase(java.util.Locale.ROOT);
                h.append("<h3>").append(esc(text("changes." + cls, items.size()))).append("</h3>\n<ul class=\"changes-list\">\n");
                for (FeatureChange c : items) {
                    h.append("<li class=\"").append(cls).append("\">").append(esc(DiffWording.line(c, r::theme))).append("</li>\n");
                }
                h.append("</ul>\n");
            }
            return null;
        }

        @Override
        public Void schuurpunten(Schuurpunten s) {
            if (s.gained().isEmpty() && s.resolved().isEmpty()) {
                note(h, text("schuurpunten.none", r.horizon()));
                return null;
            }
            double net = s.gained().stream().mapToDouble(SchuurpuntItem::areaHa).sum()
                    - s.resolved().stream().mapToDouble(SchuurpuntItem::areaHa).sum();
            h.append("<p class=\"net\">").append(esc(text("schuurpunten.net", s.gained().size(), s.resolved().size(), net)))
                    .append("</p>\n");
            list(s.gained(), "gained");
            list(s.resolved(), "resolved");
            return null;
        }

        private void list(List<SchuurpuntItem> items, String which) {
            if (items.isEmpty()) {
                return;
            }
            h.append("<h3>").append(esc(text("schuurpunten." + which, items.size()))).append("</h3>\n");
            for (SchuurpuntItem s : items) {
                h.append("<article class=\"sp sp-").append(s.relation().id()).append("\">\n<p class=\"sp-head\">");
                HtmlReportWriter.relationTag(h, s.relation());
                h.append(" <strong>").append(esc(s.title())).append("</strong>");
                if (s.basis().isIndicative()) {
                    HtmlReportWriter.basisTag(h, s.basis());
                }
                h.append("</p>\n<dl>\n");
                field(text("sp.claims"), ReportWording.text("sp.claimPair", s.claimA(), s.claimB()));
                field(text("sp.size"), DiffWording.size(s.areaHa(), s.lengthKm()).replaceFirst("^ · ", ""));
                field(text("sp.places"), String.join(", ", s.places()));
                field(text("sp.keuze"), s.keuze());
                h.append("</dl>\n</article>\n");
            }
        }

        @Override
        public Void keuzes(Keuzes s) {
            if (s.items().isEmpty()) {
                note(h, text("keuzes.none"));
                return null;
            }
            for (KeuzeItem k : s.items()) {
                String cls = k.standing() == Standing.GAINED ? "gained" : k.standing() == Standing.RESOLVED ? "resolved" : "";
                h.append("<article class=\"sp\">\n<p class=\"sp-head\"><strong>").append(esc(k.title())).append("</strong> ")
                        .append("<span class=\"standing ").append(cls).append("\">").append(esc(SessionWording.standing(k.standing())))
                        .append("</span></p>\n<dl>\n");
                field(text("keuze.horizon"), k.horizon() > 0 ? Integer.toString(k.horizon()) : "");
                field(text("keuze.options"), k.options());
                field(text("keuze.direction"), k.direction());
                field(text("keuze.reasoning"), k.reasoning());
                field(text("keuze.owner"), k.owner());
                field(text("keuze.updated"), SessionWording.dateTime(k.updated()));
                h.append("</dl>\n</article>\n");
            }
            return null;
        }

        @Override
        public Void notes(Notes s) {
            h.append("<p>").append(esc(text("notes.intro", s.notes().size(), s.participants().size(), s.dotsEach())))
                    .append("</p>\n");
            if (!s.notes().isEmpty()) {
                h.append("<table class=\"variants\">\n<thead><tr><th scope=\"col\">").append(esc(text("notes.col.number")))
                        .append("</th><th scope=\"col\">").append(esc(text("notes.col.text")))
                        .append("</th><th scope=\"col\">").append(esc(text("notes.col.author")))
                        .append("</th><th scope=\"col\">").append(esc(text("notes.col.dots"))).append("</th></tr></thead>\n<tbody>\n");
                for (NoteItem n : s.notes()) {
                    h.append("<tr><td>").append(n.number()).append("</td><td>").append(esc(n.text())).append("</td><td>")
                            .append(esc(n.author())).append("</td><td>").append(n.dots()).append("</td></tr>\n");
                }
                h.append("</tbody>\n</table>\n");
            }
            if (s.votes().isEmpty()) {
                note(h, text("notes.noVotes"));
                return null;
            }
            h.append("<h3>").append(esc(text("notes.votes"))).append("</h3>\n<ol class=\"items\">\n");
            for (VoteItem v : s.votes()) {
                h.append("<li>").append(esc(text("notes.vote", v.dots(), text("notes.kind." + v.kind().name().toLowerCase(java.util.Locale.ROOT)),
                        v.title()))).append("</li>\n");
            }
            h.append("</ol>\n");
            return null;
        }

        private void field(String label, String value) {
            if (value != null && !value.isBlank()) {
                h.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
            }
        }
    }
}

package nl.ruimteverkenner.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.style.CategoryStyle;
import nl.ruimteverkenner.style.Palette;

/**
 * The report's one style sheet, for the browser and for the PDF renderer alike. It keeps to CSS 2.1 plus
 * paged media (what openhtmltopdf understands: no grid, no custom properties), takes the relation colours
 * from {@link Palette} and the category styling from {@link CategoryStyle}, and contains no {@code <}, {@code >}
 * or {@code &}, so it reads the same as HTML raw text and as XML.
 */
final class ReportCss {
    private static final String HATCH = hatchDataUri();

    private ReportCss() {
    }

    /** The style sheet for report {@code r} (its running footer names the area). */
    static String css(GemeenteReport r) {
        return css(ReportWording.footer(r));
    }

    /** The style sheet with {@code footer} as the running footer before the page number. */
    static String css(String footer) {
        StringBuilder css = new StringBuilder(BASE);
        for (Relation rel : Relation.values()) {
            Palette.RelationColors c = Palette.of(rel);
            css.append(".rel-").append(rel.id()).append(" { background-color: ").append(c.mainHex()).append("; }\n")
                    .append(".sp-").append(rel.id()).append(" { border-left-color: ").append(c.mainHex()).append("; }\n");
        }
        css.append(".horizons td.hot { color: ").append(Palette.of(Relation.CONFLICT).textHex()).append("; }\n");
        for (CategoryStyle s : CategoryStyle.values()) {
            css.append(".cat-").append(s.name().toLowerCase(Locale.ROOT)).append(" { ").append(category(s)).append(" }\n");
        }
        css.append("@page { size: A4 portrait; margin: 20mm 18mm 22mm;\n")
                .append("  @bottom-left { content: \"").append(cssString(footer)).append(" \" counter(page);\n")
                .append("    font-family: \"DejaVu Sans\", sans-serif; font-size: 7pt; color: #5b6370;")
                .append(" vertical-align: top; padding-top: 3mm; border-top: 0.5pt solid #d8dce2; }\n}\n");
        String out = css.toString();
        if (out.indexOf('<') >= 0 || out.indexOf('>') >= 0 || out.indexOf('&') >= 0) {
            throw new IllegalStateException("report CSS must not contain < > or &");
        }
        return out;
    }

    /** A tag for a keuze category looks like its features on the map. */
    private static String category(CategoryStyle s) {
        return switch (s) {
            case SOLID -> "background-color: #344054; border-color: #344054; color: #ffffff;";
            case HATCHED -> "border-style: dashed; background-color: #ffffff; background-image: url(" + HATCH + ");";
            case OUTLINE -> "border-style: dotted;";
            case LIGHT -> "border-color: #d8dce2; background-color: #f4f6f9; color: #5b6370;";
        };
    }

    /** Text as the inside of a CSS string: everything but letters, digits and spaces as a hex escape. */
    static String cssString(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == ' ') {
                b.appendCodePoint(cp);
            } else {
                b.append('\\').append(Integer.toHexString(cp)).append(' ');
            }
        });
        return b.toString();
    }

    /** A small tile of light diagonal lines, the hatching of {@link CategoryStyle#HATCHED}. */
    private static String hatchDataUri() {
        int size = 8;
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xc9ced6));
            g.setStroke(new BasicStroke(1f));
            g.drawLine(-1, size + 1, size + 1, -1);
            g.drawLine(-1, 1, 1, -1);
            g.drawLine(size - 1, size + 1, size + 1, size - 1);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(tile, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static final String BASE = """
            * { box-sizing: border-box; }
            html { background: #f4f6f9; }
            body { margin: 0; color: #1f2328; font-size: 17px; line-height: 1.55;
                   font-family: "Charter", "Bitstream Charter", "Iowan Old Style", "Palatino Linotype", Palatino,
                       "Source Serif 4", "Noto Serif", "DejaVu Serif", Georgia, serif; }
            main { display: block; max-width: 46rem; margin: 2rem auto; padding: 3rem 3.5rem; background: #ffffff;
                   box-shadow: 0 1px 3px rgba(0,0,0,.08); }
            h1, h2, h3, h4, .kicker, .meta dt, .item-head, .sp-head, .tag, .rel, .size, .source, figcaption, table, nav,
            dt, .note, .colophon, .legend {
              font-family: "Source Sans 3", "Fira Sans", "Segoe UI", "Noto Sans", "Open Sans", Frutiger, Calibri,
                  "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
            }
            h1 { font-size: 2.3rem; line-height: 1.15; font-weight: bold; margin: .2rem 0 1.4rem; color: #154273; }
            h2 { font-size: 1.55rem; line-height: 1.25; font-weight: bold; margin: 3rem 0 1rem; color: #154273;
                 padding-bottom: .35rem; border-bottom: 2px solid #154273; }
            h3 { font-size: 1.2rem; line-height: 1.3; font-weight: bold; margin: .1rem 0 .6rem; }
            h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: #5b6370;
                 font-weight: bold; margin: 1.2rem 0 .4rem; }
            p { margin: 0 0 .8rem; }
            .kicker { font-size: .78rem; text-transform: uppercase; letter-spacing: .1em; color: #5b6370;
                      margin: 0; font-weight: bold; }
            .cover { display: block; border-top: 8px solid #154273; padding-top: 1.6rem; margin-bottom: 2rem; }
            .meta { margin: 0; padding: 1rem 0 .3rem; border-top: 1px solid #d8dce2; border-bottom: 1px solid #d8dce2; }
            .meta div { display: inline-block; width: 48%; vertical-align: top; margin: 0 0 .7rem; }
            .meta dt { font-size: .72rem; text-transform: uppercase; letter-spacing: .08em; color: #5b6370; }
            .meta dd { margin: .1rem 0 0; font-size: 1rem; }
            .lead { font-size: 1.12rem; line-height: 1.55; }
            .toc h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .1em; color: #5b6370;
                      border: 0; margin: 2rem 0 .4rem; padding: 0; }
            .toc ol { margin: 0; padding: 0; list-style: none; font-size: .95rem; line-height: 1.7; }
            .toc li { border-bottom: 1px solid #d8dce2; }
            .toc li.sub { padding-left: 1.2rem; font-size: .85rem; color: #5b6370; border-bottom: 0; }
            .toc a { color: inherit; text-decoration: none; }
            .map { margin: 0; }
            .map img { display: block; width: 100%; height: auto; border: 1px solid #d8dce2; }
            figcaption { display: block; font-size: .82rem; color: #5b6370; margin-top: .5rem; line-height: 1.4; }
            .theme { display: block; margin: 0 0 2.2rem; padding-top: 1rem; border-top: 1px solid #d8dce2; }
            .theme.first { border-top: 0; padding-top: 0; }
            .items { list-style: none; margin: 0; padding: 0; }
            .item { margin: 0 0 1rem; padding-left: .9rem; border-left: 3px solid #d8dce2; }
            .item p { margin-bottom: .3rem; }
            .item-head { line-height: 1.45; }
            .tag { display: inline-block; font-size: .7rem; line-height: 1.5; padding: 0 .45em; border-radius: 3px;
                   border: 1px solid #98a2b3; color: #344054; vertical-align: .12em; white-space: nowrap; }
            .tag.schematic { border-color: #b08900; color: #7a5d00; background-color: #fff8e1; font-style: italic; }
            .size { font-size: .85rem; color: #5b6370; white-space: nowrap; }
            .source { font-size: .76rem; line-height: 1.4; color: #5b6370; word-wrap: break-word; }
            .note { color: #5b6370; font-style: italic; }
            .legend { list-style: none; padding: 0; margin: 0 0 1.4rem; font-size: .9rem; }
            .legend li { margin: .2rem 0; }
            .rel { display: inline-block; min-width: 7.5em; text-align: center; font-size: .72rem; font-weight: bold;
                   text-transform: uppercase; letter-spacing: .06em; color: #ffffff; padding: .1em .6em; border-radius: 3px;
                   background-color: #667085; vertical-align: .1em; }
            .sp { display: block; margin: 0 0 1.3rem; padding: .9rem 1.1rem .6rem; border: 1px solid #d8dce2;
                  border-left: 6px solid #667085; border-radius: 3px; }
            .sp-head { font-size: 1.05rem; line-height: 1.4; margin-bottom: .6rem; }
            .sp dl { margin: 0 0 .5rem; }
            .sp dt { float: left; clear: left; width: 9rem; font-size: .7rem; text-transform: uppercase;
                     letter-spacing: .05em; color: #5b6370; padding-top: .25rem; }
            .sp dd { margin: 0 0 .35rem 10rem; }
            .sp dd.sturend { background-color: #eaf2fb; border-left: 3px solid #2f6fae; padding: .2rem .6rem; }
            .sp dd.choice { font-weight: bold; }
            .table-wrap { overflow-x: auto; margin: .5rem 0 1.5rem; }
            table.horizons { width: 100%; border-collapse: collapse; font-size: .82rem; }
            .horizons th, .horizons td { padding: .45rem .35rem; border-bottom: 1px solid #d8dce2; text-align: right; }
            .horizons thead th { font-size: .7rem; color: #5b6370; border-bottom: 2px solid #1f2328; font-weight: bold;
                                 vertical-align: bottom; }
            .horizons th.first, .horizons tbody th, .horizons thead th:first-child { text-align: left; }
            .horizons tr.current { background-color: #f4f6f9; font-weight: bold; }
            .changes { padding-left: 1.2rem; }
            .changes li { margin-bottom: .4rem; }
            .sources ol { font-size: .88rem; line-height: 1.5; padding-left: 1.4rem; word-wrap: break-word;
                          overflow-wrap: anywhere; }
            .colophon { margin-top: 2rem; padding-top: .8rem; border-top: 1px solid #d8dce2; font-size: .8rem;
                        color: #5b6370; }
            @media (max-width: 640px) {
              main { padding: 1.5rem 1.2rem; margin: 0; }
              .meta div { display: block; width: auto; }
              .sp dt { float: none; width: auto; }
              .sp dd { margin-left: 0; }
            }
            @media print {
              html, body { background: #ffffff; }
              body { font-size: 10pt; line-height: 1.45; }
              .lead { font-size: 11pt; }
              .sp { padding: .6rem .9rem .3rem; margin-bottom: 1rem; font-size: 9.5pt; line-height: 1.4; }
              .sp dt { padding-top: .1rem; }
              .sp-head { margin-bottom: .4rem; }
              .sp dd { margin-bottom: .25rem; }
              main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
              h1 { font-size: 24pt; }
              h2 { font-size: 16pt; margin-top: 0; }
              section.main { page-break-before: always; break-before: page; }
              section.sources { page-break-before: auto; break-before: auto; margin-top: 2.5rem; }
              h2, h3, h4, .sp-head, .item-head, .kicker { page-break-after: avoid; break-after: avoid; }
              .item, .sp, figure, tr, .meta div { page-break-inside: avoid; break-inside: avoid; }
              table.horizons { -fs-table-paginate: paginate; }
              thead { display: table-header-group; }
              .toc a::after { content: leader(' ') target-counter(attr(href), page); }
              .toc li.sub a::after { content: leader(' ') target-counter(attr(href), page); }
              .table-wrap { overflow: visible; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}

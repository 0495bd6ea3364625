package nl.ruimteverkenner.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.BasemapData;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.basemap.TileRenderer;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Note;
import nl.ruimteverkenner.model.NoteColour;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SchuurpuntKeuze;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.model.Vote;
import nl.ruimteverkenner.model.WorkshopBoard;
import nl.ruimteverkenner.report.MapImageRenderer;
import nl.ruimteverkenner.report.SessionHtmlWriter;
import nl.ruimteverkenner.report.SessionReport;
import nl.ruimteverkenner.report.SessionReportBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes the example workshop session report shown in the README (docs/werksessie-verslag-N.png): a variant of
 * the voorontwerp with a housing sketch in the Waal's floodplain, two notes, votes and a recorded choice, made
 * as a facilitator would, printed to PDF and its pages rendered to PNG.
 * Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.ruimteverkenner.bench.SessionReportExample -Dexec.args=docs}.
 */
public final class SessionReportExample {
    private SessionReportExample() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs");
        Scenario original = new ScenarioReader().read(Path.of("scenarios/voorontwerp-nota-ruimte-2024")).scenario().orElseThrow();
        Feature river = original.feature("wb-uiterwaarden-waal")
                .orElseThrow(() -> new IllegalStateException("no Waal floodplain in the voorontwerp"));
        Feature sketch = Feature.builder("schets-1", ScenarioEdits.sketchLayerId(Theme.BEWEGING_3),
                        river.geometry().getInteriorPoint().buffer(0.012))
                .label("Woonwijk Waalkade").theme(Theme.BEWEGING_3).horizon(Horizon.H2030).category(KeuzeCategorie.TE_MAKEN)
                .description("Schets van tafel 2: tweehonderd woningen op terpen langs de kade.")
                .sources(List.of(new Citation(ScenarioEdits.WORKSHOP_SOURCE, 1, ""))).schematic(true)
                .tags(Set.of("wonen", "woningbouw")).build();
        Scenario withSketch = ScenarioEdits.withFeature(original, sketch, "Schetsen (Beweging 3)");
        double lon = river.geometry().getInteriorPoint().getX();
        double lat = river.geometry().getInteriorPoint().getY();
        WorkshopBoard board = new WorkshopBoard(List.of("Tafel 1", "Tafel 2", "Tafel 3"), 3, List.of(
                new Note("n1", 1, lon + 0.03, lat + 0.01, "Terpen alleen buiten het winterbed: vraag Rijkswaterstaat",
                        "Tafel 2", NoteColour.YELLOW, "2026-11-29T10:40:00"),
                new Note("n2", 2, lon - 0.05, lat - 0.02, "Ruimte voor de rivier gaat voor; woningbouw naar de stadsrand",
                        "Tafel 1", NoteColour.ORANGE, "2026-11-29T11:05:00")),
                List.of(new Vote("Tafel 1", Vote.Kind.NOTE, "n2"), new Vote("Tafel 3", Vote.Kind.NOTE, "n2"),
                        new Vote("Tafel 2", Vote.Kind.SKETCH, "schets-1"), new Vote("Tafel 2", Vote.Kind.NOTE, "n1")), 3);
        Scenario variant = ScenarioEdits.asVariant(withSketch.toBuilder().board(board).build(), "wonen-aan-de-waal",
                "Wonen aan de Waal", "Atelier Oost", "2026-11-29T11:30:00");
        SchuurpuntEngine eo = new SchuurpuntEngine(original, Provinces.all());
        SchuurpuntEngine ev = new SchuurpuntEngine(variant, Provinces.all());
        List<SchuurpuntKeuze> keuzes = ev.analyse(Horizon.H2030).stream()
                .filter(s -> s.a().id().equals("schets-1") || s.b().id().equals("schets-1")).limit(1)
                .map(s -> keuze(s)).toList();
        List<SessionReport.VariantItem> family = List.of(
                new SessionReport.VariantItem(original.name(), "", "", original.id(), true, false, false),
                new SessionReport.VariantItem("Wonen aan de Waal", "Atelier Oost", "2026-11-29T11:30:00", "wonen-aan-de-waal",
                        false, true, false));
        MapImageRenderer maps = new MapImageRenderer(new TileRenderer(BasemapData.loadBundled()));
        SessionReport r = new SessionReportBuilder(maps).build(eo, ev, variant.name(), Horizon.H2030, family, keuzes,
                f -> f.id().equals(river.id()), board);
        Path pdf = Files.createTempFile("werksessie", ".pdf");
        SessionHtmlWriter.writePdf(r, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < Math.min(6, doc.getNumberOfPages()); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 72);
                Path png = out.resolve("werksessie-verslag-" + (i + 1) + ".png");
                ImageIO.write(page, "png", png.toFile());
                System.out.println("written " + png);
            }
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private static SchuurpuntKeuze keuze(Schuurpunt s) {
        return new SchuurpuntKeuze(s.key(), s.rule().title(), 2030, s.rule().choice(),
                "Bouwen op terpen buiten het winterbed; de rest naar de stadsrand", "Ruimte voor de rivier is sturend",
                "Provincie Gelderland", "2026-11-29T11:45:00");
    }
}

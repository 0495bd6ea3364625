package nl.ruimteverkenner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ruimteverkenner.TestScenarios;
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
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SchuurpuntKeuze;
import nl.ruimteverkenner.model.Theme;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workshop session report: a variant of the demo with a sketch in the Waal's floodplain, as PDF and HTML. */
class SessionReportTest {
    private final Scenario demo = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo")).scenario().orElseThrow();

    private Scenario variantWithSketch() {
        Feature river = demo.feature("wb-uiterwaarden-waal").orElseThrow();
        Feature sketch = Feature.builder("schets-1", ScenarioEdits.sketchLayerId(Theme.BEWEGING_3),
                        river.geometry().getInteriorPoint().buffer(0.01))
                .label("Woonwijk Waalkade").theme(Theme.BEWEGING_3).horizon(Horizon.H2030).category(KeuzeCategorie.TE_MAKEN)
                .description("Schets uit de ontwerpwerkplaats. Tweehonderd woningen op terpen.")
                .sources(List.of(new Citation(ScenarioEdits.WORKSHOP_SOURCE, 1, ""))).schematic(true).tags(Set.of("wonen")).build();
        Scenario withSketch = ScenarioEdits.withFeature(demo, sketch, "Schetsen (Beweging 3)");
        // the variant also takes a feature of the original away
        Feature gone = demo.features().filter(f -> f.isInForceAt(Horizon.H2030) && !f.id().equals(river.id())).findFirst().orElseThrow();
        return ScenarioEdits.asVariant(ScenarioEdits.withoutFeature(withSketch, gone.id()), "wonen-aan-de-waal",
                "Wonen aan de Waal", "Atelier Oost", "2026-11-29T21:04:00");
    }

    @Test
    void theReportListsTheVariantItsSketchTheGainedSchuurpuntAndTheRecordedChoice(@TempDir Path dir) throws Exception {
        Scenario variant = variantWithSketch();
        SchuurpuntEngine eo = new SchuurpuntEngine(demo, Provinces.all());
        SchuurpuntEngine ev = new SchuurpuntEngine(variant, Provinces.all());
        Schuurpunt gained = ev.analyse(Horizon.H2030).stream().filter(s -> s.a().id().equals("schets-1") || s.b().id().equals("schets-1"))
                .findFirst().orElseThrow();
        SchuurpuntKeuze keuze = new SchuurpuntKeuze(gained.key(), gained.rule().title(), 2030, "terpen of niet bouwen",
                "Bouwen op terpen, buiten het winterbed", "rivier gaat voor", "provincie Gelderland", "2026-11-29T21:30:00");
        List<SessionReport.VariantItem> family = List.of(
                new SessionReport.VariantItem(demo.name(), "", "", "demo", true, false, false),
                new SessionReport.VariantItem("Wonen aan de Waal", "Atelier Oost", "2026-11-29T21:04:00", "wonen-aan-de-waal",
                        false, true, false));
        MapImageRenderer maps = new MapImageRenderer(new TileRenderer(BasemapData.loadBundled()));
        SessionReport r = new SessionReportBuilder(maps).build(eo, ev, variant.name(), Horizon.H2030, family,
                List.of(keuze), f -> true);

        assertEquals(1, r.summary().sketches());
        assertEquals(1, r.summary().added());
        assertEquals(1, r.summary().removed());
        assertTrue(r.summary().gained() >= 1);
        SessionReport.Schuurpunten sp = r.section(SessionReport.Schuurpunten.class).orElseThrow();
        SessionReport.SchuurpuntItem item = sp.gained().stream().filter(s -> s.key().equals(gained.key())).findFirst().orElseThrow();
        assertEquals(gained.areaHa(), item.areaHa(), 1e-9);
        assertEquals("Bouwen op terpen, buiten het winterbed", item.keuze());
        assertEquals(SessionReport.Standing.GAINED, r.section(SessionReport.Keuzes.class).orElseThrow().items().get(0).standing());
        assertTrue(r.section(SessionReport.SketchMap.class).orElseThrow().png().length > 10_000, "a map of the sketch");

        Path pdf = dir.resolve("werksessie.pdf");
        Path html = dir.resolve("werksessie.html");
        SessionHtmlWriter.writePdf(r, pdf);
        SessionHtmlWriter.writeHtml(r, html);
        // the HTML is well-formed XML (the PDF is printed from the same markup)
        String markup = Files.readString(html, StandardCharsets.UTF_8);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(markup.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
        assertTrue(markup.contains("Woonwijk Waalkade"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Wonen aan de Waal"), "variant name");
            assertTrue(text.contains("Woonwijk Waalkade"), "the sketch's label");
            assertTrue(text.contains(gained.rule().title()), "the gained schuurpunt");
            assertTrue(text.contains("Bouwen op terpen, buiten het winterbed"), "the recorded choice");
            assertTrue(text.contains("Atelier Oost"));
            assertFalse(text.contains("{"), "no unfilled placeholders");
            assertTrue(doc.getNumberOfPages() >= 2);
            // pages as images, to look at (target/session-report-page-N.png)
            PDFRenderer renderer = new PDFRenderer(doc);
            Path out = Path.of("target");
            if (Files.isDirectory(out)) {
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    BufferedImage page = renderer.renderImageWithDPI(i, 60);
                    ImageIO.write(page, "png", out.resolve("session-report-page-" + (i + 1) + ".png").toFile());
                }
            }
        }
    }

    @Test
    void aVariantWithoutChangesSaysSoInsteadOfEmptyLists() throws Exception {
        SchuurpuntEngine e = new SchuurpuntEngine(demo, Provinces.all());
        MapImageRenderer maps = new MapImageRenderer(new TileRenderer(BasemapData.loadBundled()));
        SessionReport r = new SessionReportBuilder(maps).build(e, e, demo.name(), Horizon.H2050, List.of(), List.of(), f -> true);
        assertEquals(0, r.summary().added() + r.summary().removed() + r.summary().changed() + r.summary().gained());
        assertEquals(0, r.section(SessionReport.SketchMap.class).orElseThrow().png().length);
        String html = SessionHtmlWriter.render(r);
        assertTrue(html.contains(SessionWording.text("sketches.none")));
        assertTrue(html.contains(SessionWording.text("changes.none", 2050)));
        assertTrue(html.contains(SessionWording.text("map.none")));
    }

    @Test
    void theNotesAndTheDotsOfTheWorkshopAreInTheReport() throws Exception {
        Scenario variant = variantWithSketch();
        SchuurpuntEngine eo = new SchuurpuntEngine(demo, Provinces.all());
        SchuurpuntEngine ev = new SchuurpuntEngine(variant, Provinces.all());
        nl.ruimteverkenner.model.Note n1 = new nl.ruimteverkenner.model.Note("n1", 1, 5.86, 51.85, "Eerst water, dan wonen",
                "Tafel 2", nl.ruimteverkenner.model.NoteColour.YELLOW, "2026-11-29T21:00:00");
        nl.ruimteverkenner.model.Note n2 = new nl.ruimteverkenner.model.Note("n2", 2, 5.9, 51.84, "Terpen onderzoeken", "Anna",
                nl.ruimteverkenner.model.NoteColour.BLUE, "2026-11-29T21:05:00");
        var note = nl.ruimteverkenner.model.Vote.Kind.NOTE;
        var sketch = nl.ruimteverkenner.model.Vote.Kind.SKETCH;
        nl.ruimteverkenner.model.WorkshopBoard board = new nl.ruimteverkenner.model.WorkshopBoard(List.of("Anna", "Tafel 2"), 3,
                List.of(n2, n1), List.of(new nl.ruimteverkenner.model.Vote("Anna", note, "n1"),
                new nl.ruimteverkenner.model.Vote("Tafel 2", note, "n1"), new nl.ruimteverkenner.model.Vote("Anna", sketch, "schets-1")), 3);
        MapImageRenderer maps = new MapImageRenderer(new TileRenderer(BasemapData.loadBundled()));
        SessionReport r = new SessionReportBuilder(maps).build(eo, ev, variant.name(), Horizon.H2030, List.of(), List.of(),
                f -> true, board);
        SessionReport.Notes notes = r.section(SessionReport.Notes.class).orElseThrow();
        assertEquals(List.of(1, 2), notes.notes().stream().map(SessionReport.NoteItem::number).toList(), "in number order");
        assertEquals(2, notes.notes().get(0).dots());
        assertEquals(List.of("1. Eerst water, dan wonen", "Woonwijk Waalkade"),
                notes.votes().stream().map(SessionReport.VoteItem::title).toList(), "most dots first, by title");
        String html = SessionHtmlWriter.render(r);
        assertTrue(html.contains("Notities en stemmen"));
        assertTrue(html.contains("Terpen onderzoeken") && html.contains("Tafel 2"));
        assertTrue(html.contains("2 stippen · notitie: 1. Eerst water, dan wonen"), html);
        assertTrue(html.contains("1 stip · schets: Woonwijk Waalkade"));
        // without notes there is no such section
        SessionReport none = new SessionReportBuilder(maps).build(eo, ev, variant.name(), Horizon.H2030, List.of(), List.of(), f -> true);
        assertTrue(none.section(SessionReport.Notes.class).isEmpty());
    }
}

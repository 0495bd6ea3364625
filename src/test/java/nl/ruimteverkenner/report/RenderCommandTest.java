package nl.ruimteverkenner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.basemap.TileRenderer;
import nl.ruimteverkenner.cli.CommandLine;
import nl.ruimteverkenner.geo.ScaleBarLength;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The headless render command: map sheets as PNG and PDF, and its argument errors. */
class RenderCommandTest {
    private static final Path CBS = TestScenarios.shared().resolve("geodata/cbs-gemeenten-2025.geojson");
    /** The whole country, as the command shows without an area. */
    private static final Envelope NETHERLANDS = new Envelope(3.30, 7.25, 50.72, 53.58);
    private static Scenario voorontwerp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @BeforeAll
    static void read() {
        voorontwerp = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024")).scenario()
                .orElseThrow();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String scenario() {
        return TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024").toString();
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The most frequent colour in the 9 × 9 pixels around {@code p} (a place name or a border may pass nearby). */
    private static int rgb(BufferedImage img, int[] p) {
        java.util.Map<Integer, Integer> count = new java.util.HashMap<>();
        for (int dx = -4; dx <= 4; dx++) {
            for (int dy = -4; dy <= 4; dy++) {
                count.merge(img.getRGB(p[0] + dx, p[1] + dy) & 0xffffff, 1, Integer::sum);
            }
        }
        return count.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static void assertColour(int expected, int actual, int tolerance, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xff;
            int a = (actual >> shift) & 0xff;
            assertTrue(Math.abs(e - a) <= tolerance, what + String.format(": expected #%06x, got #%06x", expected, actual));
        }
    }

    @Test
    void a4LandscapeAt150DpiIs1754By1240WithLandWaterAndTheLayerColourWhereTheyLie() throws Exception {
        Layer veen = voorontwerp.layer("veenweide-bodemdaling").orElseThrow();
        // the Groene Hart near Schoonhoven: land, in a veenweide area, away from place names and borders
        Coordinate inVeen = new Coordinate(4.90, 51.99);
        Coordinate northSea = new Coordinate(3.6, 52.4);
        GeometryFactory gf = new GeometryFactory();
        assertTrue(veen.features().stream().anyMatch(f -> f.geometry().buffer(-0.02).covers(gf.createPoint(inVeen))),
                "the land place lies well inside the layer");
        assertFalse(veen.features().stream().anyMatch(f -> f.geometry().buffer(0.05).covers(gf.createPoint(northSea))),
                "the sea place lies outside the layer");

        Path png = dir.resolve("veen.png");
        assertEquals(0, run("render", scenario(), "--horizon", "2050", "--layers", "veenweide-bodemdaling", "--size", "a4",
                "--landscape", "--dpi", "150", "--out", png.toString()), errText());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1754 × 1240"), out.toString(StandardCharsets.UTF_8));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1754, img.getWidth());
        assertEquals(1240, img.getHeight());
        assertEquals(5906, pixelsPerMetre(png), "150 dpi in the pHYs chunk");

        MapSheet.Page page = MapSheet.Page.paper(MapSheet.Paper.A4, true, 150);
        MapSheetRenderer.Frame frame = MapSheetRenderer.mapFrame(page);
        int[] sea = frame.pixel(NETHERLANDS, northSea.x, northSea.y);
        int[] veenPx = frame.pixel(NETHERLANDS, inVeen.x, inVeen.y);
        assertEquals(TileRenderer.SEA.getRGB() & 0xffffff, rgb(img, sea), "North Sea");

        // the same place without the layer is land; with it, the layer's colour at its opacity over that land
        Path without = dir.resolve("wadden.png");
        assertEquals(0, run("render", scenario(), "--horizon", "2050", "--layers", "wadden", "--landscape",
                "--out", without.toString()), errText());
        BufferedImage bare = ImageIO.read(without.toFile());
        assertEquals(TileRenderer.LAND.getRGB() & 0xffffff, rgb(bare, veenPx), "land under the veenweide");
        int layer = Integer.parseInt(veen.style().color().substring(1), 16);
        // overlapping features of the layer each add their fill: n layers at opacity a cover 1 - (1 - a)^n
        long n = veen.features().stream().filter(f -> f.isInForceAt(nl.ruimteverkenner.model.Horizon.H2050)
                && f.geometry().covers(gf.createPoint(inVeen))).count();
        assertTrue(n >= 1);
        double a = 1 - Math.pow(1 - veen.style().opacity(), n);
        int land = TileRenderer.LAND.getRGB();
        int expected = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = (int) Math.round(((layer >> shift) & 0xff) * a + ((land >> shift) & 0xff) * (1 - a));
            expected |= c << shift;
        }
        assertColour(expected, rgb(img, veenPx), 3, "veenweide over land");
    }

    private static int pixelsPerMetre(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    Element e = (Element) n;
                    assertEquals("meter", e.getAttribute("unitSpecifier"));
                    return Integer.parseInt(e.getAttribute("pixelsPerUnitXAxis"));
                }
            }
        }
        return -1;
    }

    @Test
    void pdfOfNijmegenHasTheLegendTheScaleBarAndTheSourcesAsText() throws Exception {
        assumeTrue(Files.exists(CBS), "needs ../shared/geodata");
        Path pdf = dir.resolve("nijmegen.pdf");
        assertEquals(0, run("render", scenario(), "--horizon", "2050", "--gemeenten", CBS.toString(), "--gemeente", "GM0268",
                "--layers", "uiterwaarden,woningbouw-novex", "--out", pdf.toString()), errText());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("schaalbalk 2 km"), printed);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()), "A4 portrait");
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (String expected : new String[] {voorontwerp.name(), "Horizon 2050 · Nijmegen", "Legenda",
                voorontwerp.layer("uiterwaarden").orElseThrow().label(), "17 grootschalige NOVEX-woningbouwlocaties",
                "Soort keuze", "Gemaakte keuze (≈ 2030)", "2 km", "Bronnen", voorontwerp.sources().get(0).title(),
                "GSHHG", "Ca. 1 : 71.000 bij afdrukken op A4"}) {
            assertTrue(text.contains(expected), "'" + expected + "' in the PDF text: " + text);
        }
        assertFalse(text.contains("Rivierruimte"), "a layer that was not asked for is not in the legend");
    }

    @Test
    void theScaleBarIsARoundLengthExactAtTheMapsLatitude() {
        // 1 : 100 000 on paper is 35.28 m per point; at most 110 points gives 3.9 km, so 2 km of 56.7 points
        ScaleBarLength.Choice c = ScaleBarLength.choose(100_000 * 0.0254 / 72, 110);
        assertEquals(2000, c.metres(), 1e-9);
        assertEquals(56.69, c.pixels(), 0.01);
        assertEquals("2 km", c.label());
        // a whole-country view: 1754 px over 10 degrees of longitude at 52° N
        double mpp = ScaleBarLength.metresPerPixel(10 / 360.0, 1754, 52);
        assertEquals(390.7, mpp, 0.1);
        assertEquals(50_000, ScaleBarLength.choose(mpp, 150).metres(), 1e-9);
        assertEquals(250_000, MapSheetRenderer.roundScale(248_312));
        assertEquals(71_000, MapSheetRenderer.roundScale(71_234));
    }

    @Test
    void wrongArgumentsExit2WithADutchMessageNamingWhatIsWrong() throws Exception {
        String png = dir.resolve("k.png").toString();
        assertEquals(2, run("render", scenario(), "--horizon", "2050", "--layers", "bestaat-niet", "--out", png));
        assertTrue(errText().contains("Onbekende kaartlaag \"bestaat-niet\"") && errText().contains("uiterwaarden"), errText());
        assertEquals(2, run("render", scenario(), "--horizon", "2050", "--bbox", "6,52,5,53", "--out", png));
        assertTrue(errText().contains("Ongeldige --bbox \"6,52,5,53\""), errText());
        assertEquals(2, run("render", scenario(), "--horizon", "2050", "--bbox", "5,52,6", "--out", png));
        assertTrue(errText().contains("Ongeldige --bbox"), errText());
        assertEquals(2, run("render", scenario(), "--horizon", "2050", "--out", dir.resolve("k.jpg").toString()));
        assertTrue(errText().contains("Onbekend kaartformaat voor") && errText().contains("k.jpg"), errText());
        assertEquals(2, run("render", scenario(), "--horizon", "2050", "--dpi", "veel", "--out", png));
        assertTrue(errText().contains("Ongeldige resolutie \"veel\""), errText());
        assertEquals(2, run("render", scenario(), "--horizon", "2050", "--size", "a5", "--out", png));
        assertTrue(errText().contains("Onbekend formaat \"a5\""), errText());
        assertEquals(2, run("render", scenario(), "--horizon", "2040", "--out", png));
        assertEquals(2, run("render", scenario(), "--out", png));
        assertTrue(errText().contains("Geef scenario, --horizon en --out op."), errText());
        assertEquals(2, run("render", dir.resolve("geen-scenario").toString(), "--horizon", "2050", "--out", png));
        assertTrue(errText().contains("geen-scenario"), errText());

        // a file in the way of the output folder: nothing written, the file named
        Path blocker = Files.writeString(dir.resolve("bezet"), "x");
        Path unwritable = blocker.resolve("kaart.png");
        assertEquals(2, run("render", scenario(), "--horizon", "2050", "--layers", "wadden", "--size", "600x400", "--dpi", "72",
                "--out", unwritable.toString()));
        assertTrue(errText().contains("Kan de kaart niet schrijven naar " + unwritable), errText());

        // an existing file is only replaced with --force
        Path existing = Files.writeString(dir.resolve("bestaat.png"), "mijn bestand");
        assertEquals(2, run("render", scenario(), "--horizon", "2050", "--out", existing.toString()));
        assertTrue(errText().contains("bestaat al") && errText().contains("--force"), errText());
        assertEquals("mijn bestand", Files.readString(existing));

        if (Files.exists(CBS)) {
            assertEquals(2, run("render", scenario(), "--horizon", "2050", "--gemeenten", CBS.toString(), "--gemeente", "GM9999",
                    "--out", png));
            assertTrue(errText().contains("Gemeente \"GM9999\" staat niet in"), errText());
            assertEquals(2, run("render", scenario(), "--horizon", "2050", "--gemeenten", CBS.toString(), "--bbox", "5,52,6,53",
                    "--out", png));
            assertTrue(errText().contains("niet allebei"), errText());
        }
        assertFalse(Files.exists(Path.of(png)), "no file after a refused command");
        assertFalse(errText().contains("Exception"), errText());
    }

    @Test
    void aPixelSizedSheetOfAnAreaWithoutFeaturesKeepsItsSize() throws Exception {
        Path png = dir.resolve("klein.png");
        // the middle of the North Sea: no layer has features there
        assertEquals(0, run("render", scenario(), "--horizon", "2030", "--bbox", "2.0,55.0,2.5,55.3", "--layers", "woningbouw-novex",
                "--size", "1000x700", "--dpi", "96", "--out", png.toString()), errText());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1000, img.getWidth());
        assertEquals(700, img.getHeight());
        Geometry unused = new GeometryFactory().toGeometry(new Envelope(2.0, 2.5, 55.0, 55.3));
        assertTrue(voorontwerp.layer("woningbouw-novex").orElseThrow().features().stream()
                .noneMatch(f -> f.geometry().intersects(unused)));
    }
}

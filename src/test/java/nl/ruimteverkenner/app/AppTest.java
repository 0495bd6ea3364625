package nl.ruimteverkenner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.tile.TileRetriever;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.FrictionMatrix;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.OfflineTileRetriever;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.edit.GeometryEdits;
import nl.ruimteverkenner.i18n.Language;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.GemeenteStore;
import nl.ruimteverkenner.io.RecoveryStore;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.SchuurpuntKeuzeStore;
import nl.ruimteverkenner.io.SettingsStore;
import nl.ruimteverkenner.io.VariantIndex;
import nl.ruimteverkenner.map.FeaturePicker;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.MainWindow;
import nl.ruimteverkenner.ui.compare.ComparePane;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.FxSupport;
import nl.ruimteverkenner.ui.sketch.SketchController;
import nl.ruimteverkenner.ui.sketch.SketchDialog;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.WKTReader;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The running application, headless: layers, horizon, feature info, settings and no network. */
class AppTest extends ApplicationTest {
    private static final List<URI> CONNECTIONS = new CopyOnWriteArrayList<>();
    private static ProxySelector previous;
    private static Path home;
    private static Path scenarioCopy;
    private App app;

    @BeforeAll
    static void isolate() throws IOException {
        home = Files.createTempDirectory("rv-home");
        System.setProperty("ruimteverkenner.home", home.toString());
        // a copy of the demo, so recorded choices never land in the repository
        // in a folder of its own, so variants saved beside it by earlier runs are not seen
        Path demo = TestScenarios.copyTree(TestScenarios.scenarios().resolve("demo"),
                Files.createTempDirectory("rv-demo").resolve("demo"));
        scenarioCopy = demo;
        System.setProperty(App.SCENARIO_PROPERTY, demo.toString());
        previous = ProxySelector.getDefault();
        // Every HTTP(S) or socket connection made through the JDK asks the default proxy selector first.
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                CONNECTIONS.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    @AfterAll
    static void restore() throws IOException {
        ProxySelector.setDefault(previous);
        TestScenarios.deleteTree(scenarioCopy.getParent());
        System.clearProperty(App.SCENARIO_PROPERTY);
    }

    @Override
    public void start(Stage stage) throws IOException {
        // every test starts like a first run: no remembered view, switches or gemeenten
        Files.deleteIfExists(home.resolve("settings.json"));
        Files.deleteIfExists(home.resolve(GemeenteStore.FILE));
        new RecoveryStore(home).clear();
        app = new App();
        app.start(stage);
    }

    /** The window is shown with the start-up progress first; its frame is built on the next pulse. */
    @BeforeEach
    void awaitFrame() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window() != null);
    }

    private MainWindow window() {
        return app.window();
    }

    private ExplorerViewModel vm() {
        return window().viewModel();
    }

    private Scenario loaded() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().getScenario() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return vm().getScenario();
    }

    /** Scrolls the node's scroll pane so the node is in view, as a person would before clicking it. */
    private Node reveal(Node n) {
        interact(() -> {
            for (Parent p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp) {
                    double y = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                    double range = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                    if (range > 0) {
                        sp.setVvalue(Math.max(0, Math.min(1, (y - 20) / range)));
                    }
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return n;
    }

    private static boolean shownUpTheTree(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void switchingALayerOffRemovesItFromTheMap() throws Exception {
        Scenario s = loaded();
        // the first layer of the first group: at the top of the panel, so visible without scrolling
        Layer layer = s.layersOf(s.groups().get(0).theme()).stream().filter(l -> !l.features().isEmpty())
                .findFirst().orElseThrow();
        Node node = lookup("#feature-" + layer.features().get(0).id()).query();
        assertTrue(shownUpTheTree(node));
        clickOn("#layer-" + layer.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#layer-" + layer.id()).queryAs(CheckBox.class).isSelected());
        assertFalse(window().mapPane().features().isLayerShown(layer.id()));
        assertFalse(shownUpTheTree(node));
        clickOn("#layer-" + layer.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shownUpTheTree(node));
    }

    @Test
    void keysSwitchTheHorizonAndTheMapFollows() throws Exception {
        Scenario s = loaded();
        Feature f2050 = s.features().filter(f -> f.horizon() == Horizon.H2050).findFirst().orElseThrow();
        Node node = lookup("#feature-" + f2050.id()).query();
        type(KeyCode.DIGIT1);
        assertEquals(Horizon.H2030, vm().horizonProperty().get());
        assertFalse(shownUpTheTree(node));
        type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Horizon.H2050, vm().horizonProperty().get());
        assertTrue(shownUpTheTree(node));
        clickOn("#horizon-2100");
        assertEquals(Horizon.H2100, vm().horizonProperty().get());
    }

    @Test
    void clickingAFeatureShowsItsInfo() throws Exception {
        Scenario s = loaded();
        interact(() -> vm().horizonProperty().set(Horizon.H2030));
        double tolerance = 7 * 360.0 / (256 * Math.pow(2, window().mapPane().zoom()));
        Feature target = s.features()
                .filter(f -> f.geometry() instanceof Polygonal && vm().isShown(f))
                .filter(f -> {
                    Point p = f.geometry().getInteriorPoint();
                    // a clear hit: nothing else within three times the click tolerance
                    return FeaturePicker.pick(s.layers(), vm()::isShown, p.getX(), p.getY(), 3 * tolerance)
                            .map(x -> x == f).orElse(false);
                })
                .findFirst().orElseThrow();
        Point p = target.geometry().getInteriorPoint();
        Point2D local = window().mapPane().toScreen(p.getX(), p.getY());
        Point2D screen = window().mapPane().mapView().localToScreen(local);
        clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(target, vm().selectedProperty().get());
        assertEquals(target.label(), lookup("#info-title").queryAs(Label.class).getText());
        assertTrue(lookup("#info-sources").queryAs(Label.class).getText().contains("p. " + target.sources().get(0).page()));
        type(KeyCode.ESCAPE);
        assertEquals(null, vm().selectedProperty().get());
    }

    @Test
    void choosingAKeuzeHighlightsAndShowsItsFeatures() throws Exception {
        Scenario s = loaded();
        clickOn("#tab-keuzes");
        Keuze wanted = s.keuzes().stream().filter(k -> !k.featureIds().isEmpty()).findFirst().orElseThrow();
        clickOn("#keuze-search").write(wanted.title());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Keuze> list = lookup("#keuze-list").queryAs(ListView.class);
        assertEquals(List.of(wanted), List.copyOf(list.getItems()));
        interact(() -> list.getSelectionModel().select(0));
        assertEquals(wanted, vm().selectedKeuzeProperty().get());
        assertEquals(wanted.featureIds(), window().mapPane().highlight().highlighted().stream().map(Feature::id).toList());
        assertEquals(wanted.title(), lookup("#info-title").queryAs(Label.class).getText());
        Feature first = s.feature(wanted.featureIds().get(0)).orElseThrow();
        double[] c = window().mapPane().center();
        assertTrue(first.geometry().getEnvelopeInternal().intersects(
                new Envelope(c[0] - 3, c[0] + 3, c[1] - 2, c[1] + 2)), "map moved to the keuze");
        Node link = lookup(".info-link").match((Hyperlink h) -> h.getText().equals(first.label())).query();
        clickOn(reveal(link));
        assertEquals(first, vm().selectedProperty().get(), "the link selects the feature");
        assertTrue(lookup(wanted.title().length() > 40 ? ".info-link" : "#info-title").tryQuery().isPresent());
    }

    @Test
    void schuurpuntenAreListedShownAndExplained() throws Exception {
        loaded();
        interact(() -> vm().horizonProperty().set(Horizon.H2050));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window().features().schuurpunten().model().all().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#schuurpunten-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        var table = window().features().schuurpunten().panel().table();
        assertEquals(window().features().schuurpunten().model().all().size(), table.getItems().size());
        var expected = new SchuurpuntEngine(vm().getScenario(), Provinces.all()).analyse(Horizon.H2050);
        assertEquals(expected.stream().map(Schuurpunt::key).sorted().toList(),
                table.getItems().stream().map(Schuurpunt::key).sorted().toList());
        assertTrue(lookup("#overlay").query().isVisible());
        // the hatched overlaps are explained in the legend, counted per relation
        long conflicts = table.getItems().stream().filter(sp -> sp.rule().relation() == Relation.CONFLICT).count();
        assertTrue(((Label) ((javafx.scene.layout.HBox) lookup("#legend-schuurpunt-conflict").query()).getChildren().get(1))
                .getText().contains("(" + conflicts + ")"));
        var conflict = table.getItems().stream().filter(sp -> sp.rule().relation() == Relation.CONFLICT)
                .findFirst().orElseThrow();
        interact(() -> table.getSelectionModel().select(conflict));
        assertEquals(conflict, vm().selectedSchuurpuntProperty().get());
        assertEquals(List.of(conflict.a(), conflict.b()), window().mapPane().highlight().highlighted());
        assertEquals(conflict.rule().title(), lookup("#info-title").queryAs(Label.class).getText());
        // the frictiematrix filters the table to one pair of themes
        String cell = "#matrix-" + (conflict.a().theme().compareTo(conflict.b().theme()) <= 0
                ? conflict.a().theme().id() + "-" + conflict.b().theme().id()
                : conflict.b().theme().id() + "-" + conflict.a().theme().id());
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().stream().allMatch(sp -> FrictionMatrix.between(sp,
                conflict.a().theme(), conflict.b().theme())));
        assertTrue(table.getItems().contains(conflict));
        clickOn("#matrix-reset");
        clickOn("#schuurpunten-onmap");
        assertFalse(lookup("#overlay").query().isVisible());
        assertTrue(lookup("#legend-schuurpunt-conflict").tryQuery().isEmpty(), "no overlaps on the map, none in the legend");
        type(KeyCode.S);
        assertFalse(window().features().schuurpunten().panel().isVisible() && window().features().schuurpunten().panel().getScene() != null
                && window().features().schuurpunten().panel().getParent() != null);
    }

    @Test
    void aKeuzeCanBeRecordedForASchuurpunt() throws Exception {
        loaded();
        interact(() -> vm().horizonProperty().set(Horizon.H2100));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window().features().schuurpunten().model().all().isEmpty());
        var sp = window().features().schuurpunten().model().all().stream()
                .filter(s -> !s.rule().choice().isBlank()).findFirst().orElseThrow();
        interact(() -> vm().selectedSchuurpuntProperty().set(sp));
        clickOn(reveal(lookup("#info-record").query()));
        // the rule's own te maken keuze is offered as where the discussion starts
        assertTrue(lookup("#keuze-rule-choice").queryAs(Label.class).getText().contains(sp.rule().choice()));
        clickOn("#keuze-use-choice");
        assertEquals(sp.rule().choice(), lookup("#keuze-options").queryAs(javafx.scene.control.TextArea.class).getText());
        interact(() -> {
            lookup("#keuze-direction").queryAs(javafx.scene.control.TextArea.class).setText("Woningbouw naar de oostkant verplaatsen");
            lookup("#keuze-owner").queryAs(javafx.scene.control.TextField.class).setText("Provincie Gelderland");
        });
        clickOn("OK");
        Path file = scenarioCopy.resolve(SchuurpuntKeuzeStore.FILE);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(file));
        String json = Files.readString(file);
        assertTrue(json.contains("Woningbouw naar de oostkant verplaatsen"), json);
        assertTrue(json.contains(sp.key()), json);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#info-recorded").queryAs(Label.class).getText().contains("Provincie Gelderland"));
        assertEquals("Woningbouw naar de oostkant verplaatsen", window().features().schuurpunten().model().keuzes().get(sp.key()).direction());
        assertEquals(sp.rule().choice(), window().features().schuurpunten().model().keuzes().get(sp.key()).options());
    }

    @Test
    void searchFindsAVillageZoomsToItAndItsNameIsAboveTheLayers() throws Exception {
        loaded();
        // the place names are read in the background after start-up
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window().features().lens().model().search("Ooij", 1).isEmpty());
        press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        write("Ooij");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Ooij (plaats in Gelderland)");
        WaitForAsyncUtils.waitForFxEvents();
        double[] c = window().mapPane().center();
        assertTrue(Math.abs(c[0] - 5.93) < 0.05 && Math.abs(c[1] - 51.85) < 0.05, () -> c[0] + "," + c[1]);
        assertTrue(window().mapPane().zoom() >= 12, "zoomed in on the village: " + window().mapPane().zoom());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window().mapPane().placeLabels().shownNames().contains("Ooij")).get());
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> window().mapPane().placeLabels().shownNames()).get();
        assertTrue(shown.contains("Nijmegen"), shown::toString);
        assertTrue(lookup("#place-labels").tryQuery().isPresent(), "the label layer is in the map");
    }

    @Test
    void searchSelectsAPlaceAndTheLensShowsIt() throws Exception {
        loaded();
        Path cbs = TestScenarios.shared().resolve("geodata/cbs-gemeenten-2025.geojson");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(cbs), "needs ../shared/geodata");
        WaitForAsyncUtils.asyncFx(() -> window().features().lens().importGemeenten(cbs)).get(60, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().features().lens().model().gemeenten().size() == 342);
        assertTrue(Files.exists(home.resolve(GemeenteStore.FILE)), "kept for later starts");
        press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        write("Nijmeg");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Nijmegen (gemeente)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Nijmegen", window().features().lens().model().selectedProperty().get().name());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().features().lens().model().viewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Nijmegen (gemeente)", lookup("#lens-title").queryAs(Label.class).getText());
        assertTrue(lookup("#lens-summary").queryAs(Label.class).getText().contains("ha"));
        assertTrue(window().mapPane().boundaries().hasFocus(), "the gemeente is outlined and the rest dimmed");
        assertTrue(lookup("#lens-timeline-2100").tryQuery().isPresent(), "what changes from 2030 to 2100");
        Path pdf = Files.createTempDirectory("rv-report").resolve("nijmegen.pdf");
        WaitForAsyncUtils.asyncFx(() -> window().features().lens().writeReport(window().features().lens().model().selectedProperty().get(), pdf))
                .get(60, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Nijmegen"));
        }
        double[] c = window().mapPane().center();
        assertTrue(Math.abs(c[0] - 5.85) < 0.3 && Math.abs(c[1] - 51.84) < 0.2, () -> c[0] + "," + c[1]);

        // the lens closes three ways, each leaving the whole map undimmed: ✕ on the map, Esc, Heel Nederland
        assertEquals("✕  Lens: Nijmegen", lookup("#lens-close").queryButton().getText());
        clickOn("#lens-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertLensClosed();
        interact(() -> window().features().lens().choosePlace(window().features().lens().model().search("Nijmegen", 1).get(0)));
        assertTrue(window().mapPane().boundaries().hasFocus());
        interact(() -> window().mapPane().requestFocus());
        interact(() -> vm().selectedProperty().set(vm().getScenario().features().findFirst().orElseThrow()));
        type(KeyCode.ESCAPE);
        assertNull(vm().selectedProperty().get(), "the first Esc clears the selection");
        assertTrue(window().mapPane().boundaries().hasFocus(), "and leaves the lens open");
        type(KeyCode.ESCAPE);
        assertLensClosed();
        interact(() -> window().features().lens().choosePlace(window().features().lens().model().search("Nijmegen", 1).get(0)));
        type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#lens-close").tryQuery().isPresent(), "the lens can be closed while presenting");
        clickOn("#lens-close");
        assertLensClosed();
        type(KeyCode.F11);
        interact(() -> window().features().lens().choosePlace(window().features().lens().model().search("Nijmegen", 1).get(0)));
        clickOn("#home-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertLensClosed();
        // the schuurpunten in a lens are links: a click selects one (and zooms to it)
        var lensModel = window().features().lens().model();
        interact(() -> window().features().lens().choosePlace(lensModel.search("Gelderland", 1).get(0)));
        Horizon withSchuurpunten = null;
        for (Horizon h : Horizon.values()) {
            interact(() -> vm().horizonProperty().set(h));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lensModel.viewProperty().get() != null
                    && lensModel.viewProperty().get().horizon() == h);
            if (!lensModel.viewProperty().get().schuurpunten().isEmpty()) {
                withSchuurpunten = h;
                break;
            }
        }
        assertNotNull(withSchuurpunten, "Gelderland has schuurpunten at some horizon");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(reveal(lookup("#lens-schuurpunt-0").query()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(vm().selectedSchuurpuntProperty().get(), "a schuurpunt in the lens is a link to it");
        interact(() -> vm().selectedSchuurpuntProperty().set(null));
    }

    private void assertLensClosed() {
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window().features().lens().model().selectedProperty().get());
        assertFalse(window().mapPane().boundaries().hasFocus(), "the map is undimmed");
        assertTrue(lookup("#lens-close").tryQuery().isEmpty());
    }

    @Test
    void aSketchedHousingAreaInTheRiverLightsUpCanBeUndoneAndIsSavedAsAVariant() throws Exception {
        Scenario s = loaded();
        Feature river = s.feature("wb-uiterwaarden-waal").orElseThrow();
        Point c = river.geometry().getInteriorPoint();
        interact(() -> window().mapPane().setView(c.getY(), c.getX(), 11));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#tab-sketch");
        clickOn("#sketch-polygon");
        double d = 0.03;
        double[][] corners = {{c.getX() - d, c.getY() - d * 0.6}, {c.getX() + d, c.getY() - d * 0.6},
            {c.getX() + d, c.getY() + d * 0.6}, {c.getX() - d, c.getY() + d * 0.6}};
        for (int i = 0; i < corners.length; i++) {
            Point2D p = window().mapPane().mapView().localToScreen(window().mapPane().toScreen(corners[i][0], corners[i][1]));
            clickOn(p);
        }
        finishWithDoubleClick(corners[corners.length - 1][0], corners[corners.length - 1][1]);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#sketch-label").write("Woningen aan de Waal");
        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        Feature sketch = vm().getScenario().feature("schets-1").orElseThrow();
        assertEquals("Woningen aan de Waal", sketch.label());
        assertEquals(Theme.BEWEGING_3, sketch.theme());
        assertTrue(sketch.geometry().getArea() > 0);
        // live schuurpunten: the housing in the floodplain is found at once (the background analysis finishes)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().features().schuurpunten().model().all().stream()
                .anyMatch(sp -> sp.a().id().equals("schets-1") && sp.rule().id().equals("wonen-in-rivierruimte")));
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().getScenario().feature("schets-1").isEmpty(), "undone");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().features().schuurpunten().model().all().stream()
                .noneMatch(sp -> sp.a().id().equals("schets-1")));
        press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().getScenario().feature("schets-1").isPresent(), "redone");
        @SuppressWarnings("unchecked")
        ListView<String> history = lookup("#sketch-history").queryAs(ListView.class);
        assertTrue(history.getItems().get(0).contains("Woningen aan de Waal"), history.getItems().toString());

        interact(() -> window().features().context().settings().variantAuthor = "Tafel 2");
        Path variant = WaitForAsyncUtils.asyncFx(() -> window().features().workshop().variants().saveVariant("Proefvariant Waal"))
                .get(60, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        assertEquals(scenarioCopy.getParent(), variant.getParent());
        ScenarioLoad reloaded = new ScenarioReader().read(variant);
        assertTrue(reloaded.isValid(), () -> reloaded.problems().toString());
        Scenario v = reloaded.scenario().orElseThrow();
        assertEquals("Proefvariant Waal", v.name());
        assertEquals("demo", v.variant().orElseThrow().basedOn(), "a variant says what it is based on");
        assertEquals("Tafel 2", v.variant().orElseThrow().author(), "the author asked once, not the system's user name");
        assertTrue(v.variant().orElseThrow().date().startsWith(String.valueOf(LocalDate.now().getYear())));
        assertEquals("Woningen aan de Waal", v.feature("schets-1").orElseThrow().label());
        assertTrue(Files.exists(scenarioCopy.resolve("scenario.json")), "the original is untouched");
        assertTrue(new ScenarioReader().read(scenarioCopy).scenario().orElseThrow().feature("schets-1").isEmpty());
        // Bestand › Variant openen… lists the original and its variant; the variant opens like any scenario
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<VariantIndex.Entry> variants = lookup("#variant-list").queryAs(ListView.class);
        assertEquals(List.of("demo", variant.getFileName().toString()), variants.getItems().stream()
                .map(VariantIndex.Entry::id).toList());
        interact(() -> variants.getSelectionModel().select(1));
        clickOn("Openen");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "Proefvariant Waal".equals(vm().getScenario().name()));
        assertEquals(variant, window().viewModel().folderProperty().get());
    }

    private Point2D onScreen(double lon, double lat) {
        return window().mapPane().mapView().localToScreen(window().mapPane().toScreen(lon, lat));
    }

    private Node handle(String id) {
        return window().mapPane().handles().nodes().stream().filter(n -> id.equals(n.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no handle " + id));
    }

    private void dragHandle(String id, Point2D to) {
        Node h = handle(id);
        Point2D from = h.localToScreen(0, 0);
        drag(from, MouseButton.PRIMARY);
        // a few steps, as a hand would, so the live preview sees intermediate shapes
        for (int i = 1; i <= 4; i++) {
            moveTo(new Point2D(from.getX() + (to.getX() - from.getX()) * i / 4, from.getY() + (to.getY() - from.getY()) * i / 4));
        }
        drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Feature sketch1() {
        return vm().getScenario().feature("schets-1").orElseThrow();
    }

    /**
     * The second click of a double-click on the last vertex (the first one was a robot click that placed it):
     * delivered with click count 2 as the map would, because a robot's double-click on a loaded machine may
     * arrive as two single clicks.
     */
    private void finishWithDoubleClick(double lon, double lat) {
        // later, not waited for: the click opens the form, which waits for its answer
        Platform.runLater(() -> window().features().workshop().sketches().click(lon, lat, 2));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String lastEdit() {
        var history = window().features().workshop().sketches().stack().history();
        return history.get(history.size() - 1).description();
    }

    @Test
    void whileDrawingTheSchuurpuntenShowLiveAndTheShapeCanBeReshapedMovedAndUndone() throws Exception {
        Scenario s = loaded();
        Point c = s.feature("wb-uiterwaarden-waal").orElseThrow().geometry().getInteriorPoint();
        interact(() -> window().mapPane().setView(c.getY(), c.getX(), 11));
        WaitForAsyncUtils.waitForFxEvents();
        type(KeyCode.V);
        assertEquals(SketchController.Tool.POLYGON, window().features().workshop().sketches().toolProperty().get());
        double d = 0.02;
        clickOn(onScreen(c.getX() - d, c.getY() - d * 0.6));
        clickOn(onScreen(c.getX() + d, c.getY() - d * 0.6));
        // the third vertex is not placed yet: the pointer alone makes a triangle, which already lies in the river
        moveTo(onScreen(c.getX() + d, c.getY() + d * 0.6));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().features().workshop().sketches().liveProperty().get().schuurpunten().stream()
                .anyMatch(sp -> sp.rule().id().equals("wonen-in-rivierruimte")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window().mapPane().liveText().startsWith("Raakt"), window().mapPane().liveText());
        assertTrue(window().mapPane().liveOverlay().size() > 0, "the would-be overlap is drawn");
        assertTrue(vm().getScenario().feature("schets-1").isEmpty(), "nothing is added before the sketch is finished");
        clickOn(onScreen(c.getX() + d, c.getY() + d * 0.6));
        clickOn(onScreen(c.getX() - d, c.getY() + d * 0.6));
        finishWithDoubleClick(c.getX() - d, c.getY() + d * 0.6);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#sketch-label").write("Wijk aan de Waal");
        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        Geometry drawn = sketch1().geometry();
        assertEquals(4, GeometryEdits.vertices(drawn).size());

        // edit tool: choose the sketch, handles appear on its 4 corners, 4 edges and inside
        type(KeyCode.B);
        clickOn(onScreen(drawn.getInteriorPoint().getX(), drawn.getInteriorPoint().getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("schets-1", vm().selectedProperty().get().id());
        assertEquals(9, window().mapPane().handles().nodes().size());
        double[] centreBefore = window().mapPane().center();

        // drag a corner outwards: the vertex moves and the map does not pan
        Point2D corner = onScreen(c.getX() + 2 * d, c.getY() + d);
        Coordinate v0 = GeometryEdits.vertices(drawn).get(2).at();
        // Shift held: placed freely; the target lies within snapping distance of the Waal dike zone's edge,
        // and snapping is tested on its own below
        press(KeyCode.SHIFT);
        dragHandle("vertex-0-0-2", corner);
        release(KeyCode.SHIFT);
        Coordinate moved = GeometryEdits.vertices(sketch1().geometry()).get(2).at();
        assertTrue(Math.abs(moved.x - (c.getX() + 2 * d)) < 0.002 && Math.abs(moved.y - (c.getY() + d)) < 0.002,
                () -> v0 + " -> " + moved);
        assertTrue(sketch1().geometry().getArea() > drawn.getArea());
        assertTrue(lastEdit().contains("Hoekpunt") && lastEdit().contains("verplaatst"), lastEdit());
        double[] centreAfter = window().mapPane().center();
        assertEquals(centreBefore[0], centreAfter[0], 1e-9, "dragging a handle does not pan the map");

        // drag an edge's midpoint: a vertex is added there
        dragHandle("midpoint-0-0-0", onScreen(c.getX(), c.getY() - 1.6 * d));
        assertEquals(5, GeometryEdits.vertices(sketch1().geometry()).size());
        assertTrue(lastEdit().contains("toegevoegd"), lastEdit());

        // choose the new vertex and delete it with the Delete key
        clickOn(handle("vertex-0-0-1"));
        type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, GeometryEdits.vertices(sketch1().geometry()).size());
        assertTrue(lastEdit().contains("verwijderd"), lastEdit());

        // a drag that makes the edges cross is refused and nothing changes
        Geometry beforeBad = sketch1().geometry();
        int edits = window().features().workshop().sketches().stack().history().size();
        // the south-west corner dragged past the east side: its edges cross the eastern edge
        dragHandle("vertex-0-0-0", onScreen(c.getX() + 3 * d, c.getY()));
        assertTrue(sketch1().geometry().equalsExact(beforeBad), "an invalid shape is not stored");
        assertEquals(edits, window().features().workshop().sketches().stack().history().size());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#status").queryAs(Label.class).getText().contains("kruisen"), "the user is told why");

        // move the whole feature out of the river with the grip: its schuurpunt with the river goes away
        dragHandle("move-handle", onScreen(c.getX(), c.getY() + 0.12));
        assertTrue(lastEdit().contains("verschoven"), lastEdit());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window().features().schuurpunten().model().busyProperty().get()
                && window().features().schuurpunten().model().all().stream().noneMatch(sp -> sp.a().id().equals("schets-1")
                && sp.rule().id().equals("wonen-in-rivierruimte")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().mapPane().liveText().isEmpty());

        // Alt+arrow nudges it, and every edit undoes back to the drawn shape
        Coordinate beforeNudge = sketch1().geometry().getCentroid().getCoordinate();
        press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sketch1().geometry().getCentroid().getX() > beforeNudge.x);
        for (int i = 0; i < 5; i++) {
            press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sketch1().geometry().equalsExact(drawn), "undone to the shape as drawn");
        press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sketch1().geometry().getArea() > drawn.getArea(), "redo brings the moved corner back");
        assertEquals(9, window().mapPane().handles().nodes().size(), "the handles follow the redone shape");

        // a line drawn as Water en bodem: the thema chosen before drawing is the one the form starts with
        clickOn("#sketch-draw-theme");
        Node choice = lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("Water en bodem"))
                .queryAll().stream().filter(n -> n.getScene() != window().getScene()).findFirst().orElseThrow();
        clickOn(choice);
        assertEquals(Theme.WATER_EN_BODEM, window().features().workshop().sketches().drawThemeProperty().get());
        type(KeyCode.L);
        clickOn(onScreen(c.getX() - d, c.getY() + 2 * d));
        clickOn(onScreen(c.getX() + d, c.getY() + 2.5 * d));
        finishWithDoubleClick(c.getX() + d, c.getY() + 2.5 * d);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#sketch-label").write("Nieuwe kade");
        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        Feature line = vm().getScenario().features().filter(f -> f.label().equals("Nieuwe kade")).findFirst().orElseThrow();
        assertEquals(Theme.WATER_EN_BODEM, line.theme());
        assertEquals("LineString", line.geometry().getGeometryType());

        // what a sketch stands for can be changed afterwards through the same form, as one undoable edit
        type(KeyCode.B);
        interact(() -> vm().selectedProperty().set(line));
        clickOn("#sketch-properties");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#sketch-label");
        interact(() -> lookup("#sketch-label").queryAs(TextField.class).selectAll());
        write("Hoge kade");
        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        Feature renamed = vm().getScenario().feature(line.id()).orElseThrow();
        assertEquals("Hoge kade", renamed.label());
        assertEquals(Theme.WATER_EN_BODEM, renamed.theme());
        assertTrue(renamed.geometry().equalsExact(line.geometry()), "the shape stays");
        assertTrue(lastEdit().contains("Hoge kade"), lastEdit());
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Nieuwe kade", vm().getScenario().feature(line.id()).orElseThrow().label());
    }

    @Test
    void aDraggedCornerSnapsOntoANearbyVertexUnlessShiftIsHeld() throws Exception {
        Scenario s = loaded();
        Coordinate v = s.feature("wb-uiterwaarden-waal").orElseThrow().geometry().getCoordinates()[0];
        interact(() -> window().mapPane().setView(v.y, v.x, 11));
        WaitForAsyncUtils.waitForFxEvents();
        var form = new SketchDialog.Form(Theme.BEWEGING_3, Horizon.H2050,
                KeuzeCategorie.TE_MAKEN, "Kleefproef", "", Set.of("woningbouw"));
        Geometry square = new WKTReader().read(String.format(Locale.ROOT,
                "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))", v.x + 0.004, v.y + 0.004, v.x + 0.02, v.y + 0.004,
                v.x + 0.02, v.y + 0.015, v.x + 0.004, v.y + 0.015, v.x + 0.004, v.y + 0.004));
        interact(() -> {
            Feature f = window().features().workshop().sketches().add(square, form, SketchController.Tool.POLYGON);
            window().features().workshop().sketches().toolProperty().set(SketchController.Tool.EDIT);
            vm().selectedProperty().set(vm().getScenario().feature(f.id()).orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        String id = vm().selectedProperty().get().id();
        Point2D nearV = onScreen(v.x, v.y).add(4, -3);
        dragHandle("vertex-0-0-0", nearV);
        Coordinate corner = vm().getScenario().feature(id).orElseThrow().geometry().getCoordinates()[0];
        assertEquals(v, corner, "the corner lies exactly on the river's vertex");
        assertFalse(window().mapPane().sketchLayer().isSnapMarked(), "the green mark goes with the drag");
        // with Shift held the corner stays where it is dropped
        Point2D free = onScreen(v.x, v.y).add(6, -6);
        press(KeyCode.SHIFT);
        dragHandle("vertex-0-0-0", free);
        release(KeyCode.SHIFT);
        Coordinate loose = vm().getScenario().feature(id).orElseThrow().geometry().getCoordinates()[0];
        assertFalse(v.equals2D(loose), "not snapped with Shift");
        assertTrue(loose.distance(v) < 0.01, () -> loose + " near " + v);
    }

    /**
     * A recovery copy this window did not write, offer or restore (as one left by another window that crashed) is not
     * removed by a quit without unsaved work: only the user's answer or a save removes it.
     */
    @Test
    void aRecoveryCopyNobodyAnsweredSurvivesAQuitWithoutUnsavedWork() throws Exception {
        Scenario s = loaded();
        new RecoveryStore(home).save(s, scenarioCopy);
        assertFalse(window().features().workshop().variants().hasUnsavedWork());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window().features().workshop().variants().confirmUnsaved("close"))
                .get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS), "nothing to ask: the window may close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ForkJoinPool.commonPool().awaitQuiescence(30, TimeUnit.SECONDS));
        assertTrue(new RecoveryStore(home).load().isPresent(), "the copy is still there for the next start");
        new RecoveryStore(home).clear();
    }

    @Test
    void unsavedSketchesAreAutosavedAndCanBeRestored() throws Exception {
        Scenario s = loaded();
        Point c = s.feature("wb-uiterwaarden-waal").orElseThrow().geometry().getInteriorPoint();
        var form = new SketchDialog.Form(Theme.BEWEGING_3, Horizon.H2050,
                KeuzeCategorie.TE_MAKEN, "Herstelproef", "", Set.of("wonen"));
        interact(() -> window().features().workshop().sketches().add(c.buffer(0.01), form, SketchController.Tool.POLYGON));
        assertTrue(window().features().workshop().variants().hasUnsavedWork());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window().features().workshop().variants().autosaveNow()).get(60, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS));
        var recovered = new RecoveryStore(home).load().orElseThrow();
        assertEquals(Optional.of(scenarioCopy.toAbsolutePath()), recovered.original());
        // as after a crash: a fresh start of the original, then the recovered work is restored
        WaitForAsyncUtils.asyncFx(() -> window().features().scenario().open(scenarioCopy)).get(60, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().getScenario().features().noneMatch(f -> f.label().equals("Herstelproef")));
        WaitForAsyncUtils.asyncFx(() -> window().features().workshop().variants().restore(recovered)).get(60, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().getScenario().features().anyMatch(f -> f.label().equals("Herstelproef")));
        assertEquals(scenarioCopy, window().viewModel().folderProperty().get(), "saving goes beside the original");
        assertTrue(window().features().workshop().variants().hasUnsavedWork(), "restored work still needs saving");
        // Ctrl+Q (Bestand › Afsluiten) asks first; cancelling keeps the window and the work
        press(KeyCode.CONTROL).press(KeyCode.Q).release(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("variant"), dialog.getContentText());
        clickOn(dialog.lookupButton(FxSupport.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window().getScene().getWindow().isShowing(), "not closed");
        assertTrue(window().features().workshop().variants().hasUnsavedWork());
        // asking again and saving: the variant is written in the background, and only then the window closes
        List<Path> before;
        try (var list = Files.list(scenarioCopy.getParent())) {
            before = list.toList();
        }
        interact(() -> window().features().context().settings().variantAuthor = "Tafel 1"); // asked once before
        press(KeyCode.CONTROL).press(KeyCode.Q).release(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(Messages.get("close.save"));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("OK");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window().getScene().getWindow().isShowing());
        List<Path> saved;
        try (var list = Files.list(scenarioCopy.getParent())) {
            saved = list.filter(p -> !before.contains(p)).toList();
        }
        assertEquals(1, saved.size(), saved.toString());
        assertTrue(Files.exists(saved.get(0).resolve("scenario.json")));
        // the recovery copy is cleared once saved
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> new RecoveryStore(home).load().isEmpty());
        try (var files = Files.walk(saved.get(0))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void helpOverlayAndPresentationModeFollowTheKeys() throws Exception {
        loaded();
        type(KeyCode.F1);
        assertTrue(window().features().presentation().isHelpShown());
        assertTrue(lookup("#help-overlay").query().isVisible());
        type(KeyCode.ESCAPE);
        assertFalse(window().features().presentation().isHelpShown());
        write("?");
        assertTrue(window().features().presentation().isHelpShown(), "? opens the shortcuts too");
        type(KeyCode.ESCAPE);
        type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window().features().presentation().isPresenting());
        assertTrue(window().getStyleClass().contains("presentation"));
        assertTrue(lookup("#side-tabs").tryQuery().isEmpty(), "panels are hidden");
        assertTrue(lookup("#horizon-2050").tryQuery().isPresent(), "the horizon switch stays");
        assertTrue(lookup("#pointer").tryQuery().isPresent());
        assertTrue(window().mapPane().highlight().isHighContrast(), "the selection stands out on a projector");
        assertTrue(lookup(".presentation-hidden").queryAll().stream().noneMatch(Node::isVisible), "the open and about buttons make room");
        assertToolBarFits();
        type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window().features().presentation().isPresenting());
        assertTrue(lookup("#side-tabs").tryQuery().isPresent());
        assertFalse(window().mapPane().highlight().isHighContrast());
        assertTrue(lookup(".presentation-hidden").queryAll().stream().allMatch(Node::isVisible));
        assertToolBarFits();
    }

    /** No ">>" at the end of the tool bar: everything in it is in view (also after F11 and back). */
    private void assertToolBarFits() {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".tool-bar-overflow-button").queryAll().stream().noneMatch(Node::isVisible), "tool bar overflows");
    }

    @Test
    void theMapHasMostOfTheWindowAndTheLayoutSurvivesF11() throws Exception {
        loaded();
        var schuurpunten = window().features().schuurpunten();
        assertFalse(schuurpunten.isShown(), "the schuurpunten pane opens on demand");
        Node side = lookup("#side-tabs").query();
        var map = window().mapPane();
        double share = map.getWidth() * map.getHeight() / (window().getWidth() * window().getHeight());
        assertTrue(share >= 0.6, "map share " + share);
        // the user widens the side panel and opens the pane: both survive presentation mode exactly
        var split = (javafx.scene.control.SplitPane) side.getParent().getParent();
        double before = ((javafx.scene.layout.Region) side).getWidth();
        Node divider = split.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("split-pane-divider")).findFirst().orElseThrow();
        drag(divider, MouseButton.PRIMARY).moveBy(50, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double width = ((javafx.scene.layout.Region) side).getWidth();
        assertEquals(before + 50, width, 3);
        assertEquals(width, window().sidePanelWidth(), 5);
        type(KeyCode.S);
        assertTrue(schuurpunten.isShown());
        type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(schuurpunten.isShown(), "presenting hides the pane");
        type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(schuurpunten.isShown(), "and leaving it brings the pane back");
        assertEquals(width, ((javafx.scene.layout.Region) lookup("#side-tabs").query()).getWidth(), 1,
                () -> "remembered " + window().sidePanelWidth() + " split " + split.getWidth() + " window " + window().getWidth()
                        + " positions " + java.util.Arrays.toString(split.getDividerPositions()));
        // a narrower window keeps the side panel's width (never wider than the headless screen, whose buffer is fixed)
        interact(() -> window().getScene().getWindow().setWidth(window().getScene().getWindow().getWidth() - 150));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, ((javafx.scene.layout.Region) lookup("#side-tabs").query()).getWidth(), 1);
        // remembered for the next start
        FxToolkit.cleanupStages();
        Path file = home.resolve("settings.json");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(file));
        String json = Files.readString(file);
        assertTrue(json.contains("\"schuurpuntenPane\" : true"), json);
        assertTrue(json.contains("\"sidePanelWidth\" : " + window().sidePanelWidth() + ","), json);
        Files.delete(file);
    }

    @Test
    void twoHorizonsAreComparedWithSynchronisedMapsAndAListOfDifferences() throws Exception {
        loaded();
        clickOn("#tab-compare");
        clickOn("#compare-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#compare-pane").tryQuery().isPresent());
        assertTrue(lookup("#compare-handle").query().isVisible(), "swipe divider");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window().features().compare().panel().lines().isEmpty());
        var items = window().features().compare().panel().lines();
        assertTrue(items.stream().anyMatch(x -> x.startsWith("+ ")), items.toString());
        assertTrue(items.stream().anyMatch(x -> x.startsWith("⚠ nieuw schuurpunt")), items.toString());
        interact(() -> window().features().compare().pane().left().setView(52.0, 5.9, 9));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            double[] r = window().features().compare().pane().right().center();
            return Math.abs(r[0] - 5.9) < 1e-3 && Math.abs(r[1] - 52.0) < 1e-3 && Math.abs(window().features().compare().pane().right().zoom() - 9) < 1e-3;
        });
        clickOn("#compare-side");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ComparePane.Mode.SIDE, window().features().compare().pane().mode());
        assertTrue(window().features().compare().pane().right().getClip() == null, "both maps fully visible side by side");
        clickOn("#compare-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#compare-pane").tryQuery().isEmpty());
        assertTrue(lookup("#map-view").tryQuery().isPresent(), "the map is back");
    }

    @Test
    void theOriginalIsComparedWithTheSketchesOnlyOnTheRightAndEveryChoiceTakesEffectAtOnce() throws Exception {
        Scenario s = loaded();
        Point c = s.feature("wb-uiterwaarden-waal").orElseThrow().geometry().getInteriorPoint();
        var form = new SketchDialog.Form(Theme.BEWEGING_3, Horizon.H2030, KeuzeCategorie.TE_MAKEN, "Wijk op de kade",
                "tweehonderd woningen", Set.of("wonen"));
        interact(() -> window().features().workshop().sketches().add(c.buffer(0.01), form, SketchController.Tool.POLYGON));
        var compare = window().features().compare();
        clickOn("#tab-compare");
        interact(() -> {
            compare.panel().leftHorizonBox().setValue(Horizon.H2030);
            compare.panel().rightHorizonBox().setValue(Horizon.H2030);
        });
        clickOn("#compare-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> compare.panel().lines().stream().anyMatch(x -> x.startsWith("+ Wijk op de kade")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> compare.panel().lines().stream()
                .anyMatch(x -> x.startsWith("⚠ nieuw schuurpunt") && x.contains("Wijk op de kade") && x.endsWith(" ha")));
        assertEquals(1, compare.panel().features().getItems().size(), "only the sketch differs: " + compare.panel().lines());
        // the left map shows the original as saved: the sketch only on the right
        assertTrue(compare.pane().left().features().scenario().feature("schets-1").isEmpty());
        Feature onRight = compare.pane().right().features().scenario().feature("schets-1").orElseThrow();
        assertTrue(compare.pane().right().features().isShown(onRight));
        assertTrue(from(compare.pane().left()).lookup("#feature-schets-1").tryQuery().isEmpty());
        assertTrue(from(compare.pane().right()).lookup("#feature-schets-1").tryQuery().isPresent());
        // the labels keep clear of the zoom buttons, with the divider and side by side
        for (String mode : List.of("#compare-swipe", "#compare-side")) {
            clickOn(mode);
            WaitForAsyncUtils.waitForFxEvents();
            for (var m : List.of(compare.pane().left(), compare.pane().right())) {
                Node zoom = from(m).lookup("#zoom-in").query();
                var buttons = zoom.getParent().localToScene(zoom.getParent().getBoundsInLocal());
                for (Label l : List.of(compare.pane().leftLabel(), compare.pane().rightLabel())) {
                    assertFalse(l.localToScene(l.getBoundsInLocal()).intersects(buttons), mode + ": " + l.getText());
                }
            }
        }
        // choosing a line zooms both maps to it
        interact(() -> compare.panel().features().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            double[] l = compare.pane().left().center();
            double[] r = compare.pane().right().center();
            return Math.abs(l[0] - c.getX()) < 0.01 && Math.abs(l[1] - c.getY()) < 0.01 && Math.abs(r[0] - l[0]) < 1e-6
                    && compare.pane().left().zoom() >= 10;
        });
        // another horizon on the right is compared at once: what comes in by 2050 is listed
        Feature f2050 = s.features().filter(f -> f.horizon() == Horizon.H2050 && !f.isInForceAt(Horizon.H2030)).findFirst().orElseThrow();
        interact(() -> compare.panel().rightHorizonBox().setValue(Horizon.H2050));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> compare.panel().lines().stream().anyMatch(x -> x.startsWith("+ " + f2050.label())));
        assertTrue(compare.pane().rightLabel().getText().endsWith("2050"));
        // and the workshop session report of the open scenario with its sketch
        Path pdf = Files.createTempDirectory("rv-session").resolve("werksessie.pdf");
        WaitForAsyncUtils.asyncFx(() -> compare.sessionReport().write(compare.panel().target(), pdf)).get(60, TimeUnit.SECONDS)
                .get(120, TimeUnit.SECONDS);
        assertTrue(Files.exists(pdf.resolveSibling("werksessie.html")));
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Wijk op de kade") && text.contains("tweehonderd woningen"), text);
        }
        clickOn("#compare-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#map-view").tryQuery().isPresent(), "the map is back");
        // the sketch stays unsaved work of this test: throw it away so closing does not ask
        interact(() -> window().features().workshop().sketches().stack().clear());
    }

    @Test
    void zoomButtonsAndHomeChangeTheView() throws Exception {
        loaded();
        double before = window().mapPane().zoom();
        clickOn("#zoom-in");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Math.round(before) + 1, window().mapPane().zoom(), 1e-3);
        type(KeyCode.MINUS);
        type(KeyCode.MINUS);
        assertEquals(Math.round(before) - 1, window().mapPane().zoom(), 1e-3);
        type(KeyCode.HOME);
        double[] c = window().mapPane().center();
        assertTrue(c[0] > 4.5 && c[0] < 6.0 && c[1] > 51.6 && c[1] < 52.6, () -> c[0] + "," + c[1]);
    }

    @Test
    void theScaleBarAndPointerCoordinatesFollowTheMapAndMeasuringGivesLengthAndArea() throws Exception {
        loaded();
        var map = window().mapPane();
        interact(() -> map.setView(52.15, 5.39, 9));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "20 km".equals(map.scaleBar().text()));
        interact(() -> map.setView(52.15, 5.39, 14));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "500 m".equals(map.scaleBar().text()));
        assertTrue(map.scaleBar().barPixels() > 60 && map.scaleBar().barPixels() <= 150, "" + map.scaleBar().barPixels());

        moveTo(onScreen(5.387203658, 52.155172894));
        WaitForAsyncUtils.waitForFxEvents();
        String coords = window().statusBar().coordinates();
        assertTrue(coords.matches("RD 15[45]\\.\\d{3}, 46[23]\\.\\d{3} · 52,15\\d{3}° N 5,38\\d{3}° O · zoom 14"), coords);

        String before = window().statusBar().message();
        type(KeyCode.M);
        assertTrue(window().features().mapTools().isMeasuring());
        double[][] square = {RdNew.toWgs84(154_500, 462_500), RdNew.toWgs84(155_500, 462_500), RdNew.toWgs84(155_500, 463_500),
            RdNew.toWgs84(154_500, 463_500)};
        for (double[] corner : square) {
            clickOn(onScreen(corner[0], corner[1]));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(window().statusBar().message().startsWith("Afstand "), window().statusBar().message());
        assertTrue(lookup("#measure-line").tryQuery().isPresent());
        clickOn(onScreen(square[0][0], square[0][1]));
        WaitForAsyncUtils.waitForFxEvents();
        String result = window().statusBar().message();
        // 1 km sides to within a few pixels of 6 m: about 4 km round and 100 ha
        assertTrue(result.matches("Omtrek 4,0\\d km · oppervlakte (99|100|101)(,\\d+)? ha \\(Ctrl\\+C kopieert, klik om opnieuw te meten\\)")
                || result.matches("Omtrek 3,9\\d km · oppervlakte (98|99|100)(,\\d+)? ha \\(Ctrl\\+C kopieert, klik om opnieuw te meten\\)"), result);
        press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(10, TimeUnit.SECONDS);
        assertTrue(copied != null && copied.startsWith("Omtrek ") && result.startsWith(copied), copied);
        assertTrue(window().statusBar().message().startsWith("Gekopieerd: Omtrek "), window().statusBar().message());
        assertTrue(window().features().workshop().sketches().stack().history().isEmpty(), "measuring draws no sketch");
        type(KeyCode.ESCAPE);
        assertFalse(window().features().mapTools().isMeasuring());
        assertTrue(lookup("#measure-line").tryQuery().isEmpty());
        assertEquals(before, window().statusBar().message());
    }

    @Test
    void aBookmarkBringsBackItsViewWithCtrlDigitAndIsRememberedPerScenario() throws Exception {
        Scenario s = loaded();
        var map = window().mapPane();
        var bookmarks = window().features().mapTools().bookmarks();
        interact(() -> map.setView(51.84, 5.86, 12));
        assertTrue(WaitForAsyncUtils.asyncFx(() -> bookmarks.save("  Nijmegen\nwaalsprong ")).get(10, TimeUnit.SECONDS));
        interact(() -> map.setView(53.2, 6.56, 10));
        interact(() -> bookmarks.save("Groningen"));
        assertEquals(List.of("Nijmegen waalsprong", "Groningen"), bookmarks.names());
        interact(map::showNetherlands);
        clickOn(onScreen(5.3, 52.1));
        press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, map.zoom(), 0.01);
        assertEquals(5.86, map.center()[0], 0.001);
        assertEquals(51.84, map.center()[1], 0.001);
        assertEquals("Bladwijzer „Nijmegen waalsprong”", window().statusBar().message());
        // the same name again replaces the bookmark where it stands
        interact(() -> map.setView(51.85, 5.87, 13));
        interact(() -> bookmarks.save("nijmegen WAALSPRONG"));
        assertEquals(List.of("nijmegen WAALSPRONG", "Groningen"), bookmarks.names());
        interact(() -> assertTrue(bookmarks.remove("Groningen")));
        var menu = (javafx.scene.control.Menu) window().features().mapTools().menuEntries().get(1).item();
        assertEquals(List.of("Huidig beeld als bladwijzer…", "", "nijmegen WAALSPRONG", "", "Bladwijzer verwijderen"),
                menu.getItems().stream().map(i -> i.getText() == null ? "" : i.getText()).toList());
        FxToolkit.cleanupStages();
        Path file = home.resolve("settings.json");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(file));
        String json = Files.readString(file);
        assertTrue(json.contains("\"" + s.id() + "\" : [ {") && json.contains("\"name\" : \"nijmegen WAALSPRONG\""), json);
        assertFalse(json.contains("Groningen"), json);
        Files.delete(file);
    }

    @Test
    void noNetworkConnectionWithDefaultSettings() throws Exception {
        loaded();
        assertTrue(ServiceLoader.load(TileRetriever.class).findFirst().orElseThrow() instanceof OfflineTileRetriever);
        // pan and zoom so that many tiles are requested
        type(KeyCode.EQUALS);
        type(KeyCode.RIGHT);
        type(KeyCode.DOWN);
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), CONNECTIONS);
    }

    @Test
    void choosingEnglishUnderInstellingenTaalIsRememberedAndAppliesAfterARestart() throws Exception {
        loaded();
        var entry = window().features().language().menuEntries().get(0);
        assertEquals(FeatureController.Menu.SETTINGS, entry.menu());
        javafx.scene.control.Menu taal = (javafx.scene.control.Menu) entry.item();
        assertEquals("Taal", taal.getText());
        String system = Messages.get(Language.forSystem(java.util.Locale.getDefault()), "language.name");
        assertEquals(List.of("Nederlands", "English", "Systeemtaal (" + system + ")"),
                taal.getItems().stream().map(MenuItem::getText).toList());
        RadioMenuItem english = (RadioMenuItem) taal.getItems().get(1);
        assertTrue(((RadioMenuItem) taal.getItems().get(2)).isSelected(), "never chosen: the system's language");
        interact(() -> {
            english.setSelected(true);
            english.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("opnieuw start") && dialog.getContentText().contains("restart"),
                dialog.getContentText());
        clickOn(dialog.lookupButton(FxSupport.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Bestand", Messages.get("menu.file"), "the texts change at the next start, not now");
        FxToolkit.cleanupStages();
        Path file = home.resolve("settings.json");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(file));
        assertTrue(Files.readString(file).contains("\"language\" : \"en\""), Files.readString(file));
        assertEquals(Language.ENGLISH, Language.forApp(null, SettingsStore.readLanguage(file), java.util.Locale.GERMANY));
        Files.delete(file);
    }

    @Test
    void settingsAreSavedWhenTheWindowCloses() throws Exception {
        Scenario s = loaded();
        Layer layer = s.layers().get(0);
        interact(() -> {
            vm().horizonProperty().set(Horizon.H2050);
            vm().layerSwitch(layer.id()).visibleProperty().set(false);
        });
        FxToolkit.cleanupStages();
        Path file = home.resolve("settings.json");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(file));
        String json = Files.readString(file);
        assertTrue(json.contains("\"horizon\" : 2050"), json);
        assertTrue(json.contains("\"" + layer.id() + "\" : false"), json);
        Files.delete(file);
    }

    @Test
    void theOpenScenarioIsSharedAsOneFileAndADroppedFileOpensAsANewFolder() throws Exception {
        Scenario s = loaded();
        Path folder = vm().folderProperty().get();
        Path file = Files.createTempDirectory("rv-share").resolve("demo.ruimte");
        var share = window().features().share();
        var written = WaitForAsyncUtils.asyncFx(() -> share.write(folder, file, false))
                .get(60, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        assertTrue(Files.size(file) > 0 && written.files() >= 4, written.toString());
        assertTrue(window().statusBar().message().startsWith("Gedeeld als "), window().statusBar().message());

        interact(() -> share.openDropped(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> home.resolve("gedeeld").equals(vm().folderProperty().get().getParent()) && vm().getScenario() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(s.name(), vm().getScenario().name());
        assertEquals(s.features().count(), vm().getScenario().features().count());
        assertTrue(vm().folderProperty().get().getFileName().toString().startsWith("demo"));
        assertTrue(window().statusBar().message().contains("demo.ruimte"), window().statusBar().message());
        assertTrue(share.menuEntries().stream().map(e -> e.item().getText()).toList()
                .containsAll(List.of("Gedeeld scenario openen…", "Scenario delen…")));
    }

    @Test
    void schuurpuntenLayersAndSketchesOfferAnExportForAGis() throws Exception {
        Scenario s = loaded();
        interact(() -> vm().horizonProperty().set(Horizon.H2050));
        var schuurpunten = window().features().schuurpunten();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !schuurpunten.model().shown().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#schuurpunten-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuButton menu = lookup("#schuurpunten-export").queryAs(javafx.scene.control.MenuButton.class);
        assertFalse(menu.isDisabled());
        assertEquals(List.of("schuurpunten-export-geojson", "schuurpunten-export-gpkg", "schuurpunten-export-csv"),
                menu.getItems().stream().map(javafx.scene.control.MenuItem::getId).toList());
        Path file = Files.createTempDirectory("rv-export").resolve("schuurpunten.gpkg");
        WaitForAsyncUtils.asyncFx(() -> schuurpunten.exportSchuurpunten(file, nl.ruimteverkenner.io.ExportFormat.GPKG))
                .get(60, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM gpkg_contents WHERE srs_id = 28992")) {
            assertTrue(rs.getInt(1) >= 1);
        }
        assertTrue(window().statusBar().message().startsWith("Export klaar: " + file + " (GeoPackage, "
                + schuurpunten.model().shown().size() + " objecten)"), window().statusBar().message());
        // every layer's context menu exports it; the workshop exports the sketches
        Layer layer = s.layers().get(0);
        CheckBox box = lookup("#layer-" + layer.id()).queryAs(CheckBox.class);
        List<String> items = box.getContextMenu().getItems().stream().map(javafx.scene.control.MenuItem::getText).toList();
        assertTrue(java.util.Collections.indexOfSubList(items,
                List.of("Laag exporteren als GeoJSON…", "Laag exporteren als GeoPackage…")) >= 0, items::toString);
        // and official geometry can be linked to it, its schematic version shown once linked
        assertTrue(java.util.Collections.indexOfSubList(items,
                List.of("Officiële geometrie koppelen…", "Schematische versie tonen")) >= 0, items::toString);
        assertTrue(lookup("#layer-" + layer.id()).queryAs(CheckBox.class).getContextMenu().getItems().stream()
                .filter(i -> ("layer-schematic-" + layer.id()).equals(i.getId())).allMatch(javafx.scene.control.MenuItem::isDisable));
        clickOn("#tab-sketch");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Schetsen exporteren…", lookup("#sketch-export").queryAs(javafx.scene.control.Button.class).getText());
    }

    @Test
    void theExportMenuItemWritesTheCurrentViewAsAMapSheet() throws Exception {
        Scenario s = loaded();
        Path file = Files.createTempDirectory("rv-export").resolve("kaart.png");
        clickOn("Bestand");
        clickOn("Kaart exporteren…");
        TextField title = lookup("#export-title").queryAs(TextField.class);
        assertEquals(s.name(), title.getText(), "the title is prefilled with the scenario's name");
        interact(() -> {
            lookup("#export-file").queryAs(TextField.class).setText(file.toString());
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<nl.ruimteverkenner.ui.export.MapExportDialog.Resolution> resolution =
                    lookup("#export-resolution").queryAs(javafx.scene.control.ComboBox.class);
            resolution.setValue(nl.ruimteverkenner.ui.export.MapExportDialog.Resolution.SCREEN);
        });
        clickOn("Exporteren");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window().statusBar().message().startsWith("Kaart geschreven"));
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(file.toFile());
        double w = window().features().context().map().mapView().getWidth();
        double h = window().features().context().map().mapView().getHeight();
        // "as on the screen": the map view's size in pixels
        assertEquals(Math.round(Math.max(w, 400)), img.getWidth());
        assertEquals(Math.round(Math.max(h, 300)), img.getHeight());
        assertTrue(window().statusBar().message().contains(file.toString()), window().statusBar().message());
        assertTrue(CONNECTIONS.isEmpty(), "no network for an export: " + CONNECTIONS);
    }
}

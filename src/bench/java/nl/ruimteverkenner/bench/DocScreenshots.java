package nl.ruimteverkenner.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.ruimteverkenner.app.StartupHook;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.io.GeoJsonGeometryReader;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.MainWindow;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import nl.ruimteverkenner.ui.sketch.SketchController;
import nl.ruimteverkenner.ui.sketch.SketchDialog;
import org.locationtech.jts.geom.Coordinate;

/**
 * Takes the documentation screenshots from the running application when started with
 * {@code -Druimteverkenner.screenshots=DIR} (a {@link StartupHook}): the overview, each beweging at 2030 and
 * 2050, the keuzeregister and the schuurpunten. Each shot waits until all map tiles have arrived.
 */
public final class DocScreenshots implements StartupHook {
    /** The system property naming the folder the screenshots are written to. */
    public static final String PROPERTY = "ruimteverkenner.screenshots";
    private static final Logger LOG = Logger.getLogger(DocScreenshots.class.getName());

    @Override
    public void windowShown(Stage stage, MainWindow window) {
        String dir = System.getProperty(PROPERTY);
        if (dir != null && !dir.isBlank()) {
            attach(stage, window, Path.of(dir));
        }
    }

    /** A step: an action on the window, then a snapshot saved as {@code name}. */
    private record Shot(String name, Runnable action) {
    }

    private static void attach(Stage stage, MainWindow window, Path dir) {
        Deque<Shot> shots = new ArrayDeque<>();
        ExplorerViewModel vm = window.viewModel();
        new AnimationTimer() {
            private int phase;
            private int quiet;
            private Shot current;

            @Override
            public void handle(long now) {
                if (phase == 0) {
                    // the start-up progress is gone once the map is ready
                    if (vm.getScenario() != null && !window.features().schuurpunten().model().busyProperty().get()
                            && stage.getScene().lookup("#startup-overlay") == null) {
                        plan(shots, window, vm.getScenario());
                        phase = 1;
                    }
                    return;
                }
                if (current == null) {
                    current = shots.poll();
                    if (current == null) {
                        stop();
                        Platform.exit();
                        return;
                    }
                    current.action().run();
                    quiet = 0;
                    return;
                }
                quiet = Basemap.instance().pendingTiles() == 0 ? quiet + 1 : 0;
                if (quiet >= 12) {
                    save(stage, dir.resolve(current.name()));
                    current = null;
                }
            }
        }.start();
    }

    private static void plan(Deque<Shot> shots, MainWindow w, Scenario s) {
        ExplorerViewModel vm = w.viewModel();
        shots.add(new Shot("screenshot.png", () -> {
            defaults(vm, s);
            vm.horizonProperty().set(Horizon.H2050);
            w.mapPane().showNetherlands();
            w.features().schuurpunten().model().all().stream().filter(sp -> sp.rule().relation() == Relation.CONFLICT)
                    .findFirst().ifPresent(sp -> vm.selectedSchuurpuntProperty().set(sp));
        }));
        for (Theme t : new Theme[] {Theme.BEWEGING_1, Theme.BEWEGING_2, Theme.BEWEGING_3}) {
            for (Horizon h : new Horizon[] {Horizon.H2030, Horizon.H2050}) {
                shots.add(new Shot(t.id() + "-" + h.year() + ".png", () -> {
                    vm.clearSelection();
                    only(vm, s, t);
                    vm.horizonProperty().set(h);
                    w.features().schuurpunten().show(false);
                    w.mapPane().showNetherlands();
                }));
            }
        }
        shots.add(new Shot("keuzeregister.png", () -> {
            defaults(vm, s);
            vm.horizonProperty().set(Horizon.H2050);
            w.features().schuurpunten().show(false);
            w.features().keuzes().searchKeuzes();
            w.features().keuzes().panel().viewModel().textProperty().set("IJsselmeer");
            s.keuzes().stream().filter(k -> !k.featureIds().isEmpty() && k.title().contains("IJsselmeer")).findFirst()
                    .ifPresent(k -> vm.selectedKeuzeProperty().set(k));
        }));
        if (!w.features().lens().model().gemeenten().isEmpty()) {
            shots.add(new Shot("lens.png", () -> {
                defaults(vm, s);
                vm.clearSelection();
                vm.horizonProperty().set(Horizon.H2050);
                w.features().schuurpunten().show(false);
                w.features().lens().model().search("Nijmegen", 1).stream().findFirst().ifPresent(w.features().lens()::choosePlace);
            }));
        }
        shots.add(new Shot("plaatsnamen.png", () -> {
            // city scale: place names above the layers, the rivers at their width, the scale bar
            defaults(vm, s);
            vm.clearSelection();
            vm.horizonProperty().set(Horizon.H2050);
            w.mapPane().setView(51.86, 5.83, 11.5);
        }));
        shots.add(new Shot("vergelijken.png", () -> {
            defaults(vm, s);
            vm.clearSelection();
            w.features().lens().model().selectedProperty().set(null);
            w.features().schuurpunten().show(false);
            w.mapPane().setView(52.05, 5.55, 8);
            w.showSideTab("tab-compare");
            w.features().compare().panel().setStarted(true);
        }));
        s.feature("wb-uiterwaarden-waal").ifPresent(river -> sketchShots(shots, w, s, river));
        shots.add(new Shot("presentatie.png", () -> {
            resetSketches(w);
            w.features().compare().panel().setStarted(false);
            defaults(vm, s);
            vm.clearSelection();
            vm.horizonProperty().set(Horizon.H2050);
            w.features().presentation().setPresenting(true);
            // fit the country to the map as it is laid out without the side panels
            w.getScene().getRoot().applyCss();
            w.getScene().getRoot().layout();
            w.mapPane().showNetherlands();
            // a selection as the room sees it: a dark casing under the yellow outline
            s.feature("wb-uiterwaarden-waal").ifPresent(f -> vm.selectedProperty().set(f));
        }));
        shots.add(new Shot("sneltoetsen.png", () -> {
            vm.clearSelection();
            w.features().presentation().setPresenting(false);
            w.features().presentation().toggleHelp();
        }));
        shots.add(new Shot("schuurpunten.png", () -> {
            if (w.features().presentation().isHelpShown()) {
                w.features().presentation().toggleHelp();
            }
            w.features().keuzes().panel().viewModel().textProperty().set("");
            defaults(vm, s);
            vm.horizonProperty().set(Horizon.H2050);
            w.features().schuurpunten().show(true);
            w.features().schuurpunten().model().all().stream().filter(sp -> sp.rule().id().contains("helikopter")).findFirst()
                    .or(() -> w.features().schuurpunten().model().all().stream().findFirst())
                    .ifPresent(sp -> vm.selectedSchuurpuntProperty().set(sp));
        }));
    }

    /** Drawing a housing area in the Waal floodplain (live schuurpunten), then reshaping it with the handles. */
    private static void sketchShots(Deque<Shot> shots, MainWindow w, Scenario s, Feature river) {
        ExplorerViewModel vm = w.viewModel();
        var c = river.geometry().getInteriorPoint();
        double d = 0.018;
        double[][] corners = {{c.getX() - d, c.getY() - d * 0.6}, {c.getX() + d, c.getY() - d * 0.7},
            {c.getX() + d * 1.2, c.getY() + d * 0.6}, {c.getX() - d * 0.8, c.getY() + d * 0.7}};
        var tool = w.features().workshop().sketches().toolProperty();
        shots.add(new Shot("schetsen.png", () -> {
            w.features().compare().panel().setStarted(false);
            defaults(vm, s);
            vm.clearSelection();
            vm.horizonProperty().set(Horizon.H2050);
            w.features().schuurpunten().show(false);
            // after the compare mode has put back its own view
            Platform.runLater(() -> w.mapPane().setView(c.getY(), c.getX(), 12));
            tool.set(SketchController.Tool.POLYGON);
            for (int i = 0; i < 3; i++) {
                w.features().workshop().sketches().click(corners[i][0], corners[i][1], 1);
            }
            w.features().workshop().sketches().hover(corners[3][0], corners[3][1]);
        }));
        shots.add(new Shot("bewerken.png", () -> {
            w.features().workshop().sketches().cancel();
            Coordinate[] ring = new Coordinate[5];
            for (int i = 0; i < 4; i++) {
                ring[i] = new Coordinate(corners[i][0], corners[i][1]);
            }
            ring[4] = ring[0];
            var form = new SketchDialog.Form(Theme.BEWEGING_3, Horizon.H2050,
                    KeuzeCategorie.TE_MAKEN, "Woonwijk aan de Waal", "",
                    SketchController.defaultTags(Theme.BEWEGING_3));
            var f = w.features().workshop().sketches().add(GeoJsonGeometryReader.FACTORY.createPolygon(ring), form,
                    SketchController.Tool.POLYGON);
            tool.set(SketchController.Tool.EDIT);
            vm.selectedProperty().set(vm.getScenario().feature(f.id()).orElse(null));
        }));
    }

    /** Leaves the scenario as it was before the sketch shots. */
    private static void resetSketches(MainWindow w) {
        w.features().workshop().sketches().toolProperty().set(SketchController.Tool.NONE);
        while (w.features().workshop().sketches().stack().canUndo()) {
            w.features().workshop().sketches().stack().undo();
        }
        w.features().workshop().sketches().stack().clear();
    }

    private static void defaults(ExplorerViewModel vm, Scenario s) {
        for (LayerGroup g : s.groups()) {
            vm.groupSwitch(g.theme()).visibleProperty().set(true);
        }
        for (Layer l : s.layers()) {
            vm.layerSwitch(l.id()).visibleProperty().set(l.visibleByDefault());
        }
    }

    private static void only(ExplorerViewModel vm, Scenario s, Theme t) {
        for (LayerGroup g : s.groups()) {
            vm.groupSwitch(g.theme()).visibleProperty().set(g.theme() == t || g.theme() == Theme.BESTUUR);
        }
        for (Layer l : s.layers()) {
            vm.layerSwitch(l.id()).visibleProperty().set(l.theme() == t || l.id().equals("provincies"));
        }
    }

    private static void save(Stage stage, Path file) {
        WritableImage img = stage.getScene().snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
            System.out.println("screenshot: " + file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not write " + file, e);
        }
    }
}

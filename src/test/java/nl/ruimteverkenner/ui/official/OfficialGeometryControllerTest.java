package nl.ruimteverkenner.ui.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.stage.Window;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.ui.explorer.LayerPanel;
import nl.ruimteverkenner.ui.map.MapPane;
import nl.ruimteverkenner.ui.shell.DialogService;
import nl.ruimteverkenner.ui.shell.FxSupport;
import nl.ruimteverkenner.ui.shell.MapClicks;
import nl.ruimteverkenner.ui.shell.Shell;
import nl.ruimteverkenner.ui.shell.Shortcuts;
import nl.ruimteverkenner.ui.shell.StatusBar;
import nl.ruimteverkenner.ui.shell.UiContext;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layer context menu's linking from start to end, with dialogs answered OK as they open: a GeoJSON file is
 * read off the FX thread, matched by name, linked as one edit that undo takes back; the schematic version is
 * shown and hidden again.
 */
class OfficialGeometryControllerTest {
    @TempDir
    Path dir;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> texts = new ArrayList<>();

    @BeforeAll
    static void start() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test started it
        }
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | AssertionError e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** Answers every dialog with OK (its default choice) and the file chooser with {@code file}. */
    private DialogService answering(Path file) {
        return new DialogService() {
            @Override
            public void showText(String title, String text) {
                texts.add(text);
            }

            @Override
            public void showList(String title, String header, List<String> lines) {
            }

            @Override
            public boolean confirm(String title, String header, String text) {
                return true;
            }

            @Override
            public boolean askYesNo(String title, String header, String text) {
                return true;
            }

            @Override
            public <T> Optional<T> choose(String title, String header, String text, List<Choice<T>> choices) {
                return Optional.empty();
            }

            @Override
            public Optional<String> input(String title, String header, String initial) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFolder(String title, Path initial) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
                return Optional.of(file);
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, String initialName, List<FileType> types) {
                return Optional.empty();
            }

            @Override
            public <T> Optional<T> show(Function<Window, Dialog<T>> factory) {
                Dialog<T> d = factory.apply(null);
                return Optional.ofNullable(d.getResultConverter().call(FxSupport.OK));
            }
        };
    }

    private static final class NoShell implements Shell {
        @Override
        public void selectTab(Tab tab) {
        }

        @Override
        public void showBelowMap(Node pane, boolean shown) {
        }

        @Override
        public boolean isShownBelowMap(Node pane) {
            return false;
        }

        @Override
        public void replaceMap(Node view) {
        }

        @Override
        public void setSidePanelsShown(boolean shown) {
        }

        @Override
        public Window window() {
            return null;
        }

        @Override
        public void setTitle(String title) {
        }
    }

    private static MenuItem item(List<MenuItem> items, String id) {
        return items.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aFileIsLinkedByNameAsOneUndoableEditAndTheSchematicVersionCanBeShown() throws Exception {
        Path file = dir.resolve("n2000.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"naam":"Veluwe"},"geometry":{"type":"Polygon",
                  "coordinates":[[[5.8,52.1],[5.9,52.1],[5.9,52.2],[5.8,52.2],[5.8,52.1]]]}}]}""");
        ExplorerViewModel vm = new ExplorerViewModel();
        CommandStack stack = new CommandStack();
        var load = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"));
        OfficialGeometryController controller = onFx(() -> {
            vm.show(load, new Settings());
            LayerPanel panel = new LayerPanel(vm, (l, f) -> { });
            UiContext ctx = new UiContext(vm, new MapPane(), new NoShell(), answering(file), new StatusBar(), new Shortcuts(),
                    new MapClicks(), new Settings(), dir, new AnalysisSession(s -> new SchuurpuntEngine(s, List.of())),
                    Platform::runLater, background);
            return new OfficialGeometryController(ctx, panel, stack);
        });
        Scenario original = vm.getScenario();
        onFx(() -> {
            List<MenuItem> items = controller.menuItems(original.layer("natuur").orElseThrow());
            assertTrue(item(items, "layer-schematic-natuur").isDisable(), "nothing linked yet");
            item(items, "layer-official-natuur").fire();
            return null;
        });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onFx(stack::canUndo) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(texts.isEmpty(), texts.toString());
        Scenario linked = onFx(vm::getScenario);
        assertEquals(Basis.OFFICIEEL, linked.feature("b1-natuur-veluwe").orElseThrow().basis());
        assertEquals("n2000", linked.source("DS-N2000").orElseThrow().title(), "a file is cited by its name");
        assertEquals(1, stack.history().size());

        onFx(() -> {
            List<MenuItem> items = controller.menuItems(linked.layer("natuur").orElseThrow());
            assertFalse(item(items, "layer-schematic-natuur").isDisable());
            item(items, "layer-schematic-natuur").fire();
            return null;
        });
        Scenario schematic = onFx(vm::getScenario);
        assertTrue(schematic.layer("natuur").orElseThrow().showsSchematic());
        assertEquals(Basis.AANNAME, schematic.feature("b1-natuur-veluwe").orElseThrow().basis());

        onFx(stack::undo);
        assertSame(linked, onFx(vm::getScenario), "undo shows the official version again");
        onFx(stack::undo);
        assertSame(original, onFx(vm::getScenario), "undo takes the link back in one step");
        assertFalse(onFx(stack::canUndo));
    }
}

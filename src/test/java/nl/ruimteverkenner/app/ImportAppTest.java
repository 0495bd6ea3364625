package nl.ruimteverkenner.app;

import static nl.ruimteverkenner.io.imports.ImportFixtures.rdSquare;
import static nl.ruimteverkenner.io.imports.ImportFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.io.imports.ImportFixtures;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.MainWindow;
import nl.ruimteverkenner.ui.importer.ImportController;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Adding a layer from a file in the running application, headless, on a copy of the voorontwerp: a GeoPackage of
 * housing plans near Nijmegen (RD New) is chosen through *Bestand › Laag toevoegen…*, the dialog shows what it holds,
 * the plans are tagged {@code woningbouw} through the FUNCTIE attribute, and after OK the schuurpunt "woningbouw in
 * ruimte voor de rivier" with the imported plan is in the schuurpunten list; Ctrl+Z removes it again. A file dropped
 * on the map goes the same way.
 */
class ImportAppTest extends ApplicationTest {
    private static AppFixture fixture;
    private static Path work;
    private static Path plans;
    private App app;

    @BeforeAll
    static void isolate() throws Exception {
        fixture = AppFixture.isolate("import", "voorontwerp-nota-ruimte-2024");
        work = fixture.work();
        plans = ImportFixtures.geoPackage(work.resolve("woningbouwplannen_nijmegen.gpkg"), "plannen", 28992, "POLYGON",
                List.of(rdSquare(5.860, 51.845, 400), rdSquare(5.875, 51.850, 300)),
                List.of(row("naam", "Waalfront", "FUNCTIE", "wonen"), row("naam", "Lentloper", "FUNCTIE", "bedrijven")), false);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        fixture.cleanUp();
    }

    @Override
    public void start(Stage stage) throws IOException {
        app = fixture.start(stage);
    }

    private MainWindow window() {
        return app.window();
    }

    private ImportController importer() {
        return window().features().importer();
    }

    private List<Schuurpunt> riverConflictsOfImport() {
        return window().features().schuurpunten().model().all().stream()
                .filter(p -> p.rule().id().equals("wonen-in-ruimte-voor-rivier"))
                .filter(p -> p.a().layerId().startsWith("woningbouwplannen-nijmegen")
                        || p.b().layerId().startsWith("woningbouwplannen-nijmegen")).toList();
    }

    private void acceptDialogWithHousingTags() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#import-name").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String info = lookup("#import-info").queryAs(Label.class).getText();
        assertTrue(info.contains("GeoPackage, RD New (EPSG:28992), 2 objecten, 2 attributen"), info);
        assertEquals(2, lookup("#import-preview").queryAs(TableView.class).getItems().size());
        assertEquals("Woningbouwplannen nijmegen", lookup("#import-name").queryTextInputControl().getText());
        assertEquals(Theme.EIGEN_PLANNEN, lookup("#import-group").queryAs(ComboBox.class).getValue());
        assertEquals("naam", lookup("#import-label-field").queryAs(ComboBox.class).getValue(), "a name-like attribute");
        @SuppressWarnings("unchecked")
        ComboBox<String> tagField = lookup("#import-tag-field").queryAs(ComboBox.class);
        interact(() -> tagField.setValue("FUNCTIE"));
        clickOn("#import-tag-map");
        interact(() -> lookup("#import-tag-map").queryTextInputControl().setText("wonen=woningbouw"));
        clickOn("#import-ok");
    }

    @Test
    void housingPlansFromAGeoPackageRubAgainstTheRiverUntilUndone() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().viewModel().getScenario() != null);
        int layersBefore = window().viewModel().getScenario().layers().size();
        assertEquals(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                importer().menuItem().getAccelerator());
        assertTrue(window().shortcuts().all().stream().anyMatch(s -> s.id().equals("file.importLayer")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window().features().schuurpunten().model().all().isEmpty());
        assertTrue(riverConflictsOfImport().isEmpty());

        interact(() -> {
            importer().setFileChooser(() -> Optional.of(plans));
            importer().menuItem().fire();
        });
        acceptDialogWithHousingTags();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !riverConflictsOfImport().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Schuurpunt p = riverConflictsOfImport().get(0);
        assertEquals("Waalfront", (p.a().layerId().startsWith("woningbouwplannen") ? p.a() : p.b()).label());
        assertEquals(Basis.EIGEN_PLAN, (p.a().layerId().startsWith("woningbouwplannen") ? p.a() : p.b()).basis());
        assertEquals(layersBefore + 1, window().viewModel().getScenario().layers().size());
        assertTrue(window().mapPane().zoom() >= 12, "zoomed to the new layer: " + window().mapPane().zoom());
        assertTrue(window().features().workshop().variants().hasUnsavedWork(), "saved with Variant opslaan als…");

        interact(() -> window().mapPane().requestFocus());
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> riverConflictsOfImport().isEmpty()
                && !window().features().schuurpunten().model().busyProperty().get());
        assertEquals(layersBefore, window().viewModel().getScenario().layers().size());
        assertFalse(window().features().workshop().variants().hasUnsavedWork());

        // dropped on the map: the same dialog, the same layer
        boolean[] accepted = {true};
        interact(() -> accepted[0] = importer().dropFiles(List.of(work.resolve("notities.txt"))));
        assertFalse(accepted[0], "no map file");
        assertTrue(window().statusBar().message().startsWith("notities.txt is geen kaartbestand"), window().statusBar().message());
        interact(() -> importer().dropFiles(List.of(plans)));
        acceptDialogWithHousingTags();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !riverConflictsOfImport().isEmpty());
        assertEquals(layersBefore + 1, window().viewModel().getScenario().layers().size());
    }
}

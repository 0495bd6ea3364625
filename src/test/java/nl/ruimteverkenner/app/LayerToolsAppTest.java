package nl.ruimteverkenner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.MainWindow;
import nl.ruimteverkenner.ui.layers.AttributeTableModel;
import nl.ruimteverkenner.ui.layers.AttributeTableWindow;
import nl.ruimteverkenner.ui.layers.LayerToolsController;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layer tools in the running application, headless, on a copy of the Voorontwerp scenario: the attribute
 * table of a layer opened from its context menu, searched, and kept in step with the map's selection both
 * ways; then the layer removed through its context menu (gone from the panel and the schuurpunten) and brought
 * back with Ctrl+Z, switched as it was.
 */
class LayerToolsAppTest extends ApplicationTest {
    private static final String LAYER = "woningbouw-novex";
    private static AppFixture fixture;
    private App app;

    @BeforeAll
    static void isolate() throws IOException {
        fixture = AppFixture.isolate("layertools", "voorontwerp-nota-ruimte-2024");
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

    private LayerToolsController tools() {
        return window().features().layerTools();
    }

    private Scenario loaded() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().viewModel().getScenario() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window().viewModel().getScenario();
    }

    private Node reveal(String query) {
        Node n = lookup(query).query();
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

    /** Right-clicks the layer in the panel and chooses an item of its context menu. */
    private void layerMenu(String layerId, String itemKey) {
        CheckBox box = (CheckBox) reveal("#layer-" + layerId);
        clickOn(box, MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        if (!box.getContextMenu().isShowing()) {
            // Monocle makes no popup trigger of a right click: ask for the menu as the platform would
            interact(() -> {
                Bounds b = box.localToScreen(box.getBoundsInLocal());
                box.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                        b.getMinX() + 10, b.getMinY() + 10, false, null));
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(box.getContextMenu().isShowing(), "the context menu is open");
        clickOn(Messages.get(itemKey));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Schuurpunt> schuurpuntenAfterAnalysis() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window().features().schuurpunten().model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(window().features().schuurpunten().model().all());
    }

    /** The table's row at {@code index} (the cells of a table are not in the order of its rows). */
    private Node row(TableView<?> table, int index) {
        return from(table).lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getIndex() == index
                && r.getItem() != null).query();
    }

    private static boolean concerns(Schuurpunt sp, String layerId) {
        return sp.a().layerId().equals(layerId) || sp.b().layerId().equals(layerId);
    }

    @Test
    void theAttributeTableFollowsTheMapAndARemovedLayerComesBackWithUndo() throws Exception {
        Scenario s = loaded();
        Layer layer = s.layer(LAYER).orElseThrow();
        int all = layer.features().size();

        // the attribute table from the layer's context menu: every feature, in a window of its own
        layerMenu(LAYER, "layers.menu.attributes");
        AttributeTableWindow table = tools().attributeTable(LAYER).orElseThrow(() -> new AssertionError("no attribute table"));
        assertTrue(table.stage().isShowing());
        assertTrue(table.stage().getTitle().contains(layer.label()), table.stage().getTitle());
        @SuppressWarnings("unchecked")
        TableView<AttributeTableModel.Row> rows = (TableView<AttributeTableModel.Row>) table.stage().getScene()
                .lookup("#attributes-table");
        Label count = (Label) table.stage().getScene().lookup("#attributes-count");
        assertEquals(all, rows.getItems().size());
        assertEquals(all + " van " + all + " objecten", count.getText());

        // searching filters the rows, in any column, whatever the case
        List<String> nijmegen = layer.features().stream()
                .filter(f -> f.label().toLowerCase(Locale.ROOT).contains("nijmegen")).map(Feature::id).toList();
        assertTrue(nijmegen.size() > 0 && nijmegen.size() < all, "the test needs some but not all rows to match");
        interact(() -> table.searchField().setText("NIJMEGEN"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(nijmegen, rows.getItems().stream().map(AttributeTableModel.Row::id).toList());
        assertEquals(nijmegen.size() + " van " + all + " objecten", count.getText());
        List<String> byTag = layer.features().stream().filter(f -> f.tags().contains("vergevorderde-afspraak"))
                .map(Feature::id).toList();
        interact(() -> table.searchField().setText("Vergevorderde-Afspraak"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(byTag, rows.getItems().stream().map(AttributeTableModel.Row::id).toList(), "tags are searched too");
        interact(() -> table.searchField().setText("NIJMEGEN"));
        WaitForAsyncUtils.waitForFxEvents();

        // choosing a row selects the feature as a click on the map does, and the map goes there
        Node firstRow = row(rows, 0);
        clickOn(firstRow);
        WaitForAsyncUtils.waitForFxEvents();
        Feature chosen = s.feature(nijmegen.get(0)).orElseThrow();
        assertEquals(chosen.id(), window().viewModel().selectedProperty().get().id());
        assertEquals(chosen.label(), lookup("#info-title").queryLabeled().getText(), "the info panel shows it");
        double[] centre = window().mapPane().center();
        Envelope around = new Envelope(chosen.geometry().getEnvelopeInternal());
        around.expandBy(0.2);
        assertTrue(around.contains(centre[0], centre[1]), "the map shows the feature");

        // a feature selected on the map selects its row (the search is cleared first, so every row is there)
        interact(() -> table.searchField().setText(""));
        Feature other = layer.features().get(0);
        interact(() -> window().viewModel().selectedProperty().set(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other.id(), rows.getSelectionModel().getSelectedItem().id());
        // a feature of another layer: no row is selected
        Feature elsewhere = s.layer("natuur").orElseThrow().features().get(0);
        interact(() -> window().viewModel().selectedProperty().set(elsewhere));
        assertEquals(null, rows.getSelectionModel().getSelectedItem());

        // Esc closes the table
        clickOn(row(rows, 1));
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(table.stage().isShowing());
        assertTrue(tools().attributeTable(LAYER).isEmpty());

        // Ctrl+T on the map opens the table of the layer chosen last
        clickOn(window().mapPane());
        press(KeyCode.CONTROL).press(KeyCode.T).release(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        AttributeTableWindow byKey = tools().attributeTable(LAYER).orElseThrow(() -> new AssertionError("Ctrl+T opens no table"));
        assertTrue(byKey.stage().isShowing());
        interact(byKey::close);

        // Eigenschappen…: a new name and colour in one edit, which Ctrl+Z takes back
        int edits = window().features().workshop().sketches().stack().history().size();
        layerMenu(LAYER, "layers.menu.properties");
        interact(() -> lookup("#layer-props-label").queryTextInputControl().setText("Woningbouw NOVEX (herzien)"));
        interact(() -> lookup("#layer-props-color").queryAs(ColorPicker.class).setValue(Color.web("#123456")));
        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        Layer changed = window().viewModel().getScenario().layer(LAYER).orElseThrow();
        assertEquals("Woningbouw NOVEX (herzien)", changed.label());
        assertEquals("#123456", changed.style().color());
        assertEquals("Woningbouw NOVEX (herzien)", lookup("#layer-" + LAYER).queryAs(CheckBox.class).getText());
        assertEquals(edits + 1, window().features().workshop().sketches().stack().history().size(), "one edit");
        clickOn(window().mapPane());
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(layer.label(), window().viewModel().getScenario().layer(LAYER).orElseThrow().label());
        assertEquals(layer.style(), window().viewModel().getScenario().layer(LAYER).orElseThrow().style());

        // the layer has schuurpunten; switch it off, open its table again, and remove it through the menu
        assertTrue(schuurpuntenAfterAnalysis().stream().anyMatch(sp -> concerns(sp, LAYER)), "the layer has schuurpunten");
        clickOn(reveal("#layer-" + LAYER));
        assertFalse(window().viewModel().layerSwitch(LAYER).visibleProperty().get(), "switched off");
        layerMenu(LAYER, "layers.menu.attributes");
        AttributeTableWindow again = tools().attributeTable(LAYER).orElseThrow();
        int historyBefore = window().features().workshop().sketches().stack().history().size();
        layerMenu(LAYER, "layers.menu.remove");
        Node dialogText = lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().contains(Messages.get("layers.remove.header", layer.label()))).query();
        assertNotNull(dialogText, "the question names the layer");
        assertTrue(lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains(all + " objecten"))
                .tryQuery().isPresent(), "and its number of features");
        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window().viewModel().getScenario().layer(LAYER).isEmpty());
        assertTrue(lookup("#layer-" + LAYER).tryQuery().isEmpty(), "gone from the panel");
        assertFalse(again.stage().isShowing(), "its attribute table closed");
        assertEquals(historyBefore + 1, window().features().workshop().sketches().stack().history().size(), "one edit");
        assertTrue(schuurpuntenAfterAnalysis().stream().noneMatch(sp -> concerns(sp, LAYER)), "gone from the schuurpunten");

        // Ctrl+Z brings it back, switched off as it was, with its schuurpunten
        clickOn(window().mapPane());
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window().viewModel().getScenario().layer(LAYER).isPresent());
        CheckBox box = lookup("#layer-" + LAYER).queryAs(CheckBox.class);
        assertFalse(box.isSelected(), "back with its switch as it was");
        assertFalse(window().viewModel().layerSwitch(LAYER).visibleProperty().get());
        assertTrue(schuurpuntenAfterAnalysis().stream().anyMatch(sp -> concerns(sp, LAYER)), "its schuurpunten are back");
    }
}

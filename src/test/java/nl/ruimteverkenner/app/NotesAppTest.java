package nl.ruimteverkenner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Note;
import nl.ruimteverkenner.model.NoteColour;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Vote;
import nl.ruimteverkenner.model.WorkshopBoard;
import nl.ruimteverkenner.ui.MainWindow;
import nl.ruimteverkenner.ui.notes.NotesController;
import nl.ruimteverkenner.ui.notes.NotesModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workshop's notes and votes in the running application, headless: press N, click the map, fill in the
 * form and a numbered marker appears; participants vote with their dots (undo included); the variant is saved
 * and opened again, and the note and its dots are back.
 */
class NotesAppTest extends ApplicationTest {
    private static AppFixture fixture;
    private App app;

    @BeforeAll
    static void isolate() throws IOException {
        fixture = AppFixture.isolate("notes", "demo");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        fixture.cleanUp();
    }

    @Override
    public void start(Stage stage) throws IOException {
        app = fixture.start(stage);
    }

    /** The window is shown with the start-up progress first; its frame is built on the next pulse. */
    @BeforeEach
    void awaitFrame() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window() != null);
    }

    private MainWindow window() {
        return app.window();
    }

    private NotesController notes() {
        return window().features().workshop().notes();
    }

    private Scenario loaded() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().viewModel().getScenario() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window().viewModel().getScenario();
    }

    private Point2D onScreen(double lon, double lat) {
        return window().mapPane().mapView().localToScreen(window().mapPane().toScreen(lon, lat));
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

    private Node marker(String id) {
        return window().mapPane().notes().marker(id).orElseThrow(() -> new AssertionError("no marker " + id));
    }

    private boolean hasBadge(String noteId, int votes) {
        Node badge = marker(noteId).lookup("#note-votes-" + noteId);
        return badge != null && badge.toString() != null
                && ((Parent) badge).getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof javafx.scene.text.Text t
                && t.getText().equals(Integer.toString(votes)));
    }

    @Test
    void aNotePlacedWithNAndItsDotsAreSavedWithTheVariantAndComeBack() throws Exception {
        Scenario s = loaded();
        assertEquals(WorkshopBoard.EMPTY, notes().board());
        Point c = s.feature("wb-uiterwaarden-waal").orElseThrow().geometry().getInteriorPoint();
        interact(() -> window().mapPane().setView(c.getY(), c.getX(), 11));
        WaitForAsyncUtils.waitForFxEvents();

        // N, a click on the map, the form: a numbered marker appears
        type(KeyCode.N);
        assertTrue(notes().toolProperty().get(), "N switches the note tool on");
        clickOn(onScreen(c.getX(), c.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        // typed into the fields as a paste would (a robot typing each character waits for a frame of the map)
        clickOn("#note-text");
        interact(() -> lookup("#note-text").queryTextInputControl().setText("Eerst ruimte voor de rivier, dan pas woningen"));
        clickOn("#note-author");
        interact(() -> lookup("#note-author").queryTextInputControl().setText("Tafel 3"));
        clickOn("#note-colour-groen");
        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        Note n = notes().board().notes().get(0);
        assertEquals(1, n.number());
        assertEquals("Eerst ruimte voor de rivier, dan pas woningen", n.text());
        assertEquals("Tafel 3", n.author());
        assertEquals(NoteColour.GREEN, n.colour());
        assertEquals(c.getX(), n.lon(), 0.01);
        assertEquals(c.getY(), n.lat(), 0.01);
        Node m = marker(n.id());
        assertTrue(m.isVisible() && m.getScene() != null);
        assertEquals("note-" + n.id(), m.getId());
        type(KeyCode.ESCAPE);
        assertFalse(notes().toolProperty().get(), "Esc stops placing notes");
        // a click on the marker shows its text beside it, and does not pick what lies below
        clickOn(m);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(m.lookup("#note-text-" + n.id()).isVisible());

        // participants with 2 dots each; Anna votes twice, the third dot is refused with a message
        clickOn("#tab-votes");
        clickOn(reveal("#votes-participants"));
        clickOn("#participants-names");
        interact(() -> lookup("#participants-names").queryTextInputControl().setText("Anna\nTafel 2"));
        interact(() -> lookup("#participants-dots").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(2));
        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Anna", "Tafel 2"), notes().board().participants());
        assertEquals("Anna", notes().model().participantProperty().get());
        String plus = "#vote-plus-notitie-" + n.id();
        clickOn(reveal(plus));
        clickOn(reveal(plus));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, notes().board().count(Vote.Kind.NOTE, n.id()));
        assertTrue(hasBadge(n.id(), 2), "the marker shows the dots");
        clickOn(reveal(plus));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, notes().board().count(Vote.Kind.NOTE, n.id()), "no third dot for Anna");
        assertTrue(lookup("#votes-message").queryLabeled().getText().startsWith("Anna heeft alle 2 stippen"));
        // Ctrl+Z takes the last dot back, Ctrl+Y gives it again
        clickOn(onScreen(c.getX() + 0.05, c.getY() + 0.03));
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, notes().board().count(Vote.Kind.NOTE, n.id()));
        assertTrue(hasBadge(n.id(), 1));
        press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, notes().board().count(Vote.Kind.NOTE, n.id()));
        @SuppressWarnings("unchecked")
        ListView<NotesModel.Item> list = lookup("#votes-list").queryAs(ListView.class);
        assertEquals(new NotesModel.Item(Vote.Kind.NOTE, n.id(), 1, "1. " + n.text().substring(0, 39) + "…", 2, true),
                list.getItems().get(0), "most dots first");
        assertTrue(window().features().workshop().variants().hasUnsavedWork(), "notes and dots are unsaved work");

        // saved with the variant
        WorkshopBoard board = notes().board();
        Path variant = WaitForAsyncUtils.asyncFx(() -> window().features().workshop().variants().saveVariant("Werkplaats Waal"))
                .get(60, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        ScenarioLoad reloaded = new ScenarioReader().read(variant);
        assertTrue(reloaded.isValid(), () -> reloaded.problems().toString());
        assertEquals(board, reloaded.scenario().orElseThrow().board());
        assertFalse(window().features().workshop().variants().hasUnsavedWork());

        // the original has no notes; opening the variant brings the note and its dots back
        WaitForAsyncUtils.asyncFx(() -> window().features().scenario().open(fixture.scenario())).get(60, TimeUnit.SECONDS)
                .get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WorkshopBoard.EMPTY, notes().board());
        assertTrue(window().mapPane().notes().nodes().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> window().features().scenario().open(variant)).get(60, TimeUnit.SECONDS)
                .get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(board, notes().board());
        assertTrue(hasBadge(n.id(), 2), "the marker with its dots is back");
        assertEquals(2, notes().voteCounts().get(Vote.Kind.NOTE).get(n.id()));
        assertEquals(2, list.getItems().get(0).votes());
        assertFalse(window().features().workshop().variants().hasUnsavedWork(), "opening is not an edit");
    }
}

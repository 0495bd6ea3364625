package nl.ruimteverkenner.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enlarged placeholder tiles end up below the tiles of the current level, whenever they are added. */
class TileStackingTest {
    private static Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test started it
        }
        // closing this test's window must not end the toolkit for the tests after it in this JVM
        Platform.setImplicitExit(false);
        stage = onFx(Stage::new);
    }

    @AfterAll
    static void closeStage() throws Exception {
        onFx(() -> {
            stage.hide();
            return null;
        });
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        return FxToolkit.onFx(work);
    }

    /** A 256 pixel tile drawn at a scale, as Gluon draws a tile of level l at zoom z with scale 2^(z - l). */
    private static Rectangle tile(String id, double scale) {
        Rectangle r = new Rectangle(256, 256);
        r.setId(id);
        r.getTransforms().add(new Scale(scale, scale));
        return r;
    }

    /** Waits (at most 5 s) for the next pulses to put the tiles in the expected order. */
    private static void assertOrder(List<String> expected, Group tiles) throws Exception {
        List<String> seen = List.of();
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); System.nanoTime() < end; Thread.sleep(20)) {
            seen = onFx(() -> tiles.getChildren().stream().map(Node::getId).toList());
            if (seen.equals(expected)) {
                return;
            }
        }
        assertEquals(expected, seen);
    }

    @Test
    void placeholdersGoBelowTheTilesOfTheCurrentLevel() throws Exception {
        // zoom 8.6: level 8 is current (scale 2^0.6), level 7 is the placeholder level (2^1.6), 6 below that
        double current = Math.pow(2, 0.6);
        Group tiles = onFx(() -> {
            Group g = new Group(tile("a", current), tile("b", current), tile("p7", current * 2));
            TileStacking.install(g);
            stage.setScene(new Scene(new Group(g), 400, 300));
            stage.show();
            return g;
        });
        assertOrder(List.of("p7", "a", "b"), tiles);

        // Gluon appends a cached parent tile again when a tile next to it is created
        onFx(() -> tiles.getChildren().addAll(tile("c", current), tile("q6", current * 4), tile("q7", current * 2)));
        assertOrder(List.of("q6", "p7", "q7", "a", "b", "c"), tiles);
    }
}

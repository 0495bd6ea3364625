package nl.ruimteverkenner.map;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The line of the measure tool ({@code #measure-line}, with its vertex dots), drawn above the sketch so a
 * measurement can be taken over a drawing. Its colour differs from the sketch's. FX thread only: the
 * setter throws {@link IllegalStateException} on another thread.
 */
public final class MeasureLayer {
    private static final Color LINE = Color.web("#0b5394");
    private final Group group = new Group();
    private final ScreenStrokes strokes;

    MeasureLayer(MapProjection projection) {
        this.strokes = new ScreenStrokes(projection);
        group.setId("measure");
    }

    /** The scaled group of the measure line. */
    Group node() {
        return group;
    }

    /** Shows the measured points ({lon, lat}) as a line, closed (and lightly filled) for an area; empty clears. */
    public void show(List<double[]> lonLat, boolean closed) {
        FxThread.check();
        strokes.clear();
        group.getChildren().clear();
        if (lonLat.isEmpty()) {
            return;
        }
        Path path = PathFactory.line(lonLat, closed);
        path.setId("measure-line");
        path.setStroke(LINE);
        path.setFill(closed ? Color.web("#0b5394", 0.12) : null);
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        group.getChildren().add(path);
        strokes.add(path, 2.5, new double[] {8, 4}, null);
        for (double[] v : lonLat) {
            Circle c = new Circle(MapProjection.localX(v[0]), MapProjection.localY(v[1]), 1);
            c.setFill(Color.WHITE);
            c.setStroke(LINE);
            group.getChildren().add(c);
            strokes.addDot(c, 3.5, 1.5);
        }
    }

    /** Whether a line is shown. */
    public boolean isShown() {
        return !group.getChildren().isEmpty();
    }
}

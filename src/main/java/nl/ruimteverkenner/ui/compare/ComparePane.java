package nl.ruimteverkenner.ui.compare;

import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.map.MapPane;

/**
 * Two maps compared: with a swipe divider (the right map shows to the right of a draggable bar) or side
 * by side. Panning or zooming either map moves the other to the same view.
 */
public final class ComparePane extends StackPane {
    /** How the two maps are shown. */
    public enum Mode { SWIPE, SIDE }

    private final MapPane left = new MapPane();
    private final MapPane right = new MapPane();
    private final Label leftLabel = new Label();
    private final Label rightLabel = new Label();
    private final Region handle = new Region();
    private final Rectangle clip = new Rectangle();
    private double divider = 0.5;
    private boolean syncing;
    private Mode mode = Mode.SWIPE;

    public ComparePane() {
        setId("compare-pane");
        leftLabel.getStyleClass().add("compare-label");
        rightLabel.getStyleClass().add("compare-label");
        leftLabel.setId("compare-left-label");
        rightLabel.setId("compare-right-label");
        StackPane.setAlignment(leftLabel, Pos.TOP_LEFT);
        StackPane.setAlignment(rightLabel, Pos.TOP_RIGHT);
        handle.getStyleClass().add("compare-handle");
        handle.setId("compare-handle");
        handle.setManaged(false);
        handle.setOnMouseDragged(e -> {
            double x = sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            divider = Math.max(0.05, Math.min(0.95, x / Math.max(1, getWidth())));
            requestLayout();
        });
        right.setClip(clip);
        left.setOnViewChanged(() -> sync(left, right));
        right.setOnViewChanged(() -> sync(right, left));
        setMode(Mode.SWIPE);
    }

    public MapPane left() {
        return left;
    }

    public MapPane right() {
        return right;
    }

    public Mode mode() {
        return mode;
    }

    /** Shows scenario {@code a} at {@code ha} on the left and {@code b} at {@code hb} on the right. */
    public void show(Scenario a, Horizon ha, String aLabel, Scenario b, Horizon hb, String bLabel, Predicate<Layer> visible) {
        setUp(left, a, ha, visible);
        setUp(right, b, hb, visible);
        leftLabel.setText(aLabel);
        rightLabel.setText(bLabel);
    }

    private static void setUp(MapPane m, Scenario s, Horizon h, Predicate<Layer> visible) {
        m.features().setScenario(s);
        m.features().setHorizon(h);
        for (Layer l : s.layers()) {
            m.features().setLayerVisible(l.id(), visible.test(l));
        }
    }

    /** Starts both maps at a view. */
    public void setView(double lat, double lon, double zoom) {
        left.setView(lat, lon, zoom);
        right.setView(lat, lon, zoom);
    }

    public void setMode(Mode m) {
        this.mode = m;
        getChildren().clear();
        if (m == Mode.SIDE) {
            right.setClip(null);
            SplitPane split = new SplitPane(new StackPane(left, leftLabel), new StackPane(right, rightLabel));
            getChildren().add(split);
        } else {
            right.setClip(clip);
            getChildren().addAll(left, right, handle, leftLabel, rightLabel);
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (mode == Mode.SWIPE) {
            double x = getWidth() * divider;
            clip.setX(x);
            clip.setY(0);
            clip.setWidth(Math.max(0, getWidth() - x));
            clip.setHeight(getHeight());
            handle.resizeRelocate(x - 3, 0, 6, getHeight());
        }
    }

    /** The share of the width left of the divider (swipe mode). */
    public double divider() {
        return divider;
    }

    private void sync(MapPane from, MapPane to) {
        if (syncing || from.getScene() == null || to.getScene() == null) {
            return;
        }
        double[] c = from.center();
        double[] t = to.center();
        double z = from.zoom();
        if (Math.abs(c[0] - t[0]) < 1e-7 && Math.abs(c[1] - t[1]) < 1e-7 && Math.abs(z - to.zoom()) < 1e-6) {
            return;
        }
        syncing = true;
        try {
            to.setView(c[1], c[0], z);
        } finally {
            syncing = false;
        }
    }
}

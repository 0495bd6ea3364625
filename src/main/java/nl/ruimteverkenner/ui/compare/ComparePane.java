package nl.ruimteverkenner.ui.compare;

import java.util.function.Predicate;
import javafx.geometry.Insets;
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
import org.locationtech.jts.geom.Envelope;

/**
 * Two maps compared: with a swipe divider (the right map shows to the right of a draggable bar) or side
 * by side. Panning or zooming either map moves the other to the same view.
 */
public final class ComparePane extends StackPane {
    /** How the two maps are shown. */
    public enum Mode { SWIPE, SIDE }

    /** Room kept free right of the right label for the map's zoom buttons. */
    private static final double BUTTONS_CLEARANCE = 64;
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
        leftLabel.setMouseTransparent(true);
        rightLabel.setMouseTransparent(true);
        handle.getStyleClass().add("compare-handle");
        handle.setId("compare-handle");
        handle.setManaged(false);
        handle.setOnMouseDragged(e -> {
            double x = sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            divider = Math.max(0.05, Math.min(0.95, x / Math.max(1, getWidth())));
            requestLayout();
        });
        right.setClip(clip);
        left.widthProperty().addListener(o -> requestLayout());
        right.widthProperty().addListener(o -> requestLayout());
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

    /**
     * Shows the maps side by side or with the swipe divider. The labels never cover a map's zoom buttons (top
     * right): side by side each label sits top left on its map; with the divider the right label keeps clear
     * of the buttons.
     */
    public void setMode(Mode m) {
        this.mode = m;
        getChildren().clear();
        StackPane.setAlignment(leftLabel, Pos.TOP_LEFT);
        StackPane.setMargin(leftLabel, Insets.EMPTY);
        if (m == Mode.SIDE) {
            right.setClip(null);
            StackPane.setAlignment(rightLabel, Pos.TOP_LEFT);
            StackPane.setMargin(rightLabel, Insets.EMPTY);
            SplitPane split = new SplitPane(new StackPane(left, leftLabel), new StackPane(right, rightLabel));
            getChildren().add(split);
        } else {
            right.setClip(clip);
            StackPane.setAlignment(rightLabel, Pos.TOP_RIGHT);
            StackPane.setMargin(rightLabel, new Insets(0, BUTTONS_CLEARANCE, 0, 0));
            getChildren().addAll(left, right, handle, leftLabel, rightLabel);
        }
        requestLayout();
    }

    /**
     * Zooms both maps to a lon/lat box (widened a little, and to at least about a kilometre). Both maps get the
     * same view at once, rather than one following the other, so neither is left behind while the other settles.
     */
    public void zoomTo(Envelope e) {
        double minSize = 0.04;
        double w = Math.max(e.getWidth(), minSize);
        double h = Math.max(e.getHeight(), minSize);
        double cx = e.centre().x;
        double cy = e.centre().y;
        syncing = true;
        try {
            for (MapPane m : new MapPane[] {left, right}) {
                m.fit(cx - w * 0.65, cy - h * 0.65, cx + w * 0.65, cy + h * 0.65);
            }
        } finally {
            syncing = false;
        }
    }

    /** The label over the left map. */
    public Label leftLabel() {
        return leftLabel;
    }

    /** The label over the right map. */
    public Label rightLabel() {
        return rightLabel;
    }

    @Override
    protected void layoutChildren() {
        // a long name is shortened (…) rather than covering the zoom buttons or the other label
        if (mode == Mode.SWIPE) {
            leftLabel.setMaxWidth(Math.max(60, getWidth() * divider - 8));
            rightLabel.setMaxWidth(Math.max(60, getWidth() * (1 - divider) - BUTTONS_CLEARANCE - 8));
        } else {
            leftLabel.setMaxWidth(Math.max(60, left.getWidth() - BUTTONS_CLEARANCE - 8));
            rightLabel.setMaxWidth(Math.max(60, right.getWidth() - BUTTONS_CLEARANCE - 8));
        }
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

package nl.ruimteverkenner.map;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Nodes anchored at a lon/lat that keep their screen size while the map zooms: point symbols, edit
 * handles, the snap mark. Each node is centred on its own origin. Nested groups are allowed (their
 * anchored descendants are positioned too). FX thread only: setters throw
 * {@link IllegalStateException} on another thread.
 */
public final class MarkerLayer {
    private static final String ANCHOR = "point";
    private final MapProjection projection;
    private final Group group = new Group();

    /**
     * @param id     node id of the group, or null
     * @param nested true when the group is put in a parent that already follows the pan (the host's
     *               cached points group); false when it follows the pan itself
     */
    MarkerLayer(MapProjection projection, String id, boolean nested) {
        this.projection = projection;
        group.setId(id);
        group.setManaged(false);
        group.setPickOnBounds(false);
        if (!nested) {
            projection.attachAnchored(group);
        }
        projection.addScaleListener(s -> position(group, s));
    }

    /** The group in the scene (for the host and the owning layer). */
    Group node() {
        return group;
    }

    /** Puts a node on the map at lon/lat (adding it if it is not yet in this layer), or moves it there. */
    public void place(Node node, double lon, double lat) {
        FxThread.check();
        anchor(node, lon, lat);
        if (node.getParent() != group) {
            group.getChildren().add(node);
        }
    }

    /** Removes one node. */
    public void remove(Node node) {
        FxThread.check();
        group.getChildren().remove(node);
    }

    /** Removes all nodes. */
    public void clear() {
        FxThread.check();
        group.getChildren().clear();
    }

    /** The nodes on the map, bottom first (unmodifiable). */
    public List<Node> nodes() {
        return List.copyOf(group.getChildren());
    }

    /** Whether a node is in this layer. */
    public boolean contains(Node node) {
        return node.getParent() == group;
    }

    /** The lon/lat under a scene position, e.g. of a mouse event; null before the map is shown. */
    public double[] lonLatAt(double sceneX, double sceneY) {
        double s = projection.scale();
        if (group.getScene() == null || Double.isNaN(s)) {
            return null;
        }
        Point2D p = group.sceneToLocal(sceneX, sceneY);
        return new double[] {MapProjection.lon(p.getX() / s), MapProjection.lat(p.getY() / s)};
    }

    /** Anchors a node at lon/lat and positions it for the current zoom (it may live in a nested group). */
    void anchor(Node node, double lon, double lat) {
        double[] local = {MapProjection.localX(lon), MapProjection.localY(lat)};
        node.getProperties().put(ANCHOR, local);
        node.setManaged(false);
        double s = Double.isNaN(projection.scale()) ? 1 : projection.scale();
        node.setLayoutX(local[0] * s);
        node.setLayoutY(local[1] * s);
    }

    /** Whether a node is anchored (a point symbol rather than a path). */
    static boolean isAnchored(Node node) {
        return node.getProperties().containsKey(ANCHOR);
    }

    private static void position(Parent parent, double s) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            double[] local = (double[]) n.getProperties().get(ANCHOR);
            if (local != null) {
                n.setLayoutX(local[0] * s);
                n.setLayoutY(local[1] * s);
            } else if (n instanceof Group g) {
                position(g, s);
            }
        }
    }
}

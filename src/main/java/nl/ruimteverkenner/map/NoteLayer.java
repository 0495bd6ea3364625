package nl.ruimteverkenner.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;
import nl.ruimteverkenner.model.Note;

/**
 * The workshop's numbered notes on the map ({@code #notes}), above the features and overlays and sized for a
 * projector: a coloured disc with the number ({@code #note-<id>}), a dark badge with the number of dots when
 * there are any ({@code #note-votes-<id>}), the text on hover and, after a click, beside the disc in large print
 * ({@code #note-text-<id>}). A note can be dragged to another place, opened with a double click, and has a
 * context menu; what those do is up to the owner. The markers take their own mouse events, so a click on a
 * note never reaches the map. FX thread only: setters throw {@link IllegalStateException} on another thread.
 */
public final class NoteLayer {
    /** Receives a note dropped at a new place. */
    @FunctionalInterface
    public interface MoveHandler {
        void moved(String noteId, double lon, double lat);
    }

    /** Receives a request for a note's context menu, at a screen position. */
    @FunctionalInterface
    public interface MenuHandler {
        void menu(String noteId, Node marker, double screenX, double screenY);
    }

    private static final double RADIUS = 17;
    private static final String ID = "noteId";
    private final MarkerLayer markers;
    private final Map<String, Group> byId = new LinkedHashMap<>();
    private MoveHandler onMoved = (id, lon, lat) -> { };
    private java.util.function.Consumer<String> onOpen = id -> { };
    private MenuHandler onMenu = (id, n, x, y) -> { };
    private String expanded;

    NoteLayer(MapProjection projection) {
        markers = new MarkerLayer(projection, "notes", false);
    }

    /** The anchored group in the scene (for the host). */
    Group node() {
        return markers.node();
    }

    /** Shows these notes, each with its number of dots ({@code votes} by note id; missing is none). */
    public void set(List<Note> notes, Map<String, Integer> votes) {
        FxThread.check();
        markers.clear();
        byId.clear();
        for (Note n : notes) {
            Group g = marker(n, votes.getOrDefault(n.id(), 0));
            markers.place(g, n.lon(), n.lat());
            byId.put(n.id(), g);
        }
        if (expanded != null && !byId.containsKey(expanded)) {
            expanded = null;
        }
        if (expanded != null) {
            showText(expanded, true);
        }
    }

    /** The marker nodes, oldest first (unmodifiable). */
    public List<Node> nodes() {
        return markers.nodes();
    }

    /** The marker of a note, if shown. */
    public java.util.Optional<Node> marker(String noteId) {
        return java.util.Optional.ofNullable(byId.get(noteId));
    }

    public void setVisible(boolean visible) {
        FxThread.check();
        markers.node().setVisible(visible);
    }

    public boolean isVisible() {
        return markers.node().isVisible();
    }

    /** Called when a note was dragged to a new place (lon/lat of the drop). */
    public void setOnMoved(MoveHandler h) {
        onMoved = h == null ? (id, lon, lat) -> { } : h;
    }

    /** Called on a double click on a note. */
    public void setOnOpen(java.util.function.Consumer<String> h) {
        onOpen = h == null ? id -> { } : h;
    }

    /** Called when a note's context menu is requested (right click). */
    public void setOnMenu(MenuHandler h) {
        onMenu = h == null ? (id, n, x, y) -> { } : h;
    }

    /** Shows or hides the text of a note beside its disc (only one at a time). */
    public void showText(String noteId, boolean show) {
        FxThread.check();
        byId.values().forEach(g -> g.getChildren().stream().filter(c -> c instanceof Label).forEach(c -> c.setVisible(false)));
        expanded = show ? noteId : null;
        Group g = byId.get(noteId);
        if (g != null && show) {
            g.getChildren().stream().filter(c -> c instanceof Label).forEach(c -> c.setVisible(true));
            g.toFront();
        }
    }

    private Group marker(Note n, int votes) {
        Color fill = Color.web(n.colour().hex());
        Color ink = n.colour().lightText() ? Color.WHITE : Color.web("#1a1a1a");
        Circle disc = new Circle(RADIUS, fill);
        disc.setStroke(Color.WHITE);
        disc.setStrokeWidth(3);
        // a dark rim instead of a drop shadow: effects on many nodes slow software rendering down
        Circle rim = new Circle(RADIUS + 4, Color.rgb(0, 0, 0, 0.4));
        rim.setMouseTransparent(true);
        Text number = centred(Integer.toString(n.number()), Font.font("System", FontWeight.BOLD, n.number() > 99 ? 13 : 17), ink);
        Group g = new Group(rim, disc, number);
        if (votes > 0) {
            Circle badge = new Circle(RADIUS * 0.72, Color.web("#212121"));
            badge.setStroke(Color.WHITE);
            badge.setStrokeWidth(2);
            Text count = centred(Integer.toString(votes), Font.font("System", FontWeight.BOLD, 14), Color.WHITE);
            Group b = new Group(badge, count);
            b.setId("note-votes-" + n.id());
            b.setTranslateX(RADIUS * 0.95);
            b.setTranslateY(-RADIUS * 0.95);
            g.getChildren().add(b);
        }
        Label text = new Label(n.text() + (n.author().isEmpty() ? "" : "\n— " + n.author()));
        text.setId("note-text-" + n.id());
        text.getStyleClass().add("note-callout");
        text.setStyle("-fx-border-color: " + n.colour().hex() + ";");
        text.setWrapText(true);
        text.setMaxWidth(300);
        text.setMinWidth(120);
        text.setPrefWidth(Math.min(300, Math.max(120, n.text().length() * 8.5)));
        text.relocate(RADIUS + 8, -RADIUS);
        text.setVisible(false);
        text.setMouseTransparent(true);
        g.getChildren().add(text);
        g.setId("note-" + n.id());
        g.getProperties().put(ID, n.id());
        g.setCursor(Cursor.HAND);
        Tooltip tip = new Tooltip(Integer.toString(n.number()) + ". " + text.getText()
                + (votes > 0 ? "\n● " + votes : ""));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(250));
        tip.getStyleClass().add("note-tooltip");
        Tooltip.install(disc, tip);
        interact(g, n);
        return g;
    }

    private static Text centred(String s, Font font, Color colour) {
        Text t = new Text(s);
        t.setFont(font);
        t.setFill(colour);
        t.setMouseTransparent(true);
        Bounds b = t.getLayoutBounds();
        t.setX(-b.getWidth() / 2);
        t.setY(-b.getMinY() - b.getHeight() / 2);
        return t;
    }

    /** Drag to move, click to show the text, double click to open, right click for the menu. */
    private void interact(Group g, Note n) {
        double[] start = new double[2];
        boolean[] moved = {false};
        g.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            e.consume();
            start[0] = e.getSceneX();
            start[1] = e.getSceneY();
            moved[0] = false;
        });
        g.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            e.consume();
            if (!e.isPrimaryButtonDown()) {
                return;
            }
            if (!moved[0] && Math.hypot(e.getSceneX() - start[0], e.getSceneY() - start[1]) < 4) {
                return;
            }
            double[] p = markers.lonLatAt(e.getSceneX(), e.getSceneY());
            if (p != null) {
                moved[0] = true;
                markers.place(g, p[0], p[1]);
            }
        });
        g.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            e.consume();
            if (e.getButton() == MouseButton.PRIMARY && moved[0]) {
                moved[0] = false;
                double[] p = markers.lonLatAt(e.getSceneX(), e.getSceneY());
                if (p != null) {
                    onMoved.moved(n.id(), p[0], p[1]);
                }
            }
        });
        g.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            e.consume();
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            if (e.getClickCount() == 2) {
                onOpen.accept(n.id());
            } else {
                showText(n.id(), !n.id().equals(expanded));
            }
        });
        g.setOnContextMenuRequested(e -> {
            e.consume();
            onMenu.menu(n.id(), g, e.getScreenX(), e.getScreenY());
        });
    }
}

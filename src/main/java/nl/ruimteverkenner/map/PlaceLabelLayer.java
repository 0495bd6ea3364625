package nl.ruimteverkenner.map;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import nl.ruimteverkenner.basemap.LabelPlacement;
import nl.ruimteverkenner.basemap.PlaceName;
import nl.ruimteverkenner.geo.WebMercator;

/**
 * Place and water names above the scenario's layers ({@code #place-labels}): dark text with a light halo,
 * chosen per whole zoom level by {@link LabelPlacement} (the larger the place, the earlier it shows; no two
 * labels overlap), water names in italics. On pan and zoom only the labels in view get nodes, taken from a
 * pool, so moving the map creates almost nothing. The font scale enlarges all labels (presentation mode).
 * Mouse transparent. FX thread only: setters throw {@link IllegalStateException} on another thread.
 */
public final class PlaceLabelLayer {
    /** Width of the light halo around a name, in pixels. */
    private static final double HALO_WIDTH = 2.6;
    private static final Color TEXT = Color.web("#2f2f2f");
    private static final Color DISTRICT = Color.web("#646464");
    private static final Color WATER = Color.web("#3f6f98");
    private static final Color HALO = Color.rgb(255, 255, 255, 0.88);
    private static final double VIEW_MARGIN = 60;

    private final MapProjection projection;
    private final Group group = new Group();
    private final Map<Integer, List<LabelPlacement.Placed>> placements = new HashMap<>();
    private final Map<String, double[]> sizes = new HashMap<>();
    private final Map<LabelPlacement.Placed, Label> shown = new IdentityHashMap<>();
    private final Deque<Label> pool = new ArrayDeque<>();
    private final Text measure = new Text();
    private List<PlaceName> names = List.of();
    private double fontScale = 1;
    private double viewWidth;
    private double viewHeight;
    private double originX;
    private double originY;

    /** One label's nodes: the place's dot and the text with its halo. */
    private static final class Label {
        final Group node = new Group();
        final Circle dot = new Circle();
        final Text text = new Text();
        /**
         * The halo: the same text behind it with a centred stroke twice the halo's width. (An outside stroke on
         * the text itself is computed with area operations on every frame, which made each frame cost seconds
         * in software rendering.)
         */
        final Text halo = new Text();

        Label() {
            for (Text t : new Text[] {halo, text}) {
                t.setBoundsType(TextBoundsType.LOGICAL);
                t.setTextOrigin(VPos.TOP);
            }
            halo.setFill(HALO);
            halo.setStroke(HALO);
            halo.setStrokeType(StrokeType.CENTERED);
            halo.setStrokeLineJoin(StrokeLineJoin.ROUND);
            halo.setStrokeWidth(2 * HALO_WIDTH);
            dot.setFill(TEXT);
            dot.setStroke(HALO);
            dot.setStrokeWidth(1.2);
            node.getChildren().addAll(dot, halo, text);
            node.setManaged(false);
            // drawn once into a bitmap, then only moved while the map pans
            node.setCache(true);
            node.setCacheHint(CacheHint.SPEED);
        }
    }

    PlaceLabelLayer(MapProjection projection) {
        this.projection = projection;
        group.setId("place-labels");
        group.setManaged(false);
        group.setMouseTransparent(true);
        measure.setBoundsType(TextBoundsType.LOGICAL);
        projection.attachAnchored(group);
    }

    /** The group in the scene (for the host). */
    Group node() {
        return group;
    }

    /** The names to label (e.g. {@code PlaceNames.all()}, loaded off the FX thread). */
    public void setNames(List<PlaceName> list) {
        FxThread.check();
        names = List.copyOf(list);
        reset();
    }

    /** Enlarges (&gt; 1) or shrinks all labels, e.g. 1.35 while presenting. */
    public void setFontScale(double scale) {
        FxThread.check();
        if (scale > 0 && scale != fontScale) {
            fontScale = scale;
            sizes.clear();
            reset();
        }
    }

    /** Shows or hides all names, e.g. hidden over online tiles that carry names of their own. */
    public void setShown(boolean on) {
        FxThread.check();
        group.setVisible(on);
    }

    public boolean isShown() {
        return group.isVisible();
    }

    public double fontScale() {
        return fontScale;
    }

    /** The names now on the map, most important first (for tests and screenshots). */
    public List<String> shownNames() {
        FxThread.check();
        List<String> out = new ArrayList<>();
        for (LabelPlacement.Placed p : placement(level())) {
            if (shown.containsKey(p)) {
                out.add(p.name().name());
            }
        }
        return out;
    }

    /** The text nodes now on the map. */
    public List<Text> shownTexts() {
        FxThread.check();
        return shown.values().stream().map(l -> l.text).toList();
    }

    private void reset() {
        placements.clear();
        for (Label l : shown.values()) {
            group.getChildren().remove(l.node);
            pool.push(l);
        }
        shown.clear();
        refresh();
    }

    /** Called by the host after every layout with the view's size and the screen position of the projection origin. */
    void update(double width, double height, double originScreenX, double originScreenY) {
        viewWidth = width;
        viewHeight = height;
        originX = originScreenX;
        originY = originScreenY;
        refresh();
    }

    private int level() {
        return (int) Math.floor(projection.zoom() + 1e-6);
    }

    private List<LabelPlacement.Placed> placement(int level) {
        return placements.computeIfAbsent(level, z -> LabelPlacement.place(names, z, this::size));
    }

    private double[] size(PlaceName n) {
        return sizes.computeIfAbsent(n.name() + '|' + n.kind() + '|' + n.fontSize() + '|' + n.bold(), k -> {
            measure.setFont(font(n));
            measure.setText(n.name());
            return new double[] {measure.getLayoutBounds().getWidth(), measure.getLayoutBounds().getHeight()};
        });
    }

    private Font font(PlaceName n) {
        double size = n.fontSize() * fontScale;
        if (n.kind() == PlaceName.Kind.WATER) {
            return Font.font("Serif", FontWeight.NORMAL, FontPosture.ITALIC, size);
        }
        return Font.font(Font.getDefault().getFamily(), n.bold() ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    private void refresh() {
        double scale = projection.scale();
        if (names.isEmpty() || Double.isNaN(scale) || viewWidth <= 0) {
            return;
        }
        double world = WebMercator.worldPixels(projection.zoom());
        double ox = WebMercator.x(MapProjection.LON0) * world;
        double oy = WebMercator.y(MapProjection.LAT0) * world;
        // the view in the group's coordinates (the group is translated to the origin's screen position)
        double minX = -originX - VIEW_MARGIN;
        double minY = -originY - VIEW_MARGIN;
        double maxX = viewWidth - originX + VIEW_MARGIN;
        double maxY = viewHeight - originY + VIEW_MARGIN;
        List<LabelPlacement.Placed> placed = placement(level());
        Map<LabelPlacement.Placed, Boolean> keep = new IdentityHashMap<>();
        for (LabelPlacement.Placed p : placed) {
            double x = p.name().x() * world - ox;
            double y = p.name().y() * world - oy;
            if (x + p.dx() + p.width() < minX || x + p.dx() > maxX || y + p.dy() + p.height() < minY || y + p.dy() > maxY) {
                continue;
            }
            keep.put(p, Boolean.TRUE);
            Label l = shown.get(p);
            if (l == null) {
                l = pool.isEmpty() ? new Label() : pool.pop();
                show(l, p);
                shown.put(p, l);
                group.getChildren().add(l.node);
            }
            l.node.setLayoutX(x);
            l.node.setLayoutY(y);
        }
        shown.entrySet().removeIf(e -> {
            if (keep.containsKey(e.getKey())) {
                return false;
            }
            group.getChildren().remove(e.getValue().node);
            pool.push(e.getValue());
            return true;
        });
    }

    private void show(Label l, LabelPlacement.Placed p) {
        PlaceName n = p.name();
        l.text.setText(n.name());
        l.text.setFont(font(n));
        l.halo.setText(n.name());
        l.halo.setFont(l.text.getFont());
        l.halo.setStrokeWidth(2 * HALO_WIDTH * fontScale);
        l.halo.setX(p.dx());
        l.halo.setY(p.dy());
        l.text.setFill(n.kind() == PlaceName.Kind.WATER ? WATER : n.kind() == PlaceName.Kind.DISTRICT ? DISTRICT : TEXT);
        l.text.setX(p.dx());
        l.text.setY(p.dy());
        l.dot.setVisible(n.dotted());
        l.dot.setRadius((n.bold() ? 3.2 : 2.4) * fontScale);
    }
}

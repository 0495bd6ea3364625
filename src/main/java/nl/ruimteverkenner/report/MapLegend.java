package nl.ruimteverkenner.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.style.CategoryStyle;
import org.locationtech.jts.geom.Envelope;

/**
 * What a map shows, for its legend: per layer group (as the scenario names it) the layers with at least one drawn
 * feature in the map's extent, each with a swatch in its colour, drawn as most of its features are (area, line or
 * point, in the category style of most of them); then the keuze categories that occur, in a neutral grey.
 */
public final class MapLegend {
    /** How a swatch is drawn. */
    public enum Shape { AREA, LINE, POINT }

    /**
     * One row: a heading (no swatch) or an entry with its swatch.
     *
     * @param rgb     the colour as 0xRRGGBB
     * @param opacity the fill opacity 0..1
     */
    public record Item(String label, boolean heading, int rgb, double opacity, CategoryStyle style, Shape shape) {
    }

    private static final int NEUTRAL = 0x6b6b6b;
    private final List<Item> items;

    private MapLegend(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /** The legend of the features of {@code scenario} that pass {@code shown} and lie (partly) in {@code extent}. */
    public static MapLegend of(Scenario scenario, Predicate<Feature> shown, Envelope extent) {
        Map<Theme, List<Item>> byTheme = new LinkedHashMap<>();
        Map<KeuzeCategorie, Integer> categories = new EnumMap<>(KeuzeCategorie.class);
        for (Layer layer : scenario.layers()) {
            Map<CategoryStyle, Integer> styles = new EnumMap<>(CategoryStyle.class);
            int[] shapes = new int[Shape.values().length];
            for (Feature f : layer.features()) {
                if (shown.test(f) && f.geometry().getEnvelopeInternal().intersects(extent)) {
                    styles.merge(CategoryStyle.of(f.category()), 1, Integer::sum);
                    categories.merge(f.category(), 1, Integer::sum);
                    int dim = f.geometry().getDimension();
                    shapes[dim >= 2 ? 0 : dim == 1 ? 1 : 2]++;
                }
            }
            if (styles.isEmpty()) {
                continue;
            }
            CategoryStyle style = styles.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            int most = 0;
            for (int i = 1; i < shapes.length; i++) {
                most = shapes[i] > shapes[most] ? i : most;
            }
            byTheme.computeIfAbsent(layer.theme(), t -> new ArrayList<>()).add(new Item(layer.label(), false,
                    Integer.parseInt(layer.style().color().substring(1), 16), layer.style().opacity(), style,
                    Shape.values()[most]));
        }
        List<Item> items = new ArrayList<>();
        for (LayerGroup g : scenario.groups()) {
            List<Item> layers = byTheme.remove(g.theme());
            if (layers != null) {
                items.add(heading(g.label()));
                items.addAll(layers);
            }
        }
        byTheme.values().forEach(items::addAll);
        if (!categories.isEmpty()) {
            items.add(heading(Messages.get("mapsheet.legend.categories")));
            for (KeuzeCategorie c : categories.keySet()) {
                items.add(new Item(Messages.get("category." + c.id()), false, NEUTRAL, 0.6, CategoryStyle.of(c), Shape.AREA));
            }
        }
        return new MapLegend(items);
    }

    private static Item heading(String label) {
        return new Item(label, true, 0, 0, CategoryStyle.SOLID, Shape.AREA);
    }

    /** The rows in order. */
    public List<Item> items() {
        return items;
    }

    /** Whether nothing is drawn. */
    public boolean isEmpty() {
        return items.isEmpty();
    }
}

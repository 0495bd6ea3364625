package nl.ruimteverkenner.ui.explorer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import java.util.Map;
import nl.ruimteverkenner.analysis.SchuurpuntText;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.style.Palette;
import nl.ruimteverkenner.style.CategoryStyle;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Puntal;

/**
 * The legend: how the keuze categories are drawn, the layers now on the map with their colours, and the
 * schuurpunt overlaps drawn over them.
 * Call {@link #refresh()} when layers, horizon or scenario change.
 */
public final class Legend extends VBox {
    private final ExplorerViewModel vm;
    private Map<Relation, Integer> schuurpunten = Map.of();

    public Legend(ExplorerViewModel vm) {
        super(3);
        this.vm = vm;
        setId("legend");
        getStyleClass().add("legend");
        setPadding(new Insets(8));
        refresh();
    }

    public void refresh() {
        getChildren().clear();
        Label title = new Label(Messages.get("legend.title"));
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        Label cats = new Label(Messages.get("legend.categories"));
        cats.getStyleClass().add("legend-heading");
        getChildren().add(cats);
        for (KeuzeCategorie c : new KeuzeCategorie[] {KeuzeCategorie.GEMAAKT, KeuzeCategorie.TE_MAKEN,
                KeuzeCategorie.TE_AGENDEREN, KeuzeCategorie.BESTAAND}) {
            getChildren().add(row(categorySample(CategoryStyle.of(c)), ExplorerViewModel.categoryLabel(c)));
        }
        Label onMap = new Label(Messages.get("legend.onMap", vm.horizonProperty().get().year()));
        onMap.getStyleClass().add("legend-heading");
        getChildren().add(onMap);
        var shown = vm.shownLayers();
        if (shown.isEmpty()) {
            getChildren().add(new Label(Messages.get("legend.nothing")));
        }
        for (Layer l : shown) {
            getChildren().add(row(layerSample(l), l.label()));
        }
        if (!schuurpunten.isEmpty()) {
            Label sp = new Label(Messages.get("legend.schuurpunten"));
            sp.getStyleClass().add("legend-heading");
            sp.setWrapText(true);
            getChildren().add(sp);
            for (Relation r : Relation.values()) {
                Integer n = schuurpunten.get(r);
                if (n != null && n > 0) {
                    HBox row = row(schuurpuntSample(r), Messages.get("legend.schuurpunt", SchuurpuntText.relation(r), n));
                    row.setId("legend-schuurpunt-" + r.id());
                    getChildren().add(row);
                }
            }
        }
        Label schematic = new Label(Messages.get("legend.schematic"));
        schematic.getStyleClass().add("legend-note");
        schematic.setWrapText(true);
        getChildren().add(schematic);
    }

    /**
     * The schuurpunt overlaps now drawn on the map, counted per relation (empty when the overlay is hidden),
     * so the hatched overlaps can be told apart from the layers' own hatching.
     */
    public void setSchuurpunten(Map<Relation, Integer> counts) {
        Map<Relation, Integer> copy = Map.copyOf(counts);
        if (!copy.equals(schuurpunten)) {
            schuurpunten = copy;
            refresh();
        }
    }

    private static Node schuurpuntSample(Relation r) {
        Color c = Color.web(Palette.of(r).mainHex());
        Rectangle box = new Rectangle(22, 13);
        box.setFill(new LinearGradient(0, 0, 5, 5, false, CycleMethod.REPEAT,
                new Stop(0, c), new Stop(0.45, c), new Stop(0.46, Color.TRANSPARENT), new Stop(1, Color.TRANSPARENT)));
        box.setStroke(c);
        box.setStrokeWidth(2);
        return box;
    }

    private static HBox row(Node sample, String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        HBox box = new HBox(8, sample, l);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node categorySample(CategoryStyle cs) {
        Rectangle r = new Rectangle(22, 13);
        Color c = Color.web("#5a6b7b");
        r.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.6 * cs.fillFactor()));
        if (cs.hatched()) {
            r.setFill(new LinearGradient(0, 0, 6, 6, false, CycleMethod.REPEAT,
                    new Stop(0, c), new Stop(0.3, c),
                    new Stop(0.31, Color.TRANSPARENT), new Stop(1, Color.TRANSPARENT)));
        }
        r.setStroke(c.darker());
        r.setStrokeWidth(1.5);
        dash(r, cs);
        return r;
    }

    private static Node layerSample(Layer l) {
        Color c = Color.web(l.style().color());
        boolean points = l.features().stream().allMatch(f -> f.geometry() instanceof Puntal);
        boolean lines = l.features().stream().allMatch(f -> f.geometry() instanceof Lineal);
        Shape s;
        if (points) {
            s = new Circle(5, c);
            s.setStroke(Color.web("#202020"));
        } else if (lines) {
            Line line = new Line(0, 0, 22, 0);
            line.setStroke(c);
            line.setStrokeWidth(Math.max(2, l.style().strokeWidth() * 1.6));
            s = line;
        } else {
            Rectangle r = new Rectangle(22, 13, Color.color(c.getRed(), c.getGreen(), c.getBlue(), l.style().opacity()));
            r.setStroke(c.darker());
            s = r;
        }
        return s;
    }

    private static void dash(Shape s, CategoryStyle cs) {
        double[] d = cs.dashes();
        if (d != null) {
            for (double v : d) {
                s.getStrokeDashArray().add(v);
            }
        }
    }
}

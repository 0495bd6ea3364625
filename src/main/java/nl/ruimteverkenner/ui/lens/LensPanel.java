package nl.ruimteverkenner.ui.lens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.analysis.Lens;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntText;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Theme;

/**
 * The gemeente lens: for the chosen gemeente, province or NOVEX area, what lands there per beweging
 * and thema (with the share of the area), the schuurpunten inside it and the figures per horizon, with
 * a button to write the report for the wethouder.
 */
public final class LensPanel extends ScrollPane {
    private final LensViewModel vm;
    private final VBox content = new VBox(4);
    private final Consumer<LensViewModel.Place> onReport;
    private final Consumer<Schuurpunt> onSchuurpunt;

    /** {@code onSchuurpunt} selects a schuurpunt (and so zooms the map to it). */
    public LensPanel(LensViewModel vm, Consumer<LensViewModel.Place> onReport, Consumer<Schuurpunt> onSchuurpunt) {
        this.vm = vm;
        this.onReport = onReport;
        this.onSchuurpunt = onSchuurpunt;
        setId("lens-panel");
        getStyleClass().add("layer-panel");
        content.setPadding(new Insets(8));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        vm.viewProperty().addListener((o, a, v) -> refresh());
        vm.selectedProperty().addListener((o, a, v) -> refresh());
        vm.gemeenten().addListener((ListChangeListener<Object>) c -> refresh());
        refresh();
    }

    private Label text(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    private void refresh() {
        content.getChildren().clear();
        content.getChildren().add(text(Messages.get("lens.title"), "panel-title"));
        if (vm.gemeenten().isEmpty()) {
            content.getChildren().add(text(Messages.get("lens.noGemeenten"), "legend-note"));
        }
        LensViewModel.Place p = vm.selectedProperty().get();
        if (p == null) {
            content.getChildren().add(text(Messages.get("lens.choose"), null));
            return;
        }
        Label name = text(p.display(), "info-title");
        name.setId("lens-title");
        content.getChildren().add(name);
        Lens.View v = vm.viewProperty().get();
        if (!p.hasArea()) {
            content.getChildren().add(text(Messages.get("lens.noArea"), null));
            return;
        }
        if (v == null) {
            content.getChildren().add(text(Messages.get("lens.computing"), null));
            return;
        }
        Label summary = text(Messages.get("lens.summary", v.areaHa(), v.horizon().year(), v.featureCount(), v.keuzeCount(),
                v.schuurpunten().size(), v.count(Relation.CONFLICT), v.conflictHa()), null);
        summary.setId("lens-summary");
        content.getChildren().add(summary);
        Button report = new Button(Messages.get("lens.report"));
        report.setId("lens-report");
        report.setOnAction(e -> onReport.accept(p));
        content.getChildren().add(report);
        for (LayerGroup g : vm.scenario().groups()) {
            Theme t = g.theme();
            List<Lens.Hit> hits = v.hits().getOrDefault(t, List.of());
            List<Keuze> keuzes = v.keuzes().getOrDefault(t, List.of());
            if (hits.isEmpty() && keuzes.isEmpty()) {
                continue;
            }
            content.getChildren().add(text(g.label(), "legend-heading"));
            for (Lens.Hit h : hits) {
                String size = h.sharePercent() > 0 ? Messages.get("lens.share", h.sharePercent())
                        : h.lengthKm() > 0 ? Messages.get("lens.length", h.lengthKm()) : Messages.get("lens.point");
                content.getChildren().add(text("• " + h.feature().label() + " — " + size
                        + (h.feature().basis().isIndicative()
                        ? Messages.get("lens.basis", Messages.get("basis." + h.feature().basis().id())) : ""), null));
            }
            for (Keuze k : keuzes) {
                content.getChildren().add(text("  ◦ " + Messages.get("lens.keuze", Messages.get("category." + k.category().id()), k.title()), "keuze-meta"));
            }
        }
        List<Lens.View> timeline = vm.timelineProperty().get();
        if (timeline.size() > 1) {
            content.getChildren().add(text(Messages.get("lens.timeline"), "legend-heading"));
            for (Lens.View t : timeline) {
                Label row = text(Messages.get("lens.timeline.row", t.horizon().year(), t.featureCount(), t.keuzeCount(),
                        t.schuurpunten().size(), t.count(Relation.CONFLICT), t.conflictHa()), t.horizon() == v.horizon() ? "lens-current" : null);
                row.setId("lens-timeline-" + t.horizon().year());
                content.getChildren().add(row);
            }
        }
        content.getChildren().add(text(Messages.get("lens.schuurpunten"), "legend-heading"));
        if (v.schuurpunten().isEmpty()) {
            content.getChildren().add(text(Messages.get("lens.noSchuurpunten"), null));
        }
        // identical entries (the same rule between the same two claims, e.g. a river crossing a gemeente
        // several times) are one link that steps through its places
        Map<List<String>, List<Schuurpunt>> groups = new LinkedHashMap<>();
        for (Schuurpunt sp : v.schuurpunten()) {
            groups.computeIfAbsent(List.of(sp.rule().id(), sp.a().label(), sp.b().label()), k -> new ArrayList<>()).add(sp);
        }
        int index = 0;
        for (List<Schuurpunt> group : groups.values()) {
            content.getChildren().add(link(group, index++));
        }
    }

    private Hyperlink link(List<Schuurpunt> group, int index) {
        Schuurpunt first = group.get(0);
        String relation = SchuurpuntText.relation(first.rule().relation());
        Hyperlink link = new Hyperlink();
        link.setId("lens-schuurpunt-" + index);
        link.getStyleClass().add("lens-schuurpunt");
        link.setWrapText(true);
        if (group.size() == 1) {
            link.setText("• " + Messages.get("lens.schuurpunt", relation, first.rule().title(), SchuurpuntText.size(first)));
            link.setTooltip(new Tooltip(Messages.get("lens.schuurpunt.tooltip")));
        } else {
            double ha = group.stream().mapToDouble(Schuurpunt::areaHa).sum();
            double km = group.stream().mapToDouble(Schuurpunt::lengthKm).sum();
            String total = ha > 0 ? Messages.get("schuurpunt.ha", ha)
                    : km > 0 ? Messages.get("schuurpunt.km", km) : Messages.get("schuurpunt.point");
            link.setText("• " + Messages.get("lens.schuurpunt.group", relation, first.rule().title(), group.size(), total));
            link.setTooltip(new Tooltip(Messages.get("lens.schuurpunt.group.tooltip", group.size())));
        }
        int[] next = {0};
        link.setOnAction(e -> {
            onSchuurpunt.accept(group.get(next[0] % group.size()));
            next[0]++;
            link.setVisited(false);
        });
        return link;
    }
}

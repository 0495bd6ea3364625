package nl.ruimteverkenner.ui.lens;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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

    public LensPanel(LensViewModel vm, Consumer<LensViewModel.Place> onReport) {
        this.vm = vm;
        this.onReport = onReport;
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
        for (Schuurpunt sp : v.schuurpunten()) {
            content.getChildren().add(text("• " + SchuurpuntText.relation(sp.rule().relation()) + ": " + sp.rule().title()
                    + " — " + SchuurpuntText.size(sp), null));
        }
    }
}

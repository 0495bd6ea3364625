package nl.ruimteverkenner.ui.explorer;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntText;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.SchuurpuntKeuze;
import nl.ruimteverkenner.ui.shell.FxSupport;
import nl.ruimteverkenner.ui.state.ExplorerViewModel.FeatureInfo;
import nl.ruimteverkenner.ui.state.ExplorerViewModel.KeuzeInfo;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;

/**
 * The info panel for the selected feature: label, beweging/thema, layer, horizon, keuze category,
 * description, sources and whether the geometry is schematic. Hidden when nothing is selected.
 */
public final class InfoPanel extends ScrollPane {
    private final ExplorerViewModel vm;
    private final VBox content = new VBox(6);

    public InfoPanel(ExplorerViewModel vm) {
        this.vm = vm;
        setId("info-panel");
        getStyleClass().add("info-panel");
        content.setPadding(new Insets(10));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(320);
        setMinWidth(260);
        vm.selectedProperty().addListener((o, a, f) -> refresh());
        vm.selectedKeuzeProperty().addListener((o, a, k) -> refresh());
        vm.selectedSchuurpuntProperty().addListener((o, a, k) -> refresh());
        refresh();
    }

    private void refresh() {
        Feature f = vm.selectedProperty().get();
        Keuze k = vm.selectedKeuzeProperty().get();
        Schuurpunt sp = vm.selectedSchuurpuntProperty().get();
        content.getChildren().clear();
        boolean any = f != null || k != null || sp != null;
        setVisible(any);
        setManaged(any);
        if (f != null) {
            show(f);
        } else if (k != null) {
            show(k);
        } else if (sp != null) {
            show(sp);
        }
        // a new selection starts at its title, not where the previous one was scrolled to
        setVvalue(0);
    }

    private void header(String text) {
        Label title = new Label(text);
        title.setId("info-title");
        title.getStyleClass().add("info-title");
        FxSupport.wrapAtWords(title);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("×");
        close.setId("info-close");
        close.getStyleClass().add("close-button");
        close.setTooltip(new Tooltip(Messages.get("info.close")));
        close.setOnAction(e -> vm.clearSelection());
        HBox head = new HBox(6, title, close);
        head.setAlignment(Pos.TOP_LEFT);
        content.getChildren().add(head);
    }

    private void show(Feature f) {
        FeatureInfo info = vm.info(f);
        header(info.title());
        field("info.theme", info.theme(), "info-theme");
        field("info.layer", info.layer(), "info-layer");
        field("info.horizon", info.horizon(), "info-horizon");
        field("info.category", info.category(), "info-category");
        field("info.basis", info.schematic(), "info-schematic");
        field("info.description", info.description(), "info-description");
        field("info.sources", String.join("\n", info.sources()), "info-sources");
        if (!info.keuzes().isEmpty()) {
            Label k = new Label(Messages.get("info.keuzes"));
            k.getStyleClass().add("info-key");
            content.getChildren().add(k);
            for (Keuze keuze : info.keuzes()) {
                Hyperlink link = new Hyperlink(Messages.get("info.keuze", ExplorerViewModel.categoryLabel(keuze.category()), keuze.title()));
                link.setWrapText(true);
                link.getStyleClass().add("info-link");
                link.setOnAction(e -> vm.selectedKeuzeProperty().set(keuze));
                content.getChildren().add(link);
            }
        }
    }

    private void show(Schuurpunt sp) {
        header(sp.rule().title());
        field("info.relation", SchuurpuntText.relation(sp.rule().relation()), "info-relation");
        Label key = new Label(Messages.get("info.claims"));
        key.getStyleClass().add("info-key");
        content.getChildren().add(key);
        for (Feature f : List.of(sp.a(), sp.b())) {
            Hyperlink link = new Hyperlink(f.label() + " (" + vm.themeLabel(f.theme()) + ")");
            link.setWrapText(true);
            link.getStyleClass().add("info-link");
            link.setOnAction(e -> vm.selectedProperty().set(f));
            content.getChildren().add(link);
        }
        field("info.size", SchuurpuntText.size(sp), "info-size");
        field("info.place", SchuurpuntText.places(sp), "info-place");
        field("info.horizon", Integer.toString(sp.horizon().year()), "info-horizon");
        field("info.explanation", sp.rule().explanation(), "info-description");
        String sturend = SchuurpuntText.sturendSentence(sp);
        if (!sturend.isEmpty()) {
            field("info.sturend", sturend, "info-sturend");
        }
        if (!sp.rule().choice().isEmpty()) {
            field("info.choice", sp.rule().choice(), "info-choice");
        }
        field("info.sources", vm.citation(sp.rule().source()), "info-sources");
        recorded.apply(sp).ifPresent(k -> field("info.recorded",
                Messages.get("info.recorded.text", k.direction().isEmpty() ? "—" : k.direction(), k.owner().isEmpty() ? "—" : k.owner()),
                "info-recorded"));
        Button record = new Button(Messages.get("info.record"));
        record.setId("info-record");
        record.setOnAction(e -> onRecord.accept(sp));
        content.getChildren().add(record);
    }

    private Function<Schuurpunt, Optional<SchuurpuntKeuze>> recorded =
            sp -> Optional.empty();
    private Consumer<Schuurpunt> onRecord = sp -> { };

    /** Connects the "Keuze vastleggen" button and the display of a recorded choice. */
    public void setKeuzeHandling(Function<Schuurpunt, Optional<SchuurpuntKeuze>> recorded,
                                 Consumer<Schuurpunt> onRecord) {
        this.recorded = recorded;
        this.onRecord = onRecord;
    }

    /** Redraws the panel (e.g. after a choice was recorded). */
    public void refreshNow() {
        refresh();
    }

    private void show(Keuze k) {
        KeuzeInfo info = vm.info(k);
        header(info.title());
        field("info.theme", info.theme(), "info-theme");
        field("info.category", info.category(), "info-category");
        field("info.horizon", info.horizon(), "info-horizon");
        field("info.summary", info.summary(), "info-description");
        field("info.sources", info.source(), "info-sources");
        Label key = new Label(Messages.get("info.features"));
        key.getStyleClass().add("info-key");
        content.getChildren().add(key);
        if (info.features().isEmpty()) {
            content.getChildren().add(new Label(Messages.get("info.features.none")));
        }
        for (Feature f : info.features()) {
            Hyperlink link = new Hyperlink(f.label());
            link.setWrapText(true);
            link.getStyleClass().add("info-link");
            link.setOnAction(e -> vm.selectedProperty().set(f));
            content.getChildren().add(link);
        }
    }

    private void field(String key, String value, String id) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("info-key");
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        v.getStyleClass().add("info-value");
        Region gap = new Region();
        gap.setMinHeight(2);
        content.getChildren().addAll(k, v, gap);
    }
}

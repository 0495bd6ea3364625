package nl.ruimteverkenner.ui.rules;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.edit.RuleDraft;
import nl.ruimteverkenner.edit.RuleValidator;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * Edits one side of a rule: the chosen layers, tags, themes, features and excluded tags as removable chips,
 * and a kind + value picker offering only what the scenario has. Shows how many features the selection
 * takes in. Node ids start with the given prefix ({@code rule-a}: {@code rule-a-kind}, {@code rule-a-value},
 * {@code rule-a-add}, {@code rule-a-matches}).
 */
final class SelectorEditor extends VBox {
    /** What a chip stands for. */
    enum Kind { LAYER, TAG, THEME, FEATURE, EXCEPT }

    /** One chosen value. */
    record Item(Kind kind, String value) {
    }

    /** A value the picker offers. */
    record Option(String value, String label) {
    }

    private final Scenario scenario;
    private final Function<Theme, String> themeLabel;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Selector> selector = new ReadOnlyObjectWrapper<>(RuleDraft.NOTHING);
    private final FlowPane chips = new FlowPane(4, 4);
    private final ComboBox<Kind> kindBox = new ComboBox<>();
    private final ComboBox<Option> valueBox = new ComboBox<>();
    private final Label matches = new Label();

    SelectorEditor(String idPrefix, Scenario scenario, Function<Theme, String> themeLabel, Selector initial) {
        super(5);
        this.scenario = scenario;
        this.themeLabel = themeLabel;
        getStyleClass().add("rule-side");
        chips.setId(idPrefix + "-chips");
        chips.setPrefWrapLength(330);
        kindBox.setId(idPrefix + "-kind");
        kindBox.getItems().setAll(Kind.values());
        kindBox.setConverter(FxSupport.displayOnly(k -> Messages.get("rules.sel.kind." + k.name().toLowerCase(Locale.ROOT))));
        valueBox.setId(idPrefix + "-value");
        valueBox.setConverter(FxSupport.displayOnly(Option::label));
        kindBox.setMinWidth(Region.USE_PREF_SIZE);
        kindBox.setPrefWidth(140);
        valueBox.setMaxWidth(Double.MAX_VALUE);
        valueBox.setPrefWidth(150);
        valueBox.setMinWidth(80);
        valueBox.setVisibleRowCount(14);
        HBox.setHgrow(valueBox, Priority.ALWAYS);
        Button add = new Button(Messages.get("rules.sel.add"));
        add.setId(idPrefix + "-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(valueBox.valueProperty().isNull());
        add.setOnAction(e -> {
            add(kindBox.getValue(), valueBox.getValue().value());
            valueBox.setValue(null);
        });
        kindBox.valueProperty().addListener((o, a, k) -> valueBox.getItems().setAll(options(k)));
        kindBox.setValue(Kind.LAYER);
        HBox picker = new HBox(4, kindBox, valueBox, add);
        picker.setAlignment(Pos.CENTER_LEFT);
        matches.setId(idPrefix + "-matches");
        matches.getStyleClass().add("keuze-meta");
        items.addListener((ListChangeListener<Item>) c -> update());
        addItems(initial);
        update();
        getChildren().addAll(chips, picker, matches);
    }

    private void addItems(Selector s) {
        s.layers().stream().sorted().forEach(v -> items.add(new Item(Kind.LAYER, v)));
        s.tags().stream().sorted().forEach(v -> items.add(new Item(Kind.TAG, v)));
        s.themes().stream().sorted().forEach(v -> items.add(new Item(Kind.THEME, v.id())));
        s.features().stream().sorted().forEach(v -> items.add(new Item(Kind.FEATURE, v)));
        s.exceptTags().stream().sorted().forEach(v -> items.add(new Item(Kind.EXCEPT, v)));
    }

    /** Adds a value to the selection (nothing happens when it is chosen already). */
    void add(Kind kind, String value) {
        Item item = new Item(kind, value);
        if (!items.contains(item)) {
            items.add(item);
        }
    }

    /** Removes every chosen value. */
    void clear() {
        items.clear();
    }

    /** The selection as chosen now. */
    ReadOnlyObjectProperty<Selector> selectorProperty() {
        return selector.getReadOnlyProperty();
    }

    private List<Option> options(Kind k) {
        if (k == null) {
            return List.of();
        }
        Comparator<Option> byLabel = Comparator.comparing(o -> o.label().toLowerCase(Locale.ROOT));
        return switch (k) {
            case LAYER -> scenario.layers().stream().map(l -> new Option(l.id(), l.label())).sorted(byLabel).toList();
            case TAG, EXCEPT -> {
                Set<String> tags = new TreeSet<>();
                scenario.features().forEach(f -> tags.addAll(f.tags()));
                yield tags.stream().map(t -> new Option(t, t)).toList();
            }
            case THEME -> {
                Set<Theme> present = new LinkedHashSet<>();
                scenario.layers().forEach(l -> present.add(l.theme()));
                yield present.stream().map(t -> new Option(t.id(), themeLabel.apply(t))).toList();
            }
            case FEATURE -> scenario.features()
                    .map(f -> new Option(f.id(), Messages.get("rules.sel.featureOption", f.label(),
                            scenario.layer(f.layerId()).map(Layer::label).orElse(f.layerId()))))
                    .sorted(byLabel).toList();
        };
    }

    private String label(Item item) {
        String value = switch (item.kind()) {
            case LAYER -> scenario.layer(item.value()).map(Layer::label).orElse(item.value());
            case THEME -> Theme.fromId(item.value()).map(themeLabel).orElse(item.value());
            case FEATURE -> scenario.feature(item.value()).map(f -> f.label()).orElse(item.value());
            case TAG, EXCEPT -> item.value();
        };
        return Messages.get("rules.sel.chip", Messages.get("rules.sel.kind." + item.kind().name().toLowerCase(Locale.ROOT)), value);
    }

    private void update() {
        Set<String> layers = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        Set<Theme> themes = new LinkedHashSet<>();
        Set<String> features = new LinkedHashSet<>();
        Set<String> except = new LinkedHashSet<>();
        chips.getChildren().clear();
        for (Item item : items) {
            switch (item.kind()) {
                case LAYER -> layers.add(item.value());
                case TAG -> tags.add(item.value());
                case THEME -> Theme.fromId(item.value()).ifPresent(themes::add);
                case FEATURE -> features.add(item.value());
                case EXCEPT -> except.add(item.value());
            }
            Label text = new Label(label(item));
            Button remove = new Button("✕");
            remove.getStyleClass().add("chip-remove");
            remove.setTooltip(new Tooltip(Messages.get("rules.sel.remove")));
            remove.setOnAction(e -> items.remove(item));
            HBox chip = new HBox(2, text, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("rule-chip");
            chips.getChildren().add(chip);
        }
        if (items.isEmpty()) {
            chips.getChildren().add(new Label(Messages.get("rules.sel.empty")));
        }
        Selector s = new Selector(layers, tags, themes, features, except);
        selector.set(s);
        matches.setText(s.isEmpty() ? "" : Messages.get("rules.sel.matches", RuleValidator.matchCount(s, scenario)));
    }
}

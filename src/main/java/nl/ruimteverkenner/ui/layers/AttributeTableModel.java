package nl.ruimteverkenner.ui.layers;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;

/**
 * What the attribute table of one layer shows: a row per feature (id, label, horizon, keuze category, basis,
 * tags), the rows that match the search text (case-insensitive, in any column), the count "n van m objecten"
 * and the window title. Follows the scenario it is given ({@link #refresh}), so an edit, undo or redo shows at
 * once; when the layer is gone {@link #goneProperty()} turns true. Holds no nodes. FX thread only.
 */
public final class AttributeTableModel {
    /** One feature as the table shows it; {@link #text()} is what the search looks in. */
    public record Row(Feature feature, String id, String label, String horizon, String category, String basis,
                      String tags) {
        public Row {
            Objects.requireNonNull(feature, "feature");
        }

        /** The row of a feature. */
        public static Row of(Feature f) {
            String horizon = f.until().isPresent()
                    ? Messages.get("attributes.horizon.range", f.horizon().year(), f.until().get().year())
                    : Messages.get("attributes.horizon.from", f.horizon().year());
            return new Row(f, f.id(), f.label(), horizon, ExplorerViewModel.categoryLabel(f.category()),
                    Messages.get("basis." + f.basis().id()), String.join(", ", f.tags().stream().sorted().toList()));
        }

        /** All columns in one line, lower case. */
        public String text() {
            return String.join("\u0000", id, label, horizon, category, basis, tags).toLowerCase(Locale.ROOT);
        }
    }

    private final String layerId;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows, r -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper();
    private String layerLabel;

    /** The table of layer {@code layerId} in scenario {@code s}. */
    public AttributeTableModel(String layerId, Scenario s) {
        this.layerId = Objects.requireNonNull(layerId, "layerId");
        this.layerLabel = layerId;
        search.addListener((o, a, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(needle.isEmpty() ? r -> true : r -> r.text().contains(needle));
            updateCount();
        });
        refresh(s);
    }

    /** Shows the layer as it is in {@code s} (after an edit, undo or redo); marks it gone when it is not there. */
    public void refresh(Scenario s) {
        Optional<Layer> layer = s == null ? Optional.empty() : s.layer(layerId);
        if (layer.isEmpty()) {
            rows.clear();
            gone.set(true);
        } else {
            gone.set(false);
            layerLabel = layer.get().label();
            List<Row> fresh = layer.get().features().stream().map(Row::of).toList();
            if (!fresh.equals(rows)) {
                rows.setAll(fresh);
            }
        }
        title.set(Messages.get("attributes.title", layerLabel));
        updateCount();
    }

    private void updateCount() {
        count.set(Messages.get("attributes.count", filtered.size(), rows.size()));
    }

    public String layerId() {
        return layerId;
    }

    /** The rows that match the search, in the layer's order (the table sorts its own view). */
    public ObservableList<Row> shown() {
        return filtered;
    }

    /** Every row of the layer. */
    public List<Row> all() {
        return List.copyOf(rows);
    }

    /** The search text; empty shows every row. */
    public StringProperty searchProperty() {
        return search;
    }

    /** "n van m objecten": rows shown of rows in the layer. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The window title, with the layer's current label. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True once the layer is no longer in the scenario. */
    public ReadOnlyBooleanProperty goneProperty() {
        return gone.getReadOnlyProperty();
    }

    /** The label the layer had when last seen. */
    public String layerLabel() {
        return layerLabel;
    }
}

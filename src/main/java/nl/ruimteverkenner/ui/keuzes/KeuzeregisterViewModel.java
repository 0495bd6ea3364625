package nl.ruimteverkenner.ui.keuzes;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;

/**
 * The keuzeregister's filters (beweging/thema, horizon, category, free text) over a scenario's keuzes.
 * Empty filters mean "all". Text search ignores case and accents and matches title, summary, tags and
 * section. FX thread only; no nodes.
 */
public final class KeuzeregisterViewModel {
    private final ObservableList<Keuze> all = FXCollections.observableArrayList();
    private final FilteredList<Keuze> shown = new FilteredList<>(all, k -> true);
    private final ObjectProperty<Optional<Theme>> theme = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<Horizon>> horizon = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<KeuzeCategorie>> category = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty text = new SimpleStringProperty("");

    public KeuzeregisterViewModel() {
        theme.addListener(o -> refilter());
        horizon.addListener(o -> refilter());
        category.addListener(o -> refilter());
        text.addListener(o -> refilter());
    }

    public void setScenario(Scenario s) {
        all.setAll(s == null ? List.of() : s.keuzes());
    }

    /** The keuzes that pass the filters, in register order. */
    public ObservableList<Keuze> shown() {
        return shown;
    }

    public int total() {
        return all.size();
    }

    public ObjectProperty<Optional<Theme>> themeProperty() {
        return theme;
    }

    public ObjectProperty<Optional<Horizon>> horizonProperty() {
        return horizon;
    }

    public ObjectProperty<Optional<KeuzeCategorie>> categoryProperty() {
        return category;
    }

    public StringProperty textProperty() {
        return text;
    }

    private void refilter() {
        String needle = fold(text.get());
        // a ComboBox writes null when its items are replaced: null means "all"
        Optional<Theme> th = theme.get() == null ? Optional.empty() : theme.get();
        Optional<Horizon> hz = horizon.get() == null ? Optional.empty() : horizon.get();
        Optional<KeuzeCategorie> cat = category.get() == null ? Optional.empty() : category.get();
        shown.setPredicate(k -> th.map(t -> t == k.theme()).orElse(true)
                && hz.map(h -> h == k.horizon()).orElse(true)
                && cat.map(c -> c == k.category()).orElse(true)
                && (needle.isEmpty() || haystack(k).contains(needle)));
    }

    private static String haystack(Keuze k) {
        return fold(k.id() + " " + k.title() + " " + k.summary() + " " + String.join(" ", k.tags()) + " " + k.source().section());
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).strip();
    }
}

package nl.ruimteverkenner.ui.background;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.TileSource;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.ui.shell.DialogService;

/**
 * The choice of background map: the bundled offline map or one of the online backgrounds of
 * {@code backgrounds.json}. Choosing an online background asks first, once per server, whether the app may
 * connect to it; the choice and the agreement are remembered in the settings. Holds the attribution the map
 * must show. FX thread only; no nodes.
 */
public final class BackgroundViewModel {
    /** One entry of the menu: {@link Settings#OFFLINE} or an online background. */
    public record Option(String id, String name, Optional<TileSource> source) {
    }

    private final Settings settings;
    private final DialogService dialogs;
    private final Consumer<Optional<TileSource>> apply;
    private final List<Option> options = new ArrayList<>();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(Settings.OFFLINE);
    private final ReadOnlyStringWrapper attribution = new ReadOnlyStringWrapper();

    /**
     * Applies the remembered choice at once (a background no longer configured falls back to the offline map).
     *
     * @param apply switches the map's tile source (empty: offline)
     */
    public BackgroundViewModel(Settings settings, List<TileSource> sources, DialogService dialogs,
                               Consumer<Optional<TileSource>> apply) {
        this.settings = settings;
        this.dialogs = dialogs;
        this.apply = apply;
        settings.migrate();
        options.add(new Option(Settings.OFFLINE, Messages.get("background.offline"), Optional.empty()));
        for (TileSource s : sources) {
            options.add(new Option(s.id(), s.name(), Optional.of(s)));
        }
        String remembered = settings.background;
        Option start = find(remembered).filter(o -> o.source().isEmpty()
                || settings.onlineConsent.contains(o.source().get().host())).orElse(options.get(0));
        // a choice that cannot be shown now (e.g. a replacement list that is broken today) stays remembered
        show(start);
    }

    /** The offline map and every online background, in menu order. */
    public List<Option> options() {
        return List.copyOf(options);
    }

    /** The id of the background shown. */
    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The attribution line for the map. */
    public ReadOnlyStringProperty attributionProperty() {
        return attribution.getReadOnlyProperty();
    }

    /** The online background shown, or empty for the offline map. */
    public Optional<TileSource> current() {
        return find(selected.get()).flatMap(Option::source);
    }

    /**
     * Switches to a background, asking first when it is online and its server has not been agreed to.
     *
     * @return whether the background changed (false when refused or already shown)
     */
    public boolean choose(String id) {
        Optional<Option> option = find(id);
        if (option.isEmpty() || id.equals(selected.get())) {
            return false;
        }
        Optional<TileSource> src = option.get().source();
        if (src.isPresent() && !settings.onlineConsent.contains(src.get().host())) {
            if (!dialogs.confirm(Messages.get("background.confirm.title"), Messages.get("background.confirm.header", src.get().name()),
                    Messages.get("background.confirm", src.get().host(), src.get().name()))) {
                return false;
            }
            settings.onlineConsent.add(src.get().host());
        }
        select(option.get());
        return true;
    }

    private void select(Option o) {
        settings.background = o.id();
        // older versions know only OpenStreetMap: they must not show it for another choice
        settings.onlineBasemap = o.id().equals(Settings.OSM);
        show(o);
    }

    private void show(Option o) {
        selected.set(o.id());
        attribution.set(o.source().map(s -> s.attribution() + (s.licence().isBlank() ? "" : " (" + s.licence() + ")"))
                .orElseGet(() -> Messages.get("attribution.offline")));
        apply.accept(o.source());
    }

    private Optional<Option> find(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}

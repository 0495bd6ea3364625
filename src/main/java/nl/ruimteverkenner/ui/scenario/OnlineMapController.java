package nl.ruimteverkenner.ui.scenario;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * *Instellingen › Online achtergrondkaart*: switching the OpenStreetMap background on (after the user agrees
 * to the connection) or off, remembered in the settings, with the matching attribution on the map.
 */
public final class OnlineMapController implements FeatureController {
    private final UiContext ctx;
    private final Consumer<Boolean> onlineSwitch;
    private final CheckMenuItem item = new CheckMenuItem(Messages.get("menu.online"));

    public OnlineMapController(UiContext ctx, Consumer<Boolean> onlineSwitch) {
        this.ctx = ctx;
        this.onlineSwitch = onlineSwitch;
        item.setSelected(ctx.settings().onlineBasemap);
        item.setOnAction(e -> switchOnline(item.isSelected()));
        updateAttribution();
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(Menu.SETTINGS, item));
    }

    private void switchOnline(boolean on) {
        if (on && !ctx.dialogs().confirm(Messages.get("menu.online"), Messages.get("online.confirm.header"),
                Messages.get("online.confirm"))) {
            item.setSelected(false);
            return;
        }
        ctx.settings().onlineBasemap = on;
        onlineSwitch.accept(on);
        ctx.map().reloadTiles();
        updateAttribution();
    }

    private void updateAttribution() {
        ctx.map().setAttribution(Messages.get(Basemap.instance().mode() == Basemap.Mode.ONLINE_OSM
                ? "attribution.osm" : "attribution.offline"));
    }
}

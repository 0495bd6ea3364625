package nl.ruimteverkenner.ui.keuzes;

import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.ui.explorer.ExplorerController;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.Shortcuts.Scope;
import nl.ruimteverkenner.ui.shell.UiContext;
import nl.ruimteverkenner.ui.shell.LazyTab;

/**
 * The keuzeregister tab (Ctrl+K): choosing a keuze highlights its features on the map and zooms to them.
 */
public final class KeuzeregisterController implements FeatureController {
    private final UiContext ctx;
    private final KeuzeregisterPanel panel;
    private final Tab tab;

    public KeuzeregisterController(UiContext ctx, ExplorerController explorer) {
        this.ctx = ctx;
        ExplorerViewModel vm = ctx.explorer();
        panel = new KeuzeregisterPanel(vm);
        tab = LazyTab.of(Messages.get("tab.keuzes"), "tab-keuzes", () -> panel);
        vm.selectedKeuzeProperty().addListener((o, a, k) -> {
            ctx.map().highlight().set(vm.highlighted());
            if (k != null) {
                explorer.zoomTo(vm.highlighted());
            }
        });
        ctx.shortcuts().add("keuzes.search", Group.GENERAL, Scope.ANYWHERE, () -> {
            searchKeuzes();
            return true;
        }, new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
    }

    @Override
    public List<Tab> sideTabs() {
        return List.of(tab);
    }

    /** Opens the keuzeregister tab with the cursor in its search field. */
    public void searchKeuzes() {
        ctx.shell().selectTab(tab);
        panel.focusSearch();
    }

    public KeuzeregisterPanel panel() {
        return panel;
    }
}

package nl.ruimteverkenner.ui.shell;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;

/**
 * A feature of the main window (layers, keuzeregister, schuurpunten, gemeente lens, workshop, compare,
 * presentation ...): it builds its own panes, observes the explorer's scenario and horizon itself, adds its
 * keyboard shortcuts to the table, and hands the shell what goes into the frame. The shell only places what
 * it is given; see docs/architecture.md for how to add one.
 */
public interface FeatureController {
    /**
     * Style class of tool bar controls that presentation mode hides (their actions stay in the menus), so
     * that the larger type fits without an overflow button.
     */
    String PRESENTATION_HIDDEN = "presentation-hidden";

    /** Where a menu item goes. */
    enum Menu { FILE, EDIT, VIEW, SETTINGS, HELP }

    /** A menu item and the menu it belongs in. */
    record MenuEntry(Menu menu, MenuItem item) {
    }

    /** The side tabs of the feature, in order. */
    default List<Tab> sideTabs() {
        return List.of();
    }

    /** Items for the menus, in order within each menu. */
    default List<MenuEntry> menuEntries() {
        return List.of();
    }

    /** Controls for the tool bar (left part, after the horizon). */
    default List<Node> toolBarItems() {
        return List.of();
    }

    /** Controls for the right end of the tool bar (search). */
    default List<Node> toolBarRightItems() {
        return List.of();
    }

    /**
     * Called before the window closes: completes with true when it may close. A feature with unsaved work
     * asks the user (and may save first) without blocking the FX thread; the answer is already complete
     * when there is nothing to ask.
     */
    default CompletableFuture<Boolean> beforeClose() {
        return CompletableFuture.completedFuture(true);
    }
}

package nl.ruimteverkenner.ui.maptools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.settings.Settings.Bookmark;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.Shortcuts;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.Shortcuts.Scope;
import nl.ruimteverkenner.ui.shell.Shortcuts.Shortcut;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * *Beeld › Bladwijzers*: save the current map view under a name (Ctrl+B, as in QGIS), go back to it from
 * the menu or with Ctrl+1 … Ctrl+9, and remove it. Bookmarks are remembered per scenario in the settings.
 * FX thread only.
 */
public final class BookmarksController implements FeatureController {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
    private final UiContext ctx;
    private final Bookmarks bookmarks;
    private final javafx.scene.control.Menu menu = new javafx.scene.control.Menu(Messages.get("bookmarks.menu"));

    public BookmarksController(UiContext ctx) {
        this.ctx = ctx;
        this.bookmarks = new Bookmarks(ctx.settings());
        menu.setId("bookmarks-menu");
        List<KeyCombination> gotoKeys = new ArrayList<>();
        for (KeyCode digit : DIGITS) {
            gotoKeys.add(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN));
        }
        ctx.shortcuts().add(new Shortcut("bookmarks.goto", Group.MAP, gotoKeys, Scope.ANYWHERE, 0,
                (Shortcuts.Action) e -> goTo(List.of(DIGITS).indexOf(e.getCode()))));
        ctx.shortcuts().add("bookmarks.add", Group.MAP, Scope.ANYWHERE, this::addCurrent,
                new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        ctx.explorer().scenarioProperty().addListener((obs, old, s) -> rebuild());
        rebuild();
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(Menu.VIEW, new SeparatorMenuItem()),
                new MenuEntry(Menu.VIEW, menu));
    }

    /** The bookmarks of the open scenario, in menu order. */
    public List<String> names() {
        return scenarioId().map(id -> bookmarks.of(id).stream().map(b -> b.name).toList()).orElse(List.of());
    }

    /** Asks for a name and saves the current view under it; false without an open scenario or when cancelled. */
    public boolean addCurrent() {
        Optional<String> id = scenarioId();
        if (id.isEmpty()) {
            return false;
        }
        String suggestion = Messages.get("bookmarks.defaultName", bookmarks.of(id.get()).size() + 1);
        Optional<String> name = ctx.dialogs().input(Messages.get("bookmarks.add.title"),
                Messages.get("bookmarks.add.header"), suggestion).map(Bookmarks::clean).filter(n -> !n.isEmpty());
        if (name.isEmpty()) {
            return false;
        }
        if (bookmarks.find(id.get(), name.get()).isPresent() && !ctx.dialogs().confirm(
                Messages.get("bookmarks.add.title"), Messages.get("bookmarks.replace.header", name.get()),
                Messages.get("bookmarks.replace"))) {
            return false;
        }
        save(name.get());
        return true;
    }

    /** Saves the current view under a name (replacing a bookmark of that name); false without a scenario. */
    public boolean save(String name) {
        Optional<String> id = scenarioId();
        if (id.isEmpty() || Bookmarks.clean(name).isEmpty()) {
            return false;
        }
        double[] c = ctx.map().center();
        Bookmark b = bookmarks.put(id.get(), name, c[0], c[1], ctx.map().zoom());
        rebuild();
        ctx.status().show(Messages.get("bookmarks.saved", b.name));
        return true;
    }

    /** Moves the map to the bookmark at this index (0-based); false when there is none. */
    public boolean goTo(int index) {
        List<Bookmark> list = scenarioId().map(bookmarks::of).orElse(List.of());
        if (index < 0 || index >= list.size()) {
            return false;
        }
        Bookmark b = list.get(index);
        ctx.map().setView(b.lat, b.lon, b.zoom);
        ctx.status().show(Messages.get("bookmarks.shown", b.name));
        return true;
    }

    /** Removes a bookmark of the open scenario; false when there was none. */
    public boolean remove(String name) {
        boolean removed = scenarioId().map(id -> bookmarks.remove(id, name)).orElse(false);
        if (removed) {
            rebuild();
            ctx.status().show(Messages.get("bookmarks.removed", name));
        }
        return removed;
    }

    private Optional<String> scenarioId() {
        Scenario s = ctx.explorer().scenarioProperty().get();
        return s == null ? Optional.empty() : Optional.of(s.id());
    }

    private void rebuild() {
        MenuItem add = new MenuItem(Messages.get("bookmarks.add.menu"));
        add.setId("bookmark-add");
        add.setAccelerator(ctx.shortcuts().get("bookmarks.add").keys().get(0));
        add.setOnAction(e -> addCurrent());
        Optional<String> id = scenarioId();
        add.setDisable(id.isEmpty());
        menu.getItems().setAll(add);
        List<Bookmark> list = id.map(bookmarks::of).orElse(List.of());
        if (list.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("bookmarks.none"));
            none.setDisable(true);
            menu.getItems().addAll(new SeparatorMenuItem(), none);
            return;
        }
        menu.getItems().add(new SeparatorMenuItem());
        javafx.scene.control.Menu remove = new javafx.scene.control.Menu(Messages.get("bookmarks.remove.menu"));
        for (int i = 0; i < list.size(); i++) {
            int n = i;
            String name = list.get(i).name;
            MenuItem go = new MenuItem(name);
            go.setMnemonicParsing(false);
            if (i < DIGITS.length) {
                go.setAccelerator(ctx.shortcuts().get("bookmarks.goto").keys().get(i));
            }
            go.setOnAction(e -> goTo(n));
            menu.getItems().add(go);
            MenuItem del = new MenuItem(name);
            del.setMnemonicParsing(false);
            del.setOnAction(e -> remove(name));
            remove.getItems().add(del);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), remove);
    }
}

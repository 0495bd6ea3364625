package nl.ruimteverkenner.ui.maptools;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.MapClicks;
import nl.ruimteverkenner.ui.shell.Shortcuts;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.Shortcuts.Scope;
import nl.ruimteverkenner.ui.shell.Shortcuts.Shortcut;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * Map tools: shows the coordinates under the pointer (RD New, WGS84) and the zoom level at the right of
 * the status bar while the pointer is over the map, and clears them when it leaves; and the measure tool
 * (key M, see {@link MeasureTool}), whose clicks come before the workshop's while it is on. The scale bar
 * is part of the map itself ({@link nl.ruimteverkenner.ui.map.ScaleBar}); the bookmarks are
 * {@link BookmarksController}. FX thread only.
 */
public final class MapToolsController implements FeatureController {
    /** Click priority of the measure tool: above drawing, so measuring works over a sketch in progress. */
    public static final int MEASURE_CLICKS = MapClicks.WORKSHOP + 100;
    private final UiContext ctx;
    private final MeasureTool measure;
    private final BookmarksController bookmarks;

    public MapToolsController(UiContext ctx) {
        this.ctx = ctx;
        ctx.map().pointerProperty().addListener((obs, old, p) -> showPointer(p));
        measure = new MeasureTool(ctx);
        ctx.clicks().add(MEASURE_CLICKS, measure::click);
        addShortcuts(ctx.shortcuts());
        bookmarks = new BookmarksController(ctx);
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return bookmarks.menuEntries();
    }

    /** The map bookmarks (Beeld › Bladwijzers). */
    public BookmarksController bookmarks() {
        return bookmarks;
    }

    /** Copies the current measurement to the clipboard (as Ctrl+C does); false when there is none. */
    public boolean copyMeasurement() {
        return measure.copy();
    }

    /** Whether the measure tool is on. */
    public boolean isMeasuring() {
        return measure.activeProperty().get();
    }

    private void addShortcuts(Shortcuts keys) {
        KeyCombination.Modifier shift = KeyCombination.SHIFT_ANY;
        keys.add("measure.toggle", Group.MAP, Scope.NOT_TYPING, measure::toggle, new KeyCodeCombination(KeyCode.M, shift));
        // Above the workshop's Enter and Esc, which they reach again as soon as the tool is off.
        keys.add(new Shortcut("measure.finish", Group.MAP, List.of(new KeyCodeCombination(KeyCode.ENTER, shift)),
                Scope.NOT_TYPING, 40, measure::finish));
        keys.add(new Shortcut("measure.cancel", Group.MAP, List.of(new KeyCodeCombination(KeyCode.ESCAPE, shift)),
                Scope.NOT_TYPING, 40, measure::cancel));
        keys.add(new Shortcut("measure.copy", Group.MAP, List.of(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN)),
                Scope.NOT_TYPING, 40, measure::copy));
    }

    private void showPointer(double[] lonLat) {
        ctx.status().showCoordinates(lonLat == null ? "" : PointerText.format(lonLat[0], lonLat[1], ctx.map().zoom()));
    }
}

package nl.ruimteverkenner.ui.maptools;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Cursor;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * The measure tool: while it is on, clicks on the map add points, the line follows the pointer and the
 * status bar shows the length (and from three points the area, see {@link Measurement}). A double click,
 * Enter or a click on the first point (closing the shape) ends the measurement; its result stays until the
 * next click starts a new one; Ctrl+C copies it as text. Esc or the key again switches the tool off, clears the line and puts back the status message from
 * before. FX thread
 * only.
 */
final class MeasureTool {
    private final UiContext ctx;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final List<double[]> points = new ArrayList<>();
    private boolean finished;
    private boolean closed;
    private String statusBefore = "";

    MeasureTool(UiContext ctx) {
        this.ctx = ctx;
        ctx.map().pointerProperty().addListener((obs, old, p) -> {
            if (active.get() && !finished && !points.isEmpty()) {
                refresh();
            }
        });
    }

    /** Whether the tool is on. */
    ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Switches the tool on or off (off clears the line). */
    boolean toggle() {
        if (active.get()) {
            return cancel();
        }
        statusBefore = ctx.status().message();
        active.set(true);
        reset();
        ctx.map().setCursor(Cursor.CROSSHAIR);
        ctx.status().show(Messages.get("measure.start"));
        return true;
    }

    /** Takes a map click while the tool is on; false when it is off. */
    boolean click(double lon, double lat, double tolerance, int clickCount) {
        if (!active.get()) {
            return false;
        }
        if (clickCount >= 2) {
            finish();
            return true;
        }
        if (finished) {
            reset();
        }
        if (points.size() >= 3) {
            double[] first = points.get(0);
            if (Math.hypot(first[0] - lon, first[1] - lat) <= tolerance) {
                closed = true;
                finish();
                return true;
            }
        }
        points.add(new double[] {lon, lat});
        refresh();
        return true;
    }

    /** Ends the measurement being taken; false when there is none (fewer than two points). */
    boolean finish() {
        if (!active.get() || finished || points.size() < 2) {
            return false;
        }
        finished = true;
        refresh();
        return true;
    }

    /** Switches the tool off and clears the line; false when it was off. */
    boolean cancel() {
        if (!active.get()) {
            return false;
        }
        active.set(false);
        reset();
        ctx.map().setCursor(null);
        ctx.status().show(statusBefore);
        return true;
    }

    /**
     * Copies the measurement on the map (finished or in progress) to the clipboard as text; false when the
     * tool is off or nothing has been measured yet.
     */
    boolean copy() {
        if (!active.get() || points.size() < (finished ? 2 : 1)) {
            return false;
        }
        List<double[]> shown = new ArrayList<>(points);
        double[] pointer = ctx.map().pointerProperty().get();
        if (!finished && pointer != null) {
            shown.add(pointer);
        }
        if (shown.size() < 2) {
            return false;
        }
        String text = Measurement.of(shown, closed).text();
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        ctx.status().show(Messages.get("measure.copied", text));
        return true;
    }

    private void reset() {
        points.clear();
        finished = false;
        closed = false;
        ctx.map().measureLayer().show(List.of(), false);
    }

    private void refresh() {
        List<double[]> shown = new ArrayList<>(points);
        double[] pointer = ctx.map().pointerProperty().get();
        if (!finished && pointer != null) {
            shown.add(pointer);
        }
        ctx.map().measureLayer().show(shown, closed);
        if (shown.size() < 2) {
            ctx.status().show(Messages.get("measure.start"));
            return;
        }
        String text = Measurement.of(shown, closed).text();
        ctx.status().show(finished ? Messages.get("measure.done", text) : text);
    }
}

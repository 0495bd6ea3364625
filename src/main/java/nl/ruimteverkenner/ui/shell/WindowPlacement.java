package nl.ruimteverkenner.ui.shell;

import java.util.Comparator;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Where windows go: the main window at its remembered bounds, clamped to the visible part of a screen (or at
 * {@value #DEFAULT_SHARE} of the primary screen, centred, the first time), and every dialog centred over the main
 * window once it is shown and sized to its content. The arithmetic ({@link #place}, {@link #centreOver}) is free
 * of the toolkit, so it is tested without a screen.
 */
public final class WindowPlacement {
    /** The share of the screen's visible width and height the main window takes the first time. */
    public static final double DEFAULT_SHARE = 0.9;

    private WindowPlacement() {
    }

    /**
     * The bounds for the main window: the remembered ones ({@code x}, {@code y}, {@code width}, {@code height}; x and
     * y NaN when none were remembered) made to fit the visible bounds of the screen they overlap most (no larger than
     * it, wholly inside it, and no smaller than {@code minWidth} × {@code minHeight} where the screen allows), or,
     * without remembered bounds or when they overlap no screen, {@value #DEFAULT_SHARE} of {@code primary}, centred.
     *
     * @param screens the visible bounds of every screen ({@link Screen#getVisualBounds()})
     * @param primary the visible bounds of the primary screen
     */
    public static Rectangle2D place(double x, double y, double width, double height, double minWidth, double minHeight,
                                    List<Rectangle2D> screens, Rectangle2D primary) {
        boolean remembered = Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width > 0 && height > 0;
        if (remembered) {
            Rectangle2D wanted = new Rectangle2D(x, y, width, height);
            Rectangle2D screen = screens.stream().filter(s -> overlap(s, wanted) > 0)
                    .max(Comparator.comparingDouble(s -> overlap(s, wanted))).orElse(null);
            if (screen != null) {
                double w = fit(width, minWidth, screen.getWidth());
                double h = fit(height, minHeight, screen.getHeight());
                return new Rectangle2D(clamp(x, screen.getMinX(), screen.getMaxX() - w),
                        clamp(y, screen.getMinY(), screen.getMaxY() - h), w, h);
            }
        }
        double w = fit(Math.round(primary.getWidth() * DEFAULT_SHARE), minWidth, primary.getWidth());
        double h = fit(Math.round(primary.getHeight() * DEFAULT_SHARE), minHeight, primary.getHeight());
        return new Rectangle2D(Math.round(primary.getMinX() + (primary.getWidth() - w) / 2),
                Math.round(primary.getMinY() + (primary.getHeight() - h) / 2), w, h);
    }

    /**
     * The top-left corner that centres a window of {@code width} × {@code height} over {@code owner}, moved as
     * little as needed to lie inside {@code screen} (the visible bounds of the owner's screen).
     */
    public static double[] centreOver(Rectangle2D owner, double width, double height, Rectangle2D screen) {
        double x = owner.getMinX() + (owner.getWidth() - width) / 2;
        double y = owner.getMinY() + (owner.getHeight() - height) / 2;
        return new double[] {clamp(x, screen.getMinX(), screen.getMaxX() - width),
                clamp(y, screen.getMinY(), screen.getMaxY() - height)};
    }

    /**
     * Puts {@code stage} (not yet shown) at its remembered bounds or the default ones (see {@link #place}), and
     * maximises it if it was (see also {@link #fillScreenIfNotMaximized}). The minimum size is lowered to fit a small
     * screen.
     */
    public static void restore(Stage stage, double x, double y, double width, double height, boolean maximized) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(stage.getMinWidth(), primary.getWidth()));
        stage.setMinHeight(Math.min(stage.getMinHeight(), primary.getHeight()));
        Rectangle2D r = place(x, y, width, height, stage.getMinWidth(), stage.getMinHeight(), screens, primary);
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
        stage.setMaximized(maximized);
    }

    /**
     * For a window manager that cannot maximise a window, or none: a shown {@code stage} that was to open maximised
     * but is clearly smaller than the visible bounds of its screen is given those bounds. (A window manager that can
     * maximise has done so before the window's first frame, as the state was asked for before it was shown.)
     */
    public static void fillScreenIfNotMaximized(Stage stage) {
        Rectangle2D frame = new Rectangle2D(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()));
        ObservableList<Screen> screens = Screen.getScreensForRectangle(frame);
        Rectangle2D screen = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        if (stage.getWidth() < screen.getWidth() * 0.97 || stage.getHeight() < screen.getHeight() * 0.97) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        }
    }

    /**
     * Makes {@code dialog} owned by {@code owner} (when there is one) and centred over it each time it is shown, after
     * it has taken the size of its content. Call before showing it.
     */
    public static <D extends Dialog<?>> D ownAndCentre(D dialog, Window owner) {
        if (owner != null && dialog.getOwner() == null && !dialog.isShowing()) {
            dialog.initOwner(owner);
        }
        EventHandler<DialogEvent> previous = dialog.getOnShown();
        dialog.setOnShown(e -> {
            if (previous != null) {
                previous.handle(e);
            }
            Window w = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (w != null) {
                centre(w, dialog.getOwner());
            }
        });
        return dialog;
    }

    /** Moves the shown window {@code w} over the centre of {@code owner}, inside the owner's screen. */
    public static void centre(Window w, Window owner) {
        if (owner == null || !owner.isShowing() || Double.isNaN(w.getWidth())) {
            return;
        }
        Rectangle2D o = new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        ObservableList<Screen> screens = Screen.getScreensForRectangle(o);
        Rectangle2D screen = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        double[] xy = centreOver(o, w.getWidth(), w.getHeight(), screen);
        w.setX(xy[0]);
        w.setY(xy[1]);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** {@code v} no larger than {@code max} and, where {@code max} allows, no smaller than {@code min}. */
    private static double fit(double v, double min, double max) {
        return Math.min(Math.max(v, min), max);
    }

    /** {@code v} within [lo, hi]; {@code lo} when the range is empty (a window larger than the screen starts at its edge). */
    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}

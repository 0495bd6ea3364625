package nl.ruimteverkenner.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.stage.Window;

/**
 * What a feature may ask of the main window's frame: show its side tab, put a pane below the map, put
 * another view in the map's place, hide the side panels (presentation) and know the window. Implemented by
 * {@code MainWindow}. FX thread only.
 */
public interface Shell {
    /** Selects a side tab. */
    void selectTab(Tab tab);

    /** Shows or hides a pane below the map (the schuurpunten). */
    void showBelowMap(Node pane, boolean shown);

    /** Whether {@code pane} is shown below the map. */
    boolean isShownBelowMap(Node pane);

    /** Puts {@code view} in the map's place; null puts the map back. */
    void replaceMap(Node view);

    /** Shows or hides the side tabs. */
    void setSidePanelsShown(boolean shown);

    /** The window, or null before it is shown. */
    Window window();

    /** Sets the window title. */
    void setTitle(String title);
}

package nl.ruimteverkenner.ui.maptools;

import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * Map tools: shows the coordinates under the pointer (RD New, WGS84) and the zoom level at the right of
 * the status bar while the pointer is over the map, and clears them when it leaves. The scale bar is
 * part of the map itself ({@link nl.ruimteverkenner.ui.map.ScaleBar}). FX thread only.
 */
public final class MapToolsController implements FeatureController {
    private final UiContext ctx;

    public MapToolsController(UiContext ctx) {
        this.ctx = ctx;
        ctx.map().pointerProperty().addListener((obs, old, p) -> showPointer(p));
    }

    private void showPointer(double[] lonLat) {
        ctx.status().showCoordinates(lonLat == null ? "" : PointerText.format(lonLat[0], lonLat[1], ctx.map().zoom()));
    }
}

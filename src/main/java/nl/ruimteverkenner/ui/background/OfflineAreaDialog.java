package nl.ruimteverkenner.ui.background;

import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.TilePackageDownloader;
import nl.ruimteverkenner.io.TilePackageDownloader.Area;
import nl.ruimteverkenner.io.TilePackageDownloader.Plan;
import nl.ruimteverkenner.io.TileSource;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * Asks which zoom levels of an area to make available offline, showing the number of tiles and the expected
 * size before anything is fetched; refuses (OK disabled, with a hint) a plan above
 * {@link TilePackageDownloader#MAX_TILES}. Its answer is the plan.
 */
public final class OfflineAreaDialog extends Dialog<Plan> {
    private final Label summary = new Label();

    /**
     * @param areaName what the area is ("het kaartbeeld", a gemeente)
     * @param from     the first zoom level offered (the map's zoom)
     * @param deepest  the deepest zoom level the map shows (no use fetching deeper tiles)
     */
    public OfflineAreaDialog(Window owner, TileSource source, Area area, String areaName, int from, int deepest) {
        initOwner(owner);
        setTitle(Messages.get("offline.title"));
        setHeaderText(Messages.get("offline.header", source.name(), areaName));
        int top = Math.max(source.minZoom(), Math.min(source.maxZoom(), deepest));
        int start = Math.max(source.minZoom(), Math.min(from, top));
        Spinner<Integer> min = new Spinner<>(source.minZoom(), top, start);
        Spinner<Integer> max = new Spinner<>(source.minZoom(), top, Math.min(top, start + 3));
        min.setId("offline-min-zoom");
        max.setId("offline-max-zoom");
        summary.setId("offline-summary");
        summary.setWrapText(true);
        summary.setPrefWidth(420);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("offline.minZoom")), min);
        grid.addRow(1, new Label(Messages.get("offline.maxZoom")), max);
        grid.add(summary, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        Runnable update = () -> {
            Plan p = TilePackageDownloader.plan(source, area, min.getValue(), max.getValue());
            summary.setText(describe(p));
            getDialogPane().lookupButton(FxSupport.OK).setDisable(p.tooLarge() || p.tiles() == 0);
        };
        min.valueProperty().addListener((o, a, b) -> update.run());
        max.valueProperty().addListener((o, a, b) -> update.run());
        update.run();
        setResultConverter(b -> b == FxSupport.OK ? TilePackageDownloader.plan(source, area, min.getValue(), max.getValue()) : null);
    }

    /** The count and size of a plan, or why it is refused. */
    public static String describe(Plan p) {
        if (p.tooLarge()) {
            return Messages.get("offline.tooMany", p.tiles(), TilePackageDownloader.MAX_TILES);
        }
        return Messages.get("offline.summary", p.tiles(), p.minZoom(), p.maxZoom(), megabytes(p.estimatedBytes()));
    }

    /** Bytes as megabytes with one decimal, at least 0.1. */
    public static double megabytes(long bytes) {
        return Math.max(0.1, bytes / 1_000_000.0);
    }
}

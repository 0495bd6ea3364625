package nl.ruimteverkenner.basemap;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * Gluon Maps' tile source, registered through {@code META-INF/services}: hands every tile request to
 * {@link Basemap}, which renders offline tiles (default) or fetches online ones when allowed.
 */
public final class OfflineTileRetriever implements TileRetriever {
    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return Basemap.instance().loadTile(zoom, i, j);
    }
}

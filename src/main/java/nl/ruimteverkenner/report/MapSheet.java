package nl.ruimteverkenner.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What a map sheet shows and on what: the scenario at a horizon with the layers that are on, an extent in lon/lat
 * (widened to the map frame's shape), optionally an area outlined with the rest dimmed, the title, the page and
 * the background's credit. Rendered by {@link MapSheetRenderer}.
 *
 * @param layerIds the ids of the layers drawn (and listed in the legend when they have features in the extent)
 * @param extent   the lon/lat box the map must show
 * @param outline  an area to outline (a gemeente), lon/lat; null for none
 * @param areaName the area's name for the subtitle; null for none
 * @param credit   the background map's credit, printed on the map
 */
public record MapSheet(Scenario scenario, Horizon horizon, Set<String> layerIds, Envelope extent, Geometry outline,
                       String areaName, String title, Page page, LocalDate date, String credit) {
    public MapSheet {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(horizon, "horizon");
        layerIds = Set.copyOf(layerIds);
        Objects.requireNonNull(extent, "extent");
        title = title == null || title.isBlank() ? scenario.name() : title.strip();
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(date, "date");
        credit = credit == null ? offlineCredit() : credit;
    }

    /** The credit of the bundled offline basemap. */
    public static String offlineCredit() {
        return Messages.get("attribution.offline");
    }

    /** Paper sizes. */
    public enum Paper {
        A4(210, 297), A3(297, 420);

        private final double shortMm;
        private final double longMm;

        Paper(double shortMm, double longMm) {
            this.shortMm = shortMm;
            this.longMm = longMm;
        }
    }

    /**
     * The page: its size in points (1/72 inch) and the resolution of the map image (and of a PNG).
     *
     * @param paper the paper it is meant for; null for a page sized in pixels (e.g. "as on the screen")
     */
    public record Page(double widthPt, double heightPt, double dpi, Paper paper) {
        public Page {
            if (!(widthPt > 0) || !(heightPt > 0) || !(dpi >= 36) || dpi > 1200) {
                throw new IllegalArgumentException("page " + widthPt + " x " + heightPt + " pt at " + dpi + " dpi");
            }
        }

        /** A sheet of paper at a resolution. */
        public static Page paper(Paper paper, boolean landscape, double dpi) {
            double s = paper.shortMm / 25.4 * 72;
            double l = paper.longMm / 25.4 * 72;
            return landscape ? new Page(l, s, dpi, paper) : new Page(s, l, dpi, paper);
        }

        /** A page of {@code width} × {@code height} pixels at {@code dpi}. */
        public static Page pixels(int width, int height, double dpi) {
            return new Page(width * 72.0 / dpi, height * 72.0 / dpi, dpi, null);
        }

        /** Width in pixels at the page's resolution. */
        public int widthPx() {
            return (int) Math.round(widthPt * dpi / 72);
        }

        /** Height in pixels at the page's resolution. */
        public int heightPx() {
            return (int) Math.round(heightPt * dpi / 72);
        }

        public boolean landscape() {
            return widthPt >= heightPt;
        }
    }
}

package nl.ruimteverkenner.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import nl.ruimteverkenner.geo.WebMercator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The projection to local reference-zoom pixels and the JTS → JavaFX path conversion, from WKT. */
class PathFactoryTest {
    private static final double EPS = 1e-6;
    /** Reference-zoom pixels per degree of longitude. */
    private static final double PX_PER_DEGREE = WebMercator.worldPixels(MapProjection.REF_ZOOM) / 360;

    @Test
    void originIsTheCentreOfTheNetherlandsAndXGrowsEastwardLinearly() {
        assertEquals(0, MapProjection.localX(5.3), EPS);
        assertEquals(0, MapProjection.localY(52.2), EPS);
        assertEquals(PX_PER_DEGREE, MapProjection.localX(6.3), EPS);
        assertEquals(-PX_PER_DEGREE, MapProjection.localX(4.3), EPS);
    }

    @Test
    void yGrowsSouthwardAndLonLatRoundTrip() {
        double north = MapProjection.localY(53.0);
        double south = MapProjection.localY(51.0);
        assertEquals(true, north < 0 && south > 0, "north is up");
        assertEquals(53.0, MapProjection.lat(north), 1e-9);
        assertEquals(4.123, MapProjection.lon(MapProjection.localX(4.123)), 1e-9);
    }

    @Test
    void polygonWithHoleBecomesTwoClosedSubpathsWithXFromLonAndYFromLat() throws ParseException {
        Polygon poly = (Polygon) new WKTReader().read(
                "POLYGON ((5 52, 6 52, 6 53, 5 52), (5.5 52.2, 5.8 52.2, 5.8 52.5, 5.5 52.2))");
        Path path = PathFactory.polygon(poly);
        assertEquals(FillRule.EVEN_ODD, path.getFillRule());
        List<PathElement> els = path.getElements();
        assertEquals(10, els.size(), "4 vertices + close, twice");
        MoveTo first = assertInstanceOf(MoveTo.class, els.get(0));
        assertEquals(MapProjection.localX(5), first.getX(), EPS);
        assertEquals(MapProjection.localY(52), first.getY(), EPS);
        LineTo second = assertInstanceOf(LineTo.class, els.get(1));
        assertEquals(MapProjection.localX(6), second.getX(), EPS);
        assertEquals(MapProjection.localY(52), second.getY(), EPS);
        assertInstanceOf(ClosePath.class, els.get(4));
        MoveTo hole = assertInstanceOf(MoveTo.class, els.get(5));
        assertEquals(MapProjection.localX(5.5), hole.getX(), EPS);
        assertEquals(0, hole.getY(), EPS);
        assertInstanceOf(ClosePath.class, els.get(9));
    }

    @Test
    void lineStaysOpenAndUnfilled() throws ParseException {
        LineString line = (LineString) new WKTReader().read("LINESTRING (5.3 52.2, 6.3 52.2)");
        Path path = PathFactory.line(line);
        assertNull(path.getFill());
        assertEquals(2, path.getElements().size());
        LineTo end = assertInstanceOf(LineTo.class, path.getElements().get(1));
        assertEquals(PX_PER_DEGREE, end.getX(), EPS);
        assertEquals(0, end.getY(), EPS);
    }

    @Test
    void sketchVerticesCloseOnlyFromThreeOn() {
        assertEquals(2, PathFactory.line(List.of(new double[] {5, 52}, new double[] {6, 52}), true).getElements().size());
        List<PathElement> tri = PathFactory.line(List.of(new double[] {5, 52}, new double[] {6, 52}, new double[] {6, 53}), true)
                .getElements();
        assertInstanceOf(ClosePath.class, tri.get(3));
        assertEquals(3, PathFactory.line(List.of(new double[] {5, 52}, new double[] {6, 52}, new double[] {6, 53}), false)
                .getElements().size());
    }
}

package nl.ruimteverkenner.io.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ruimteverkenner.io.imports.SourceFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ruimteverkenner.geo.RdNew;
import org.junit.jupiter.api.Test;

/** Reading official GeoJSON into RD New: WGS84 by default, RD New when the crs member says so. */
class DownloadedGeoJsonTest {
    private static DownloadedGeoJson.Result read(String json) throws IOException {
        return DownloadedGeoJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.geojson");
    }

    @Test
    void lonLatIsProjectedToRdNewAndAttributesKeepTheirOrderAndTypes() throws IOException {
        DownloadedGeoJson.Result r = read("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"n2k.57","properties":{"naam":"Veluwe","nummer":57,"beschermd":true,"extra":null},
                  "geometry":{"type":"Polygon","coordinates":[[[5.8,52.1],[5.9,52.1],[5.9,52.2],[5.8,52.2]]]}},
                 {"type":"Feature","properties":{"naam":"kapot"},"geometry":{"type":"Polygon","coordinates":[[[5.8]]]}},
                 {"type":"Feature","properties":{"naam":"leeg"},"geometry":null}]}""");
        assertEquals(1, r.features().size());
        assertEquals(2, r.skipped());
        SourceFeature f = r.features().get(0);
        assertEquals(List.of("id", "naam", "nummer", "beschermd", "extra"), List.copyOf(f.attributes().keySet()));
        assertEquals("n2k.57", f.attributes().get("id"));
        assertEquals(57, ((Number) f.attributes().get("nummer")).intValue());
        assertEquals(true, f.attributes().get("beschermd"));
        double west = Math.min(RdNew.toRd(5.8, 52.1)[0], RdNew.toRd(5.8, 52.2)[0]);
        assertEquals(west, f.geometry().getEnvelopeInternal().getMinX(), 1.0, "in RD New metres; the open ring closed");
        assertEquals(28992, f.geometry().getSRID());
        assertEquals(List.of("id", "naam", "nummer", "beschermd", "extra"), r.attributeNames());
    }

    @Test
    void rdNewIsTakenAsItIsWhenTheCrsMemberNamesIt() throws IOException {
        DownloadedGeoJson.Result r = read("""
                {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},
                 "features":[{"type":"Feature","properties":{"naam":"Blok"},"geometry":{"type":"MultiPolygon",
                 "coordinates":[[[[150000,450000],[151000,450000],[151000,451000],[150000,451000],[150000,450000]]]]}}]}""");
        assertEquals(1_000_000, r.features().get(0).geometry().getArea(), 1e-6);
    }

    @Test
    void coordinatesInTheWrongSystemBrokenJsonAndOtherContentAreRefusedInDutch() {
        IOException wrong = assertThrows(IOException.class, () -> read("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
                 "geometry":{"type":"Point","coordinates":[150000,450000]}}]}"""));
        assertTrue(wrong.getMessage().contains("niet in Nederland"), wrong.getMessage());
        IOException broken = assertThrows(IOException.class, () -> read("{\"type\":\"FeatureCollection\",\"features\":["));
        assertTrue(broken.getMessage().contains("geen leesbaar JSON"), broken.getMessage());
        IOException other = assertThrows(IOException.class, () -> read("{\"type\":\"Point\",\"coordinates\":[5,52]}"));
        assertTrue(other.getMessage().contains("FeatureCollection"), other.getMessage());
    }
}

package nl.ruimteverkenner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Gemeente;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads gemeente boundaries as users obtain them from CBS/PDOK: a GeoJSON FeatureCollection in WGS84 or
 * in RD New (EPSG:28992, recognised by its {@code crs} member or by coordinates in metres), or a
 * GeoPackage (its gemeente table, recognised by name and polygon type, with its declared CRS). The code and
 * name are taken from {@code statcode}/{@code statnaam} (gebiedsindelingen), {@code gemeentecode}/
 * {@code gemeentenaam} or {@code GM_CODE}/{@code GM_NAAM} (wijk- en buurtkaart). Problems are reported in
 * Dutch with their location; features without code or geometry are skipped. The coordinates must lie in or
 * near the Netherlands in the system the file declares: WGS84 numbers labelled RD New (or the other way round)
 * refuse the file with a message that says so, and a single gemeente far away is skipped with an error.
 */
public final class GemeenteReader {
    private static final String[][] KEYS = {{"statcode", "statnaam"}, {"gemeentecode", "gemeentenaam"}, {"GM_CODE", "GM_NAAM"},
        {"code", "naam"}};

    /** The gemeenten read and the problems met. */
    public record Result(List<Gemeente> gemeenten, List<Problem> problems) {
        public Result {
            gemeenten = List.copyOf(gemeenten);
            problems = List.copyOf(problems);
        }

        public boolean usable() {
            return !gemeenten.isEmpty();
        }
    }

    public Result read(Path file) {
        List<Problem> problems = new ArrayList<>();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ProblemCollector pc = new ProblemCollector(name, problems);
        List<Gemeente> out = new ArrayList<>();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a pipe or device would block the read forever; a folder cannot be read
            pc.error("", "file.notRegular", name);
            return new Result(out, problems);
        }
        if (Files.isRegularFile(file) && GeoPackageReader.isSqlite(file)) {
            readGeoPackage(file, pc, out);
            return new Result(out, problems);
        }
        if (Files.isRegularFile(file) && name.toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
            pc.error("", "gpkg.notSqlite", name);
            return new Result(out, problems);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (CharacterCodingException e) {
            pc.error("", "gemeente.notText");
            return new Result(out, problems);
        } catch (NoSuchFileException e) {
            pc.error("", "file.missing");
            return new Result(out, problems);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            pc.error(loc == null ? "" : loc.getLineNr() + ":" + loc.getColumnNr(), "json.syntax.other");
            return new Result(out, problems);
        } catch (IOException e) {
            pc.error("", "file.unreadable", e.getClass().getSimpleName());
            return new Result(out, problems);
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            pc.error("type", "geo.notFeatureCollection");
            return new Result(out, problems);
        }
        GemeenteCrs declared = declaredCrs(root);
        boolean rd = declared == GemeenteCrs.RD_NEW || looksProjected(root);
        JsonCursor c = new JsonCursor(root, "", pc);
        String[] keys = null;
        List<Raw> raws = new ArrayList<>();
        List<JsonCursor> items = c.array("features", true).orElse(List.of());
        for (JsonCursor f : items) {
            JsonNode props = f.node().path("properties");
            if (keys == null) {
                keys = detectKeys(props);
                if (keys == null) {
                    pc.error(f.childPath("properties"), "gemeente.noCode");
                    return new Result(out, problems);
                }
            }
            String code = props.path(keys[0]).asText("").strip();
            String naam = props.path(keys[1]).asText("").strip();
            if (code.isEmpty() || naam.isEmpty()) {
                pc.warning(f.childPath("properties"), "gemeente.missingName");
                continue;
            }
            if (!f.has("geometry")) {
                pc.warning(f.childPath("geometry"), "json.missing", "geometry");
                continue;
            }
            Optional<Geometry> g = GeoJsonGeometryReader.read(new JsonCursor(f.node().get("geometry"), f.childPath("geometry"), pc), rd);
            if (g.isEmpty()) {
                continue;
            }
            raws.add(new Raw(code, naam, props.path("provincie").asText(""), g.get(), f.childPath("geometry")));
        }
        add(raws, declared, rd ? GemeenteCrs.RD_NEW : GemeenteCrs.WGS84, declared == null ? "" : "crs", pc, out, false);
        if (out.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
            pc.error("features", "gemeente.none");
        }
        return new Result(out, problems);
    }

    /** A gemeente as read, in the coordinates of the file. */
    private record Raw(String code, String naam, String provincie, Geometry geometry, String where) {
    }

    /**
     * Checks that the coordinates fit the system the file declares (or, without a declaration, the one they
     * were read in) and adds the gemeenten that lie in or near the Netherlands, in both systems. When none does,
     * the file as a whole is refused with a message that says what the coordinates look like instead.
     *
     * @param declared what the file says its system is; null when it says nothing usable
     * @param readAs   the system the numbers were read in
     * @param crsWhere where the declaration is, for the message
     */
    private static void add(List<Raw> raws, GemeenteCrs declared, GemeenteCrs readAs, String crsWhere, ProblemCollector pc,
                            List<Gemeente> out, boolean copy) {
        if (raws.isEmpty()) {
            return;
        }
        Envelope all = new Envelope();
        raws.forEach(r -> all.expandToInclude(r.geometry().getEnvelopeInternal()));
        if (declared != null && declared != readAs) {
            // a file that says WGS84 but holds numbers in metres
            if (readAs.plausible(all)) {
                pc.error(crsWhere, "gemeente.crs.mismatch", Messages.get("gemeente.crs.looks." + readAs.name()), declared.label(),
                        GemeenteCrs.describe(all));
            } else {
                pc.error(crsWhere, "gemeente.crs.outside", GemeenteCrs.describe(all), declared.label());
            }
            return;
        }
        if (raws.stream().noneMatch(r -> readAs.plausible(r.geometry().getEnvelopeInternal()))) {
            if (declared != null && readAs.other().plausible(all)) {
                pc.error(crsWhere, "gemeente.crs.mismatch", Messages.get("gemeente.crs.looks." + readAs.other().name()),
                        declared.label(), GemeenteCrs.describe(all));
            } else {
                pc.error(crsWhere, "gemeente.crs.outside", GemeenteCrs.describe(all), readAs.label());
            }
            return;
        }
        boolean rd = readAs == GemeenteCrs.RD_NEW;
        for (Raw r : raws) {
            Envelope e = r.geometry().getEnvelopeInternal();
            if (!readAs.plausible(e)) {
                pc.error(r.where(), "gemeente.outside", r.naam(), GemeenteCrs.describe(e), readAs.label());
                continue;
            }
            Geometry rdGeom = rd ? r.geometry() : RdNew.toRd(r.geometry());
            Geometry lonLat = rd ? RdNew.toWgs84(r.geometry()) : r.geometry();
            if (copy) {
                rdGeom = GeoJsonGeometryReader.FACTORY.createGeometry(rdGeom);
                lonLat = GeoJsonGeometryReader.FACTORY.createGeometry(lonLat);
            }
            out.add(new Gemeente(r.code(), r.naam(), r.provincie(), lonLat, rdGeom));
        }
    }

    /** The gemeente table of a GeoPackage (CBS gebiedsindelingen), in RD New or WGS84. */
    private static void readGeoPackage(Path file, ProblemCollector pc, List<Gemeente> out) {
        List<List<String>> wanted = List.of(
                Arrays.stream(KEYS).map(k -> k[0]).toList(),
                Arrays.stream(KEYS).map(k -> k[1]).toList(),
                List.of("provincie", "provinciecode"));
        GeoPackageReader.Table table;
        try (Connection c = GeoPackageReader.open(file)) {
            List<GeoPackageReader.TableInfo> tables = GeoPackageReader.featureTables(c);
            Optional<String> chosen = GeoPackageReader.gemeenteTable(tables);
            if (chosen.isEmpty()) {
                pc.error("", "gpkg.noGemeenteTable",
                        tables.isEmpty() ? "-" : String.join(", ", tables.stream().map(GeoPackageReader.TableInfo::name).toList()));
                return;
            }
            table = GeoPackageReader.read(c, chosen.get(), wanted);
        } catch (GeoPackageReader.Failure f) {
            pc.error("", f.key(), f.args());
            return;
        } catch (SQLException e) {
            pc.error("", "gpkg.unreadable", e.getMessage());
            return;
        }
        if (table.columns().get(0) == null || table.columns().get(1) == null) {
            pc.error(table.name(), "gemeente.noCode");
            return;
        }
        GemeenteCrs declared = GemeenteCrs.ofEpsg(table.epsg());
        GemeenteCrs readAs = declared != null ? declared : table.rows().stream()
                .filter(r -> r.geometry() != null).findFirst()
                .map(r -> Math.abs(r.geometry().getEnvelopeInternal().getMaxX()) > 360 ? GemeenteCrs.RD_NEW : GemeenteCrs.WGS84)
                .orElse(GemeenteCrs.WGS84);
        List<Raw> raws = new ArrayList<>();
        for (GeoPackageReader.Row row : table.rows()) {
            String where = table.name() + " fid " + row.fid();
            String code = row.values().get(0) == null ? "" : row.values().get(0).strip();
            String naam = row.values().get(1) == null ? "" : row.values().get(1).strip();
            if (code.isEmpty() || naam.isEmpty()) {
                pc.warning(where, "gemeente.missingName");
                continue;
            }
            if (row.geometry() == null) {
                pc.warning(where, row.geometryProblem() == null ? "geo.empty" : "gpkg.badGeometry",
                        row.geometryProblem() == null ? "" : row.geometryProblem());
                continue;
            }
            Optional<Geometry> g = GeoJsonGeometryReader.repair(pc, where, row.geometry());
            if (g.isEmpty()) {
                continue;
            }
            String prov = row.values().get(2) == null ? "" : row.values().get(2).strip();
            raws.add(new Raw(code, naam, prov, g.get(), where));
        }
        add(raws, declared, readAs, table.name(), pc, out, true);
        if (out.isEmpty() && pc.errorCount() == 0) {
            pc.error(table.name(), "gemeente.none");
        }
    }

    private static String[] detectKeys(JsonNode props) {
        for (String[] k : KEYS) {
            if (props.has(k[0]) && props.has(k[1])) {
                return k;
            }
        }
        return null;
    }

    /** The system named by the (pre-RFC 7946) {@code crs} member: RD New, WGS84, or null when absent or another. */
    private static GemeenteCrs declaredCrs(JsonNode root) {
        String crs = root.path("crs").path("properties").path("name").asText("");
        if (crs.contains("28992")) {
            return GemeenteCrs.RD_NEW;
        }
        return crs.contains("4326") || crs.contains("CRS84") ? GemeenteCrs.WGS84 : null;
    }

    private static boolean looksProjected(JsonNode root) {
        JsonNode n = root.path("features").path(0).path("geometry").path("coordinates");
        while (n.isArray() && n.size() > 0 && n.get(0).isArray()) {
            n = n.get(0);
        }
        return n.isArray() && n.size() >= 2 && Math.abs(n.get(0).asDouble()) > 360;
    }
}

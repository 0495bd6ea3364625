package nl.ruimteverkenner.io.postgis;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ruimteverkenner.analysis.AnalysisEngine;
import nl.ruimteverkenner.analysis.Area;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.Theme;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The schuurpunten engine of a province: the same rules as the embedded {@link SchuurpuntEngine}, run in a
 * PostgreSQL database with PostGIS. {@link #open} creates a schema of its own ({@code rv_run_…}), loads the scenario's
 * features into it in RD New (EPSG:28992, projected here with {@link RdNew} exactly as the embedded engine does, and
 * sent with COPY), copies the rows of tables already in the database into it for the {@link TableLayer}s (on the
 * server: their data never passes through this machine), builds GiST indexes and the rules' buffer zones (for the
 * scenario's features made by JTS as the embedded engine makes them and sent along, for table rows {@code ST_Buffer}
 * with 8 segments per quarter circle and {@code ST_MakeValid} where JTS would repair: see {@link #buildZones});
 * {@link #close} drops that schema and nothing else.
 *
 * <p>Each rule becomes one query: the features of both sides in force at the horizon ({@code from_year}, {@code
 * until_year}) whose geometries intersect ({@code ST_Intersects} through the GiST index), the overlap with
 * {@code ST_Intersection}, touching-only pairs dropped ({@code ST_Area > 0} for two areas, otherwise an
 * interior–interior {@code ST_Relate}), clipped to the region, and the provinces by their share of the overlap. The
 * rest is done here as the embedded engine does it: one schuurpunt per rule and place (features declared the same
 * place, {@code sameAs}, count once; of two pairs for one place the one whose a, then b, comes first in the scenario
 * wins), slivers under 1 m² dropped, and the same order. The result is the same list of schuurpunten, with the
 * hectares equal to well within 0.01 % (GEOS and JTS share their overlay algorithm).
 *
 * <p>A row of a table layer is a feature of that layer: its id is the table's {@code id} column (or its single-column
 * primary key) and its geometry the named (or only) geometry column, projected to RD New by {@code ST_Transform}
 * (SRID 0 is taken to be RD New). A row whose id is that of a feature in the layer's file takes that feature's
 * properties; any other row takes those of the layer's first feature (its template): theme, horizon, until, tags,
 * category, basis and sources.
 *
 * <p>Not thread-safe: one engine, one connection, one thread.
 */
public final class PostgisEngine implements AnalysisEngine, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PostgisEngine.class.getName());
    private static final int RD = 28992;
    /** Orders the result as {@link SchuurpuntEngine} does. */
    private static final Comparator<Schuurpunt> ORDER = Comparator.comparingDouble(Schuurpunt::areaHa).reversed()
            .thenComparing(Comparator.comparingDouble(Schuurpunt::lengthKm).reversed())
            .thenComparing(Schuurpunt::key);

    private final Connection connection;
    private final String schema;
    private final Scenario scenario;
    private final Map<Long, Feature> features = new HashMap<>();
    private final Map<String, Layer> tableLayers = new HashMap<>();
    private final Map<String, String> placeOf = new HashMap<>();
    private final Set<String> knownIds = new HashSet<>();
    private final Set<Double> buffers = new TreeSet<>();
    private final List<SchuurpuntEngine.Unusable> unusable = new ArrayList<>();
    private final GeometryFactory factory = new GeometryFactory();
    private final Thread dropOnExit;
    private long loadMillis;
    private boolean closed;

    private PostgisEngine(Connection connection, String schema, Scenario scenario) {
        this.connection = connection;
        this.schema = schema;
        this.scenario = scenario;
        this.dropOnExit = new Thread(this::dropSchemaQuietly, "postgis-drop-" + schema);
    }

    /**
     * Connects, checks for PostGIS, creates this run's schema and loads the scenario into it.
     *
     * @param areas  the places a schuurpunt is said to lie in (e.g. the provinces)
     * @param tables layers read from tables in the database instead of from the scenario's files
     * @throws PostgisException the database cannot be reached, refuses the login, lacks PostGIS, misses a table or
     *                          fails otherwise; the message says so in the current language. Whatever was created is
     *                          dropped again.
     */
    public static PostgisEngine open(Database db, Scenario scenario, List<Area> areas, List<TableLayer> tables)
            throws PostgisException {
        for (TableLayer t : tables) {
            if (scenario.layer(t.layerId()).isEmpty()) {
                throw new PostgisException(Messages.get("postgis.unknownLayer", t.layerId(),
                        String.join(", ", scenario.layers().stream().map(Layer::id).toList())));
            }
        }
        Connection c = PostgisConnections.connect(db);
        PostgisEngine engine = null;
        boolean loaded = false;
        try {
            String postgisSchema = PostgisConnections.postgisSchema(c, db);
            String schema = "rv_run_" + Long.toHexString(System.currentTimeMillis()) + "_"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema); // fails when it exists: we only ever drop our own
            } catch (SQLException e) {
                throw new PostgisException(Messages.get("postgis.noSchema", db.displayUrl(), message(e)), e);
            }
            engine = new PostgisEngine(c, schema, scenario);
            Runtime.getRuntime().addShutdownHook(engine.dropOnExit);
            try (Statement st = c.createStatement()) {
                st.execute("SET search_path TO " + schema + ", " + quote(postgisSchema));
            }
            long start = System.nanoTime();
            engine.load(areas, tables);
            engine.loadMillis = (System.nanoTime() - start) / 1_000_000;
            loaded = true;
            return engine;
        } catch (SQLException e) {
            LOG.log(Level.FINE, "PostGIS engine could not load the scenario", e);
            throw new PostgisException(Messages.get("postgis.failed", message(e)), e);
        } finally {
            if (!loaded) {
                if (engine != null) {
                    engine.close(); // drops the schema it created
                } else {
                    closeQuietly(c);
                }
            }
        }
    }

    /** The schema this engine created (and drops on {@link #close}). */
    public String schema() {
        return schema;
    }

    /** How long loading the scenario took (features, tables, indexes and buffer zones), in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    @Override
    public List<SchuurpuntEngine.Unusable> unusable() {
        return List.copyOf(unusable);
    }

    /**
     * All schuurpunten at a horizon, optionally limited to a region, largest first; as {@link SchuurpuntEngine}.
     *
     * @throws PostgisFailure when a query fails (the connection is lost, the server runs out of space)
     */
    @Override
    public List<Schuurpunt> analyse(Horizon horizon, Optional<Geometry> regionRd) {
        try {
            return query(horizon, regionRd);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "PostGIS analysis failed", e);
            throw new PostgisFailure(Messages.get("postgis.failed", message(e)), e);
        }
    }

    /** Drops this run's schema (only that) and closes the connection. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        dropSchemaQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs or ran already
        }
        closeQuietly(connection);
    }

    private synchronized void dropSchemaQuietly() {
        try (Statement st = connection.createStatement()) {
            if (!connection.isClosed()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "could not drop schema " + schema, e);
        }
    }

    // ---------------------------------------------------------------------------------------------- loading

    private void load(List<Area> areas, List<TableLayer> tables) throws SQLException, PostgisException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE UNLOGGED TABLE feature (fid bigint PRIMARY KEY, ord bigint NOT NULL, id text NOT NULL,"
                    + " layer text NOT NULL, theme text NOT NULL, tags text[] NOT NULL, from_year integer NOT NULL,"
                    + " until_year integer, geom geometry(Geometry, " + RD + ") NOT NULL)");
            st.execute("CREATE UNLOGGED TABLE layer_feature (layer text NOT NULL, id text NOT NULL, theme text NOT NULL,"
                    + " tags text[] NOT NULL, from_year integer NOT NULL, until_year integer, PRIMARY KEY (layer, id))");
            st.execute("CREATE UNLOGGED TABLE area (idx integer PRIMARY KEY, name text NOT NULL, geom geometry(Geometry, "
                    + RD + ") NOT NULL)");
            st.execute("CREATE UNLOGGED TABLE zone (fid bigint NOT NULL, buffer double precision NOT NULL,"
                    + " geom geometry(Geometry, " + RD + ") NOT NULL)");
            st.execute("CREATE UNLOGGED TABLE region (g geometry(Geometry, " + RD + "))");
        }
        for (TableLayer t : tables) {
            tableLayers.put(t.layerId(), scenario.layer(t.layerId()).orElseThrow());
        }
        scenario.features().forEach(f -> {
            knownIds.add(f.id());
            f.sameAs().ifPresent(target -> placeOf.put(f.id(), target));
        });

        // the embedded engine's own projection, so both engines start from the same RD New coordinates
        SchuurpuntEngine projection = new SchuurpuntEngine(scenario, List.of());
        Set<String> unusableIds = new HashSet<>();
        for (SchuurpuntEngine.Unusable u : projection.unusable()) {
            unusableIds.add(u.featureId());
            if (scenario.feature(u.featureId()).map(f -> !tableLayers.containsKey(f.layerId())).orElse(true)) {
                unusable.add(u);
            }
        }
        long fid = 0;
        try (CopyWriter copy = new CopyWriter(connection,
                "COPY feature (fid, ord, id, layer, theme, tags, from_year, until_year, geom) FROM STDIN")) {
            List<Layer> layers = scenario.layers();
            for (int li = 0; li < layers.size(); li++) {
                Layer layer = layers.get(li);
                if (tableLayers.containsKey(layer.id())) {
                    continue;
                }
                List<Feature> fs = layer.features();
                for (int i = 0; i < fs.size(); i++) {
                    Feature f = fs.get(i);
                    if (unusableIds.contains(f.id())) {
                        continue;
                    }
                    fid++;
                    features.put(fid, f);
                    copy.row(Long.toString(fid), Long.toString(ord(li, i)), f.id(), f.layerId(), f.theme().id(),
                            CopyWriter.textArray(f.tags()), Integer.toString(f.horizon().year()),
                            f.until().map(h -> Integer.toString(h.year())).orElse(null),
                            ewkb(projection.rd(f)));
                }
            }
        }
        for (TableLayer t : tables) {
            fid = loadTable(t, fid);
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO area (idx, name, geom) VALUES (?, ?, ST_GeomFromWKB(?, " + RD + "))")) {
            for (int i = 0; i < areas.size(); i++) {
                ps.setInt(1, i);
                ps.setString(2, areas.get(i).name());
                ps.setBytes(3, new WKBWriter(2).write(areas.get(i).rd()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE INDEX feature_geom ON feature USING gist (geom)");
            st.execute("CREATE INDEX area_geom ON area USING gist (geom)");
            st.execute("ANALYZE feature");
            st.execute("ANALYZE area");
        }
        buildZones(projection);
    }

    private static long ord(int layerIndex, long indexInLayer) {
        return ((long) layerIndex << 32) + indexInLayer;
    }

    /** Copies a table's rows into {@code feature} on the server; returns the last fid used. */
    private long loadTable(TableLayer t, long lastFid) throws SQLException, PostgisException {
        Layer layer = tableLayers.get(t.layerId());
        if (layer.features().isEmpty()) {
            throw new PostgisException(Messages.get("postgis.layerWithoutTemplate", t.layerId()));
        }
        String[] qualified = qualifiedTable(t);
        String columnsSql = "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.atttypid = 'geometry'::regtype"
                + " FROM pg_attribute a WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
        List<String> columns = new ArrayList<>();
        List<String> geometryColumns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(columnsSql)) {
            ps.setString(1, qualified[0] + "." + qualified[1]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                    if (rs.getBoolean(3)) {
                        geometryColumns.add(rs.getString(1));
                    }
                }
            }
        }
        String geometry;
        if (t.geometryColumn().isPresent()) {
            geometry = t.geometryColumn().get();
            if (!geometryColumns.contains(geometry)) {
                throw new PostgisException(Messages.get("postgis.noSuchGeometryColumn", t.qualifiedName(), geometry,
                        geometryColumns.isEmpty() ? "-" : String.join(", ", geometryColumns)));
            }
        } else if (geometryColumns.size() == 1) {
            geometry = geometryColumns.get(0);
        } else {
            throw new PostgisException(Messages.get(geometryColumns.isEmpty() ? "postgis.noGeometryColumn"
                    : "postgis.severalGeometryColumns", t.qualifiedName(), String.join(", ", geometryColumns)));
        }
        String id = columns.contains("id") ? "id" : primaryKey(qualified).orElseThrow(() ->
                new PostgisException(Messages.get("postgis.noIdColumn", t.qualifiedName())));

        // the layer's file features: by id for the rows that are one of them, the first as template for the others
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO layer_feature (layer, id, theme, tags, from_year, until_year) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Feature f : layer.features()) {
                ps.setString(1, layer.id());
                ps.setString(2, f.id());
                ps.setString(3, f.theme().id());
                ps.setArray(4, texts(f.tags()));
                ps.setInt(5, f.horizon().year());
                setYear(ps, 6, f.until());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Feature template = layer.features().get(0);
        int layerIndex = scenario.layers().indexOf(layer);
        String g = "t." + quote(geometry);
        String rd = "ST_Force2D(CASE WHEN ST_SRID(" + g + ") IN (0, " + RD + ") THEN ST_SetSRID(" + g + ", " + RD
                + ") ELSE ST_Transform(" + g + ", " + RD + ") END)";
        String sql = "INSERT INTO feature (fid, ord, id, layer, theme, tags, from_year, until_year, geom)"
                + " SELECT ? + s.n, ? + s.n, s.id, ?, coalesce(lf.theme, ?), coalesce(lf.tags, ?), coalesce(lf.from_year, ?),"
                + " CASE WHEN lf.id IS NULL THEN ? ELSE lf.until_year END, s.g"
                + " FROM (SELECT row_number() OVER (ORDER BY t." + quote(id) + ") AS n, t." + quote(id) + "::text AS id,"
                + " " + valid("r.g") + " AS g"
                + " FROM " + qualified[0] + "." + qualified[1] + " t CROSS JOIN LATERAL (SELECT " + rd + " AS g) r"
                + " WHERE " + g + " IS NOT NULL AND NOT ST_IsEmpty(" + g + ")) s"
                + " LEFT JOIN layer_feature lf ON lf.layer = ? AND lf.id = s.id"
                + " WHERE NOT ST_IsEmpty(s.g)";
        long rows;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, lastFid);
            ps.setLong(2, ord(layerIndex, 0) - 1);
            ps.setString(3, layer.id());
            ps.setString(4, template.theme().id());
            ps.setArray(5, texts(template.tags()));
            ps.setInt(6, template.horizon().year());
            setYear(ps, 7, template.until());
            ps.setString(8, layer.id());
            rows = ps.executeLargeUpdate();
        } catch (SQLException e) {
            throw new PostgisException(Messages.get("postgis.tableFailed", t.qualifiedName(), message(e)), e);
        }
        // rows without a usable geometry: named, as the embedded engine names the features it cannot project
        String missing = "SELECT t." + quote(id) + "::text FROM " + qualified[0] + "." + qualified[1] + " t WHERE "
                + g + " IS NULL OR ST_IsEmpty(" + g + ") ORDER BY 1 LIMIT 1000";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(missing)) {
            while (rs.next()) {
                unusable.add(new SchuurpuntEngine.Unusable(rs.getString(1), Messages.get("postgis.unusable.noGeometry", t.qualifiedName())));
            }
        }
        return lastFid + rows;
    }

    /** The quoted schema and table name of an existing table, or a message that it does not exist. */
    private String[] qualifiedTable(TableLayer t) throws SQLException, PostgisException {
        String sql = "SELECT quote_ident(n.nspname), quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.oid = to_regclass(?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, quote(t.schema()) + "." + quote(t.table()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new PostgisException(Messages.get("postgis.noSuchTable", t.qualifiedName()));
                }
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private Optional<String> primaryKey(String[] qualified) throws SQLException {
        String sql = "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
                + " WHERE i.indrelid = ?::regclass AND i.indisprimary";
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, qualified[0] + "." + qualified[1]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys.size() == 1 ? Optional.of(keys.get(0)) : Optional.empty();
    }

    /**
     * One zone per b feature and buffer distance. For the scenario's own features the zone is made here exactly as the
     * embedded engine makes it (JTS buffer with 8 segments a quarter circle, repaired when invalid): GEOS's buffer
     * differs from JTS's in its simplification, a few square metres that matter where a buffer's edge cuts a small
     * overlap. For the rows of table layers, which stay on the server, {@code ST_Buffer} with the same parameters and
     * {@code ST_MakeValid} where it is invalid.
     */
    private void buildZones(SchuurpuntEngine projection) throws SQLException {
        Map<Double, List<Selector>> byBuffer = new LinkedHashMap<>();
        for (Rule r : scenario.rules()) {
            if (r.bufferMeters() > 0) {
                byBuffer.computeIfAbsent(r.bufferMeters(), k -> new ArrayList<>()).add(r.b());
            }
        }
        try (CopyWriter copy = new CopyWriter(connection, "COPY zone (fid, buffer, geom) FROM STDIN")) {
            for (Map.Entry<Long, Feature> f : features.entrySet()) {
                for (Map.Entry<Double, List<Selector>> e : byBuffer.entrySet()) {
                    if (e.getValue().stream().anyMatch(sel -> sel.matches(f.getValue()))) {
                        Geometry zone = projection.rd(f.getValue()).buffer(e.getKey(), 8);
                        copy.row(Long.toString(f.getKey()), Double.toString(e.getKey()),
                                ewkb(zone.isValid() ? zone : GeometryFixer.fix(zone)));
                    }
                }
            }
        }
        for (Map.Entry<Double, List<Selector>> e : byBuffer.entrySet()) {
            if (!tableLayers.isEmpty()) {
                StringBuilder where = new StringBuilder();
                for (int i = 0; i < e.getValue().size(); i++) {
                    where.append(i == 0 ? "" : " OR ").append(selector("t"));
                }
                String sql = "INSERT INTO zone (fid, buffer, geom) SELECT t.fid, ?, " + valid("ST_Buffer(t.geom, ?, 'quad_segs=8')")
                        + " FROM feature t WHERE t.layer = ANY (?) AND (" + where + ")";
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    ps.setDouble(1, e.getKey());
                    ps.setDouble(2, e.getKey());
                    ps.setArray(3, texts(tableLayers.keySet()));
                    int p = 4;
                    for (Selector s : e.getValue()) {
                        p = bindSelector(ps, p, s);
                    }
                    ps.executeUpdate();
                }
            }
            buffers.add(e.getKey());
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE INDEX zone_geom ON zone USING gist (geom)");
            st.execute("CREATE INDEX zone_fid ON zone (fid, buffer)");
            st.execute("ANALYZE zone");
        }
    }

    // --------------------------------------------------------------------------------------------- analysis

    private record Row(long a, long b, byte[] overlap, List<String> places) {
    }

    private List<Schuurpunt> query(Horizon horizon, Optional<Geometry> regionRd) throws SQLException {
        boolean region = regionRd.isPresent();
        try (Statement st = connection.createStatement()) {
            st.execute("TRUNCATE region");
        }
        if (region) {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO region (g) VALUES (ST_GeomFromWKB(?, " + RD + "))")) {
                ps.setBytes(1, new WKBWriter(2).write(regionRd.get()));
                ps.executeUpdate();
            }
        }
        List<Schuurpunt> out = new ArrayList<>();
        for (Rule rule : scenario.rules()) {
            List<Row> rows = pairs(rule, horizon, region);
            materialise(rows);
            Set<String> seen = new HashSet<>();
            for (Row row : rows) {
                Feature a = features.get(row.a());
                Feature b = features.get(row.b());
                String x = place(a.id());
                String y = place(b.id());
                String key = x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
                if (x.equals(y) || seen.contains(key)) {
                    continue;
                }
                Geometry overlap = read(row.overlap());
                if (overlap.isEmpty()) {
                    continue;
                }
                double areaHa = overlap.getDimension() == 2 ? overlap.getArea() / 10_000 : 0;
                double lengthKm = overlap.getDimension() == 1 ? overlap.getLength() / 1000 : 0;
                if (overlap.getDimension() == 2 && areaHa < 1e-4) {
                    continue; // numerical sliver
                }
                seen.add(key);
                out.add(new Schuurpunt(rule, a, b, horizon, overlap, areaHa, lengthKm, row.places()));
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** The rule's overlapping pairs at the horizon, in the order the embedded engine meets them (a, then b). */
    private List<Row> pairs(Rule rule, Horizon horizon, boolean region) throws SQLException {
        boolean buffered = rule.bufferMeters() > 0 && buffers.contains(rule.bufferMeters());
        String zone = buffered ? "z.geom" : "b.geom";
        String from = buffered
                ? "feature a JOIN zone z ON z.buffer = ? AND ST_Intersects(a.geom, z.geom) JOIN feature b ON b.fid = z.fid"
                : "feature a JOIN feature b ON ST_Intersects(a.geom, b.geom)";
        String size = "CASE ST_Dimension(q.ov) WHEN 2 THEN ST_Area(%1$s) WHEN 1 THEN ST_Length(%1$s) ELSE 1 END";
        String sql = "SELECT q.afid, q.bfid, ST_AsBinary(q.ov), pl.names FROM ("
                + " SELECT c.afid, c.bfid, c.aord, c.bord,"
                + (region ? " ST_Intersection(c.ov, (SELECT g FROM region)) AS ov" : " c.ov")
                + " FROM (SELECT a.fid AS afid, b.fid AS bfid, a.ord AS aord, b.ord AS bord, a.geom AS ag, " + zone + " AS zg,"
                + " ST_Intersection(a.geom, " + zone + ") AS ov"
                + " FROM " + from
                + " WHERE a.fid <> b.fid AND " + inForce("a") + " AND " + selector("a") + " AND " + inForce("b") + " AND " + selector("b")
                + (region ? " AND ST_Intersects(a.geom, (SELECT g FROM region)) AND ST_Intersects(b.geom, (SELECT g FROM region))" : "")
                + " OFFSET 0) c"
                + " WHERE CASE WHEN ST_Dimension(c.ag) = 2 AND ST_Dimension(c.zg) = 2 THEN ST_Area(c.ov) > 0"
                + " ELSE ST_Relate(c.ag, c.zg, 'T********') END"
                + " OFFSET 0) q"
                + " CROSS JOIN LATERAL (SELECT array_agg(s.name ORDER BY s.share DESC, s.first) AS names FROM ("
                + " SELECT ar.name, sum(CASE WHEN ST_ContainsProperly(ar.geom, q.ov) THEN " + String.format(Locale.ROOT, size, "q.ov")
                + " ELSE " + String.format(Locale.ROOT, size, "ST_Intersection(q.ov, ar.geom)") + " END) AS share, min(ar.idx) AS first"
                + " FROM area ar WHERE ST_Intersects(ar.geom, q.ov) GROUP BY ar.name) s WHERE s.share > 0) pl"
                + " ORDER BY q.aord, q.bord";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int p = 1;
            if (buffered) {
                ps.setDouble(p++, rule.bufferMeters());
            }
            p = bindInForce(ps, p, horizon);
            p = bindSelector(ps, p, rule.a());
            p = bindInForce(ps, p, horizon);
            bindSelector(ps, p, rule.b());
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array names = rs.getArray(4);
                    List<String> places = names == null ? List.of() : List.of((String[]) names.getArray());
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getBytes(3), places));
                }
            }
        }
        return rows;
    }

    /** Makes the features of table rows that are not known yet, from the database's geometry and their layer. */
    private void materialise(List<Row> rows) throws SQLException {
        Set<Long> wanted = new TreeSet<>();
        for (Row r : rows) {
            if (!features.containsKey(r.a())) {
                wanted.add(r.a());
            }
            if (!features.containsKey(r.b())) {
                wanted.add(r.b());
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT fid, id, layer, ST_AsBinary(geom) FROM feature WHERE fid = ANY (?)")) {
            ps.setArray(1, connection.createArrayOf("bigint", wanted.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    features.put(rs.getLong(1), tableFeature(rs.getString(2), tableLayers.get(rs.getString(3)), read(rs.getBytes(4))));
                }
            }
        }
    }

    private Feature tableFeature(String id, Layer layer, Geometry rd) {
        Geometry lonLat = RdNew.toWgs84(rd);
        for (Feature f : layer.features()) {
            if (f.id().equals(id)) {
                return f.toBuilder().geometry(lonLat).build();
            }
        }
        Feature template = layer.features().get(0);
        return template.toBuilder().id(id).label(template.label() + " " + id).sameAs(null).geometry(lonLat).build();
    }

    /** As the embedded engine: the feature standing for the place of {@code id} (following sameAs). */
    private String place(String id) {
        String current = id;
        for (int steps = 0; steps < 16; steps++) {
            String next = placeOf.get(current);
            if (next == null || !knownIds.contains(next)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    // ----------------------------------------------------------------------------------------------- SQL bits

    private static String inForce(String t) {
        return "(" + t + ".from_year <= ? AND (" + t + ".until_year IS NULL OR ? <= " + t + ".until_year))";
    }

    private static int bindInForce(PreparedStatement ps, int p, Horizon h) throws SQLException {
        ps.setInt(p, h.year());
        ps.setInt(p + 1, h.year());
        return p + 2;
    }

    /** {@link Selector#matches} in SQL: in a layer, of a theme, a named feature or with a tag; none of the excluded tags. */
    private static String selector(String t) {
        return "((" + t + ".layer = ANY (?) OR " + t + ".theme = ANY (?) OR " + t + ".id = ANY (?) OR " + t + ".tags && ?)"
                + " AND NOT " + t + ".tags && ?)";
    }

    private int bindSelector(PreparedStatement ps, int p, Selector s) throws SQLException {
        ps.setArray(p, texts(s.layers()));
        ps.setArray(p + 1, texts(s.themes().stream().map(Theme::id).toList()));
        ps.setArray(p + 2, texts(s.features()));
        ps.setArray(p + 3, texts(s.tags()));
        ps.setArray(p + 4, texts(s.exceptTags()));
        return p + 5;
    }

    /** The geometry, or {@code ST_MakeValid} of it when it is invalid (where JTS's GeometryFixer would repair). */
    private static String valid(String g) {
        return "(SELECT CASE WHEN ST_IsValid(v.g) THEN v.g ELSE ST_MakeValid(v.g, 'method=structure') END FROM (SELECT " + g + " AS g) v)";
    }

    private Array texts(java.util.Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", new TreeSet<>(values).toArray());
    }

    private static void setYear(PreparedStatement ps, int p, Optional<Horizon> h) throws SQLException {
        if (h.isPresent()) {
            ps.setInt(p, h.get().year());
        } else {
            ps.setNull(p, Types.INTEGER);
        }
    }

    private static String ewkb(Geometry rd) {
        Geometry g = rd.copy();
        g.setSRID(RD);
        return WKBWriter.toHex(new WKBWriter(2, true).write(g));
    }

    private Geometry read(byte[] wkb) {
        try {
            return new WKBReader(factory).read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB", e);
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String message(SQLException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.strip();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing the connection", e);
        }
    }
}

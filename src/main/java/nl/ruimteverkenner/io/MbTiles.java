package nl.ruimteverkenner.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import nl.ruimteverkenner.i18n.Messages;

/**
 * A package of map tiles in one MBTiles file (SQLite, MBTiles 1.3): a {@code metadata} table (name, format,
 * bounds, minzoom, maxzoom, attribution ...) and a {@code tiles} table with a unique index on zoom, column
 * and row. Rows are numbered TMS-style (row 0 at the south), so {@link #get} and {@link #putAll} flip the XYZ
 * {@code y}. Every write is one transaction: a package is never half-written, and tiles already there are
 * kept (so a download can be resumed). Thread-safe (one connection, synchronised).
 */
public final class MbTiles implements AutoCloseable {
    /** A tile in XYZ numbering (y downwards) and its image bytes. */
    public record Tile(int z, long x, long y, byte[] data) {
    }

    private final Path file;
    private final Connection db;

    private MbTiles(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /**
     * Opens a package, creating the file and its tables when it does not exist yet.
     *
     * @throws IOException with a Dutch message when the file is not a usable MBTiles package
     */
    public static MbTiles open(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Connection c = null;
        try {
            Properties p = new Properties();
            p.setProperty("busy_timeout", "5000");
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("CREATE TABLE IF NOT EXISTS metadata (name TEXT NOT NULL, value TEXT)");
                st.executeUpdate("CREATE UNIQUE INDEX IF NOT EXISTS metadata_name ON metadata (name)");
                st.executeUpdate("CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER NOT NULL, "
                        + "tile_column INTEGER NOT NULL, tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL)");
                st.executeUpdate("CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row)");
            }
            return new MbTiles(file, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IOException(Messages.get("mbtiles.unusable", file.getFileName(), e.getMessage()), e);
        }
    }

    public Path file() {
        return file;
    }

    /** TMS row of an XYZ tile row. */
    public static long tmsRow(int z, long y) {
        return (1L << z) - 1 - y;
    }

    /** The tile at XYZ {@code z/x/y}, if the package has it. */
    public synchronized Optional<byte[]> get(int z, long x, long y) throws IOException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")) {
            ps.setInt(1, z);
            ps.setLong(2, x);
            ps.setLong(3, tmsRow(z, y));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IOException(Messages.get("mbtiles.read", file.getFileName(), e.getMessage()), e);
        }
    }

    /** Whether the package has the tile at XYZ {@code z/x/y}. */
    public synchronized boolean contains(int z, long x, long y) throws IOException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT 1 FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")) {
            ps.setInt(1, z);
            ps.setLong(2, x);
            ps.setLong(3, tmsRow(z, y));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IOException(Messages.get("mbtiles.read", file.getFileName(), e.getMessage()), e);
        }
    }

    /** Stores tiles in one transaction; a tile already in the package is kept. Returns how many were added. */
    public synchronized int putAll(List<Tile> tiles) throws IOException {
        if (tiles.isEmpty()) {
            return 0;
        }
        try {
            db.setAutoCommit(false);
            int added = 0;
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT OR IGNORE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)")) {
                for (Tile t : tiles) {
                    ps.setInt(1, t.z());
                    ps.setLong(2, t.x());
                    ps.setLong(3, tmsRow(t.z(), t.y()));
                    ps.setBytes(4, t.data());
                    added += ps.executeUpdate();
                }
            }
            db.commit();
            return added;
        } catch (SQLException e) {
            rollback();
            throw new IOException(Messages.get("mbtiles.write", file.getFileName(), e.getMessage()), e);
        } finally {
            autoCommit();
        }
    }

    /** The metadata table as name → value. */
    public synchronized Map<String, String> metadata() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT name, value FROM metadata")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw new IOException(Messages.get("mbtiles.read", file.getFileName(), e.getMessage()), e);
        }
    }

    /** Sets metadata values (replacing those with the same name) in one transaction. */
    public synchronized void putMetadata(Map<String, String> values) throws IOException {
        try {
            db.setAutoCommit(false);
            try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.executeUpdate();
                }
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw new IOException(Messages.get("mbtiles.write", file.getFileName(), e.getMessage()), e);
        } finally {
            autoCommit();
        }
    }

    /** How many tiles the package holds (all zoom levels). */
    public synchronized long count() throws IOException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM tiles")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IOException(Messages.get("mbtiles.read", file.getFileName(), e.getMessage()), e);
        }
    }

    /** How many tiles share one position (0 in a sound package: the unique index forbids it). */
    public synchronized long duplicates() throws IOException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM (SELECT 1 FROM tiles GROUP BY zoom_level, tile_column, tile_row HAVING count(*) > 1)")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IOException(Messages.get("mbtiles.read", file.getFileName(), e.getMessage()), e);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the transaction is gone with the failure
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; the next call reports it
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(db);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
        }
    }
}

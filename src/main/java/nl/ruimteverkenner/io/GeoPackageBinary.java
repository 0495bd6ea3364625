package nl.ruimteverkenner.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;
import nl.ruimteverkenner.i18n.Messages;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The GeoPackage geometry blob (OGC GeoPackage 1.3, clause 2.1.3): a header (magic {@code GP}, version 0,
 * flags, srs id, optional envelope) followed by standard WKB. Encodes with an xy envelope in little-endian
 * order, as GDAL writes it; decodes any standard (not extended) blob.
 */
public final class GeoPackageBinary {
    /** Flags bit 0: header numbers are little-endian. */
    private static final int LITTLE_ENDIAN = 0x01;
    /** Flags bits 1-3 = 1: envelope [minx, maxx, miny, maxy]. */
    private static final int ENVELOPE_XY = 0x02;
    /** Flags bit 4: the geometry is empty. */
    private static final int EMPTY = 0x10;
    /** Flags bit 5: an extended (non-standard) geometry type. */
    private static final int EXTENDED = 0x20;

    private GeoPackageBinary() {
    }

    /** The blob of a 2D geometry in coordinate system {@code srsId}; an empty geometry gets the empty flag. */
    public static byte[] encode(Geometry g, int srsId) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
        boolean empty = g.isEmpty();
        ByteBuffer buf = ByteBuffer.allocate(8 + (empty ? 0 : 32) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put((byte) 'G').put((byte) 'P').put((byte) 0);
        buf.put((byte) (LITTLE_ENDIAN | (empty ? EMPTY : ENVELOPE_XY)));
        buf.putInt(srsId);
        if (!empty) {
            Envelope e = g.getEnvelopeInternal();
            buf.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        buf.put(wkb);
        return buf.array();
    }

    /** A blob as JTS geometry; empty for a null or empty geometry. */
    public static Optional<Geometry> decode(byte[] blob, WKBReader wkb) throws ParseException {
        if (blob == null) {
            return Optional.empty();
        }
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new ParseException(Messages.get("gpkg.geometry.noHeader"));
        }
        int flags = blob[3];
        if ((flags & EXTENDED) != 0) {
            throw new ParseException(Messages.get("gpkg.geometry.extended"));
        }
        boolean empty = (flags & EMPTY) != 0;
        int offset = 8 + envelopeBytes((flags >> 1) & 0x07);
        if (empty || offset >= blob.length) {
            return Optional.empty();
        }
        Geometry g = wkb.read(Arrays.copyOfRange(blob, offset, blob.length));
        return g.isEmpty() ? Optional.empty() : Optional.of(g);
    }

    /** The srs id stored in a blob's header. */
    static int srsId(byte[] blob) {
        ByteOrder order = (blob[3] & LITTLE_ENDIAN) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        return ByteBuffer.wrap(blob, 4, 4).order(order).getInt();
    }

    /** The envelope stored in a blob's header, or empty when it has none. */
    static Optional<Envelope> envelope(byte[] blob) {
        int code = (blob[3] >> 1) & 0x07;
        if (code == 0) {
            return Optional.empty();
        }
        ByteOrder order = (blob[3] & LITTLE_ENDIAN) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer b = ByteBuffer.wrap(blob, 8, 32).order(order);
        double minX = b.getDouble();
        double maxX = b.getDouble();
        double minY = b.getDouble();
        double maxY = b.getDouble();
        return Optional.of(new Envelope(minX, maxX, minY, maxY));
    }

    private static int envelopeBytes(int code) throws ParseException {
        return switch (code) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new ParseException(Messages.get("gpkg.geometry.envelope", code));
        };
    }
}

package nl.ruimteverkenner.io.imports;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the geometry records of an Esri Shapefile's main file ({@code .shp}, ESRI Shapefile Technical Description,
 * 1998) as a stream: a 100-byte header (file code 9994, big-endian length, little-endian version 1000, shape type and
 * bounding box), then records of a big-endian number and length and a little-endian shape. Points, multipoints,
 * polylines and polygons are read in their plain, Z and M variants; Z and M values are skipped (the record length
 * says how many bytes follow). Polygon rings are grouped as the format defines: clockwise rings are shells, the
 * counter-clockwise rings after them holes of the shell that contains them. A null shape gives null.
 */
final class ShpReader implements AutoCloseable {
    /** Thrown for a file that is not a shapefile or is cut off; the message is a short English reason. */
    static final class FormatException extends IOException {
        private static final long serialVersionUID = 1L;

        FormatException(String reason) {
            super(reason);
        }
    }

    private final DataInputStream in;
    private final GeometryFactory gf = new GeometryFactory();
    private final int shapeType;
    private final Envelope bounds;
    private final long fileBytes;
    private long read = 100;

    ShpReader(InputStream raw) throws IOException {
        this.in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        byte[] header = new byte[100];
        try {
            in.readFully(header);
        } catch (EOFException e) {
            throw new FormatException("header shorter than 100 bytes");
        }
        ByteBuffer big = ByteBuffer.wrap(header).order(ByteOrder.BIG_ENDIAN);
        if (big.getInt(0) != 9994) {
            throw new FormatException("file code is not 9994");
        }
        fileBytes = big.getInt(24) * 2L;
        ByteBuffer little = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        if (little.getInt(28) != 1000) {
            throw new FormatException("version is not 1000");
        }
        shapeType = little.getInt(32);
        bounds = new Envelope(little.getDouble(36), little.getDouble(52), little.getDouble(44), little.getDouble(60));
    }

    /** The shape type the header declares (1 point, 3 polyline, 5 polygon, 8 multipoint; +10 Z, +20 M). */
    int shapeType() {
        return shapeType;
    }

    /** The bounding box the header declares. */
    Envelope bounds() {
        return bounds;
    }

    /** Whether another record follows. */
    boolean hasNext() {
        return read + 8 <= fileBytes;
    }

    /** The next record's geometry, null for a null shape. */
    Geometry next() throws IOException {
        int contentBytes;
        try {
            in.readInt(); // record number, big-endian
            contentBytes = in.readInt() * 2;
        } catch (EOFException e) {
            throw new FormatException("file ends inside a record header");
        }
        if (contentBytes < 4 || read + 8 + contentBytes > fileBytes) {
            throw new FormatException("record length " + contentBytes + " runs past the end of the file");
        }
        byte[] content = new byte[contentBytes];
        try {
            in.readFully(content);
        } catch (EOFException e) {
            throw new FormatException("file is shorter than its header says");
        }
        read += 8 + contentBytes;
        ByteBuffer b = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int type = b.getInt();
        try {
            return switch (type) {
                case 0 -> null;
                case 1, 11, 21 -> gf.createPoint(new Coordinate(b.getDouble(), b.getDouble()));
                case 8, 18, 28 -> multiPoint(b);
                case 3, 13, 23 -> lines(b);
                case 5, 15, 25 -> polygons(b);
                default -> throw new FormatException("shape type " + type + " is not supported");
            };
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw new FormatException("record of type " + type + " is damaged");
        }
    }

    private Geometry multiPoint(ByteBuffer b) {
        b.position(b.position() + 32); // box
        int n = b.getInt();
        Point[] pts = new Point[n];
        for (int i = 0; i < n; i++) {
            pts[i] = gf.createPoint(new Coordinate(b.getDouble(), b.getDouble()));
        }
        return gf.createMultiPoint(pts);
    }

    private List<Coordinate[]> parts(ByteBuffer b) {
        b.position(b.position() + 32); // box
        int numParts = b.getInt();
        int numPoints = b.getInt();
        if (numParts < 0 || numPoints < 0 || numParts > numPoints) {
            throw new IllegalArgumentException("bad counts");
        }
        int[] starts = new int[numParts + 1];
        for (int i = 0; i < numParts; i++) {
            starts[i] = b.getInt();
        }
        starts[numParts] = numPoints;
        List<Coordinate[]> out = new ArrayList<>();
        for (int p = 0; p < numParts; p++) {
            int n = starts[p + 1] - starts[p];
            if (n < 0) {
                throw new IllegalArgumentException("bad part index");
            }
            Coordinate[] cs = new Coordinate[n];
            for (int i = 0; i < n; i++) {
                cs[i] = new Coordinate(b.getDouble(), b.getDouble());
            }
            out.add(cs);
        }
        return out;
    }

    private Geometry lines(ByteBuffer b) {
        List<LineString> ls = new ArrayList<>();
        for (Coordinate[] cs : parts(b)) {
            if (cs.length >= 2) {
                ls.add(gf.createLineString(cs));
            }
        }
        return ls.size() == 1 ? ls.get(0) : gf.createMultiLineString(ls.toArray(LineString[]::new));
    }

    private Geometry polygons(ByteBuffer b) {
        List<LinearRing> shells = new ArrayList<>();
        List<List<LinearRing>> holes = new ArrayList<>();
        List<LinearRing> orphans = new ArrayList<>();
        for (Coordinate[] cs : parts(b)) {
            if (cs.length == 0) {
                continue;
            }
            if (!cs[0].equals2D(cs[cs.length - 1])) {
                Coordinate[] closed = java.util.Arrays.copyOf(cs, cs.length + 1);
                closed[cs.length] = new Coordinate(cs[0]);
                cs = closed;
            }
            if (cs.length < 4) {
                continue;
            }
            LinearRing ring = gf.createLinearRing(cs);
            if (!Orientation.isCCW(cs)) {
                shells.add(ring);
                holes.add(new ArrayList<>());
            } else {
                orphans.add(ring);
            }
        }
        for (LinearRing hole : orphans) {
            int owner = -1;
            for (int i = 0; i < shells.size() && owner < 0; i++) {
                if (shells.get(i).getEnvelopeInternal().covers(hole.getEnvelopeInternal())
                        && PointLocation.isInRing(hole.getCoordinateN(0), shells.get(i).getCoordinates())) {
                    owner = i;
                }
            }
            if (owner >= 0) {
                holes.get(owner).add(hole);
            } else {
                // a counter-clockwise ring outside every shell: written by a program that ignores orientation
                shells.add(hole);
                holes.add(new ArrayList<>());
            }
        }
        Polygon[] polys = new Polygon[shells.size()];
        for (int i = 0; i < polys.length; i++) {
            polys[i] = gf.createPolygon(shells.get(i), holes.get(i).toArray(LinearRing[]::new));
        }
        return polys.length == 1 ? polys[0] : gf.createMultiPolygon(polys);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

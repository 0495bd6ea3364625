package nl.ruimteverkenner.geo;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Coordinates;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Builds coordinate sequences that keep a line's or ring's vertices in one array of doubles: x and y only unless the
 * input carries a z or m, so 16 bytes a vertex instead of about 48 for JTS's default object per vertex. Unlike JTS's
 * own packed sequence, no array of {@link Coordinate} objects is cached once an operation asked for one (that cache
 * lives as long as the heap has room, which undoes the saving): every call gets a fresh array. So a sequence's
 * coordinates cannot be changed through the objects it hands out; use {@link CoordinateSequence#setOrdinate}.
 * Geometries built with a factory using this one pass it on to the results of JTS operations on them.
 */
public final class CompactCoordinates extends PackedCoordinateSequenceFactory {
    /** The one instance. */
    public static final CompactCoordinates FACTORY = new CompactCoordinates();

    private CompactCoordinates() {
        super(DOUBLE);
    }

    @Override
    public CoordinateSequence create(Coordinate[] coordinates) {
        if (coordinates == null || coordinates.length == 0 || coordinates[0] == null) {
            return new Sequence(new double[0], 2, 0);
        }
        Coordinate first = coordinates[0];
        int measures = Coordinates.measures(first);
        int dimension = Double.isNaN(first.getZ()) && measures == 0 ? 2 : Coordinates.dimension(first);
        return new Sequence(coordinates, dimension, measures);
    }

    @Override
    public CoordinateSequence create(CoordinateSequence seq) {
        int dimension = seq.hasZ() || seq.hasM() ? seq.getDimension() : 2;
        int measures = seq.hasM() ? seq.getMeasures() : 0;
        Sequence out = new Sequence(seq.size(), dimension, measures);
        for (int i = 0; i < seq.size(); i++) {
            for (int o = 0; o < dimension; o++) {
                out.setOrdinate(i, o, seq.getOrdinate(i, o));
            }
        }
        return out;
    }

    @Override
    public CoordinateSequence create(double[] packedCoordinates, int dimension) {
        return new Sequence(packedCoordinates, dimension, 0);
    }

    @Override
    public CoordinateSequence create(double[] packedCoordinates, int dimension, int measures) {
        return new Sequence(packedCoordinates, dimension, measures);
    }

    @Override
    public CoordinateSequence create(float[] packedCoordinates, int dimension) {
        return create(packedCoordinates, dimension, 0);
    }

    @Override
    public CoordinateSequence create(float[] packedCoordinates, int dimension, int measures) {
        double[] d = new double[packedCoordinates.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = packedCoordinates[i];
        }
        return new Sequence(d, dimension, measures);
    }

    @Override
    public CoordinateSequence create(int size, int dimension) {
        return new Sequence(size, dimension, Math.max(0, dimension - 3));
    }

    @Override
    public CoordinateSequence create(int size, int dimension, int measures) {
        return new Sequence(size, dimension, measures);
    }

    /** A packed sequence of doubles that hands out fresh coordinates and caches none. */
    static final class Sequence extends PackedCoordinateSequence.Double {
        private static final long serialVersionUID = 1L;

        Sequence(double[] coords, int dimension, int measures) {
            super(coords, dimension, measures);
        }

        Sequence(Coordinate[] coordinates, int dimension, int measures) {
            super(coordinates, dimension, measures);
        }

        Sequence(int size, int dimension, int measures) {
            super(size, dimension, measures);
        }

        @Override
        public Coordinate[] toCoordinateArray() {
            Coordinate[] out = new Coordinate[size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = getCoordinateInternal(i);
            }
            return out;
        }

        @Override
        public Sequence copy() {
            double[] raw = getRawCoordinates();
            return new Sequence(Arrays.copyOf(raw, raw.length), dimension, measures);
        }

        @Override
        @Deprecated
        public Object clone() {
            return copy();
        }
    }
}

package nl.ruimteverkenner.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The coordinates of a GeoJSON geometry as read, without a JSON tree: a position is two doubles, and an
 * array of positions (a line, a ring) is one packed {@code double[]}, so a layer of millions of points
 * streams from the parser into JTS without an object per number. Anything that is not a position or an
 * array of them is kept as a small {@link JsonNode} so problems can quote it.
 */
sealed interface GeoCoords {
    /** An array whose first two elements are numbers (further ordinates are ignored). */
    record Pos(double x, double y) implements GeoCoords {
    }

    /** A non-empty array of positions, packed as x0, y0, x1, y1, ... */
    record PosList(double[] xy, int size) implements GeoCoords {
    }

    /** Any other array. */
    record Arr(List<GeoCoords> items) implements GeoCoords {
    }

    /** A value that is not an array (a number, a string, an object, ...). */
    record Other(JsonNode node) implements GeoCoords {
    }

    /** Whether the value is a JSON array. */
    static boolean isArray(GeoCoords c) {
        return !(c instanceof Other);
    }

    /** The number of elements of an array value. */
    static int size(GeoCoords c) {
        if (c instanceof Pos) {
            return 2;
        } else if (c instanceof PosList l) {
            return l.size();
        } else if (c instanceof Arr a) {
            return a.items().size();
        }
        return ((Other) c).node().size();
    }

    /** Element {@code i} of an array value. */
    static GeoCoords get(GeoCoords c, int i) {
        if (c instanceof Pos p) {
            return new Other(JsonNodeFactory.instance.numberNode(i == 0 ? p.x() : p.y()));
        } else if (c instanceof PosList l) {
            return new Pos(l.xy()[2 * i], l.xy()[2 * i + 1]);
        } else if (c instanceof Arr a) {
            return a.items().get(i);
        }
        return new Other(((Other) c).node().get(i));
    }

    /** At most about 40 characters of the value as JSON, for a problem message. */
    static String describe(GeoCoords c) {
        StringBuilder sb = new StringBuilder();
        append(c, sb);
        return sb.length() > 40 ? sb.substring(0, 37) + "..." : sb.toString();
    }

    private static void append(GeoCoords c, StringBuilder sb) {
        if (sb.length() > 40) {
            return;
        }
        if (c instanceof Pos p) {
            sb.append('[').append(num(p.x())).append(',').append(num(p.y())).append(']');
        } else if (c instanceof PosList l) {
            sb.append('[');
            for (int i = 0; i < l.size() && sb.length() <= 40; i++) {
                sb.append(i == 0 ? "" : ",").append('[').append(num(l.xy()[2 * i])).append(',')
                        .append(num(l.xy()[2 * i + 1])).append(']');
            }
            sb.append(']');
        } else if (c instanceof Arr a) {
            sb.append('[');
            for (int i = 0; i < a.items().size() && sb.length() <= 40; i++) {
                sb.append(i == 0 ? "" : ",");
                append(a.items().get(i), sb);
            }
            sb.append(']');
        } else {
            sb.append(((Other) c).node().toString());
        }
    }

    private static String num(double v) {
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }

    /** The coordinates of a JSON tree value. */
    static GeoCoords fromNode(JsonNode n) {
        if (!n.isArray()) {
            return new Other(n);
        }
        if (n.size() >= 2 && n.get(0).isNumber() && n.get(1).isNumber()) {
            return new Pos(n.get(0).doubleValue(), n.get(1).doubleValue());
        }
        List<GeoCoords> items = new ArrayList<>(n.size());
        n.forEach(e -> items.add(fromNode(e)));
        return pack(items);
    }

    private static GeoCoords pack(List<GeoCoords> items) {
        if (items.isEmpty() || !items.stream().allMatch(i -> i instanceof Pos)) {
            return new Arr(items);
        }
        double[] xy = new double[items.size() * 2];
        for (int i = 0; i < items.size(); i++) {
            Pos p = (Pos) items.get(i);
            xy[2 * i] = p.x();
            xy[2 * i + 1] = p.y();
        }
        return new PosList(xy, items.size());
    }

    /** Reads the value at the parser's current token (consumed entirely) without building a tree of numbers. */
    static GeoCoords read(JsonParser p, ObjectMapper mapper) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return new Other(mapper.readTree(p));
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return readNumberArray(p, mapper);
        }
        double[] xy = new double[16];
        int n = 0;
        List<GeoCoords> items = null;
        for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
            GeoCoords item = read(p, mapper);
            if (items == null && item instanceof Pos pos) {
                if (2 * n + 2 > xy.length) {
                    xy = Arrays.copyOf(xy, xy.length * 2);
                }
                xy[2 * n] = pos.x();
                xy[2 * n + 1] = pos.y();
                n++;
            } else {
                if (items == null) {
                    items = new ArrayList<>(n + 1);
                    for (int i = 0; i < n; i++) {
                        items.add(new Pos(xy[2 * i], xy[2 * i + 1]));
                    }
                    xy = null;
                }
                items.add(item);
            }
        }
        if (items != null) {
            return new Arr(items);
        }
        return n == 0 ? new Arr(List.of()) : new PosList(xy.length == 2 * n ? xy : Arrays.copyOf(xy, 2 * n), n);
    }

    /** An array that starts with a number (the parser is on it): a position, or a short/odd array kept as items. */
    private static GeoCoords readNumberArray(JsonParser p, ObjectMapper mapper) throws IOException {
        // a position is read straight from the parser; a tree node is made only for an array that is not one
        double x = p.getDoubleValue();
        Number first = p.getNumberValue();
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double y = p.getDoubleValue();
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                p.skipChildren();
            }
            return new Pos(x, y);
        }
        List<GeoCoords> items = new ArrayList<>(2);
        items.add(new Other(numberNode(first)));
        for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
            items.add(read(p, mapper));
        }
        return new Arr(items);
    }

    /** The tree node Jackson would have made for a number the parser read. */
    private static JsonNode numberNode(Number n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof Integer i) {
            return f.numberNode(i);
        } else if (n instanceof Long l) {
            return f.numberNode(l);
        } else if (n instanceof java.math.BigInteger b) {
            return f.numberNode(b);
        } else if (n instanceof java.math.BigDecimal d) {
            return f.numberNode(d);
        } else if (n instanceof Float fl) {
            return f.numberNode(fl);
        }
        return f.numberNode(n.doubleValue());
    }

    /** The small fields of a geometry object (its type), its coordinates and its member geometries. */
    final class GeoObject {
        final ObjectNode fields;
        final GeoCoords coordinates;
        /** Member geometries (each a {@link GeoObject} or a {@link JsonNode}), or null when not an array. */
        final List<Object> geometries;

        GeoObject(ObjectNode fields, GeoCoords coordinates, List<Object> geometries) {
            this.fields = fields;
            this.coordinates = coordinates;
            this.geometries = geometries;
        }

        /** A geometry object from a JSON tree. */
        static GeoObject fromNode(JsonNode n) {
            ObjectNode fields = JsonNodeFactory.instance.objectNode();
            if (n.has(ScenarioKeys.GeoJson.TYPE)) {
                fields.set(ScenarioKeys.GeoJson.TYPE, n.get(ScenarioKeys.GeoJson.TYPE));
            }
            JsonNode c = n.get(ScenarioKeys.GeoJson.COORDINATES);
            JsonNode g = n.get(ScenarioKeys.GeoJson.GEOMETRIES);
            List<Object> members = null;
            if (g != null && g.isArray()) {
                members = new ArrayList<>();
                for (JsonNode e : g) {
                    members.add(e.isObject() ? fromNode(e) : e);
                }
            } else if (g != null) {
                fields.set(ScenarioKeys.GeoJson.GEOMETRIES, g);
            }
            return new GeoObject(fields, c == null || c.isNull() ? null : GeoCoords.fromNode(c), members);
        }

        /** Reads the geometry object the parser is on (START_OBJECT), consuming it. */
        static GeoObject read(JsonParser p, ObjectMapper mapper) throws IOException {
            ObjectNode fields = JsonNodeFactory.instance.objectNode();
            GeoCoords coords = null;
            List<Object> members = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case ScenarioKeys.GeoJson.TYPE -> fields.set(name, mapper.readTree(p));
                    case ScenarioKeys.GeoJson.COORDINATES -> coords = t == JsonToken.VALUE_NULL ? null : GeoCoords.read(p, mapper);
                    case ScenarioKeys.GeoJson.GEOMETRIES -> {
                        if (t == JsonToken.START_ARRAY) {
                            members = new ArrayList<>();
                            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                                members.add(e == JsonToken.START_OBJECT ? read(p, mapper) : mapper.readTree(p));
                            }
                        } else {
                            fields.set(name, mapper.readTree(p));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new GeoObject(fields, coords, members);
        }
    }
}

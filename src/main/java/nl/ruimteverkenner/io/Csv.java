package nl.ruimteverkenner.io;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CSV as Dutch spreadsheet programs expect it: semicolons, decimal commas, UTF-8 with a byte-order mark,
 * CRLF line ends. Every text field is quoted, and text a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading single quote, as OWASP recommends against CSV
 * injection.
 */
public final class Csv {
    private Csv() {
    }

    /** The file: header and rows, each cell through {@link #cell(Object)}. */
    public static byte[] write(List<String> header, List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(header.stream().map(Csv::name).collect(Collectors.joining(";"))).append("\r\n");
        for (List<Object> row : rows) {
            sb.append(row.stream().map(Csv::cell).collect(Collectors.joining(";"))).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One cell: nothing for null, a number with a decimal comma, a whole number as is, anything else as
     * neutralised, quoted text (lists and maps flattened by {@link #flat(Object)}).
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ',') : "";
        }
        return text(flat(value));
    }

    /** A column name: as is when it is plain (letters, digits, spaces, dots, dashes), else as text. */
    private static String name(String s) {
        return s.matches("[\\p{L}][\\p{L}\\p{N} ._-]*") ? s : text(s);
    }

    /** One text field: neutralised when it could start a formula, quoted, inner quotes doubled. */
    public static String text(String s) {
        String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /**
     * A value as one line of text, for a CSV cell or a GeoPackage text column: a list joined with ", ", a map
     * as "key: value; key: value", null as empty.
     */
    public static String flat(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> l) {
            return l.stream().map(Csv::flat).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ": " + flat(e.getValue())).collect(Collectors.joining("; "));
        }
        return value.toString();
    }
}

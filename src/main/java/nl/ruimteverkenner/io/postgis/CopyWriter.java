package nl.ruimteverkenner.io.postgis;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Streams rows to a {@code COPY … FROM STDIN} in PostgreSQL's text format. */
final class CopyWriter implements AutoCloseable {
    /** Rows sent to the server at a time. */
    private static final int COPY_BATCH = 2000;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder();
    private int rows;

    CopyWriter(Connection connection, String sql) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    /** One row; a null value is SQL NULL. */
    void row(String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            if (values[i] == null) {
                buffer.append("\\N");
            } else {
                escape(values[i]);
            }
        }
        buffer.append('\n');
        if (++rows % COPY_BATCH == 0) {
            flush();
        }
    }

    private void escape(String v) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(ch);
            }
        }
    }

    /** An array literal of texts: {@code {"a","b"}}, each element quoted. */
    static String textArray(Set<String> values) {
        StringBuilder sb = new StringBuilder("{");
        for (String v : new TreeSet<>(values)) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append('}').toString();
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        if (!copy.isActive()) {
            return;
        }
        try {
            flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}

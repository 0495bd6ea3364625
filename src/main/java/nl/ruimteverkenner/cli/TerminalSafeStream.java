package nl.ruimteverkenner.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps text from scenarios and files (a scenario name, a feature label, a gemeente name) from steering the
 * terminal: control characters in UTF-8 output (C0 except newline and tab, DEL, and the C1 range, which holds
 * CSI, U+009B) are written as six-character escapes (backslash, u, four hex digits) instead of raw, so an ANSI sequence in a name cannot
 * clear the screen or recolour the output. A carriage return is kept only before a newline (Windows line ends).
 * JSON output stays valid and means the same: Jackson already escapes C0 characters there, and a
 * such an escape inside a JSON string is that very character.
 */
final class TerminalSafeStream extends FilterOutputStream {
    private boolean pendingC2;
    private boolean pendingCr;
    /** Where filtered bytes go while a whole array is written; null: straight to the target. */
    private ByteArrayOutputStream batch;

    private TerminalSafeStream(OutputStream out) {
        super(out);
    }

    /** A UTF-8 print stream onto {@code target} that escapes control characters. */
    static PrintStream wrap(PrintStream target) {
        return new PrintStream(new TerminalSafeStream(target), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) throws IOException {
        put(b);
    }

    /** Filters one byte into {@link #emit}. */
    private void put(int b) throws IOException {
        b &= 0xFF;
        if (pendingCr) {
            pendingCr = false;
            if (b == '\n') {
                emit('\r');
                emit('\n');
                return;
            }
            escape('\r');
        }
        if (pendingC2) {
            pendingC2 = false;
            if (b >= 0x80 && b <= 0x9F) {
                escape(b); // U+0080..U+009F, encoded as C2 80..C2 9F
                return;
            }
            emit(0xC2);
        }
        if (b == 0xC2) {
            pendingC2 = true;
        } else if (b == '\r') {
            pendingCr = true;
        } else if (b < 0x20 && b != '\n' && b != '\t' || b == 0x7F) {
            escape(b);
        } else {
            emit(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        // filtered into one buffer and written at once: a byte at a time would be one system call per byte
        batch = new ByteArrayOutputStream(len + 16);
        for (int i = off; i < off + len; i++) {
            put(b[i]);
        }
        ByteArrayOutputStream done = batch;
        batch = null;
        done.writeTo(out);
    }

    @Override
    public void flush() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            escape('\r');
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingC2) {
            pendingC2 = false;
            out.write(0xC2);
        }
        super.close();
    }

    private void escape(int c) throws IOException {
        emit(String.format("\\u%04x", c).getBytes(StandardCharsets.US_ASCII));
    }

    private void emit(int b) throws IOException {
        if (batch != null) {
            batch.write(b);
        } else {
            out.write(b);
        }
    }

    private void emit(byte[] b) throws IOException {
        if (batch != null) {
            batch.write(b, 0, b.length);
        } else {
            out.write(b);
        }
    }
}

package nl.ruimteverkenner.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled DejaVu Sans faces for the map sheets, the same in PNG and PDF so both have the same layout. */
final class SheetFonts {
    static final String DIR = "/nl/ruimteverkenner/report/fonts/";
    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";
    private static volatile Font regular;
    private static volatile Font bold;

    private SheetFonts() {
    }

    /** The bundled font as a stream; throws when the jar lacks it. */
    static InputStream open(String file) throws IOException {
        InputStream in = SheetFonts.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IOException("missing bundled font " + file);
        }
        return in;
    }

    /** The Java2D face, 1 point high; derive the size. */
    static Font awt(boolean isBold) {
        Font f = isBold ? bold : regular;
        if (f == null) {
            synchronized (SheetFonts.class) {
                try (InputStream in = open(isBold ? BOLD : REGULAR)) {
                    f = Font.createFont(Font.TRUETYPE_FONT, in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (FontFormatException e) {
                    throw new IllegalStateException("bundled font unreadable", e);
                }
                if (isBold) {
                    bold = f;
                } else {
                    regular = f;
                }
            }
        }
        return f;
    }
}

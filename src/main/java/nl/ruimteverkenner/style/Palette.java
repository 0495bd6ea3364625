package nl.ruimteverkenner.style;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import nl.ruimteverkenner.model.Relation;

/**
 * The one definition of the relation colours (conflict, voorwaardelijk, koppelkans), used by the map
 * overlay, the schuurpunten table and frictiematrix (through the looked-up CSS colours of
 * {@link #cssDataUri()}), the report and the report map. Pure data: no JavaFX, no AWT.
 */
public final class Palette {
    private Palette() {
    }

    /** The colours of one relation, as 0xRRGGBB. */
    public record RelationColors(int main, int tint, int text) {
        /** The main colour as "#rrggbb". */
        public String mainHex() {
            return hex(main);
        }

        /** The light tint (matrix cells, table backgrounds) as "#rrggbb". */
        public String tintHex() {
            return hex(tint);
        }

        /** The colour for text on white as "#rrggbb". */
        public String textHex() {
            return hex(text);
        }
    }

    /** The colours of a relation. */
    public static RelationColors of(Relation r) {
        return switch (r) {
            case CONFLICT -> new RelationColors(0xd7301f, 0xf4b9b0, 0xb3261e);
            case VOORWAARDELIJK -> new RelationColors(0xe08a00, 0xf9d9a6, 0xa35b00);
            case KOPPELKANS -> new RelationColors(0x2b8a3e, 0xbfe3c3, 0x22703a);
        };
    }

    /** "#rrggbb" for a 0xRRGGBB colour. */
    public static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }

    /**
     * CSS that defines the looked-up colours {@code -rv-<relation>}, {@code -rv-<relation>-tint} and
     * {@code -rv-<relation>-text} on {@code .root}, for JavaFX style sheets and the HTML report alike
     * (there as custom properties {@code --rv-...} under {@code :root}).
     */
    public static String fxCss() {
        StringBuilder css = new StringBuilder(".root {\n");
        for (Relation r : Relation.values()) {
            RelationColors c = of(r);
            css.append("  -rv-").append(r.id()).append(": ").append(c.mainHex()).append(";\n");
            css.append("  -rv-").append(r.id()).append("-tint: ").append(c.tintHex()).append(";\n");
            css.append("  -rv-").append(r.id()).append("-text: ").append(c.textHex()).append(";\n");
        }
        return css.append("}\n").toString();
    }

    /** {@link #fxCss()} as a data URI that a JavaFX scene can add to its style sheets. */
    public static String cssDataUri() {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(fxCss().getBytes(StandardCharsets.UTF_8));
    }

    /** The same colours as CSS custom properties for HTML ({@code --rv-conflict: #d7301f; ...}). */
    public static String htmlCustomProperties() {
        StringBuilder css = new StringBuilder();
        for (Relation r : Relation.values()) {
            RelationColors c = of(r);
            css.append("--rv-").append(r.id()).append(": ").append(c.mainHex()).append("; ");
            css.append("--rv-").append(r.id()).append("-tint: ").append(c.tintHex()).append("; ");
            css.append("--rv-").append(r.id()).append("-text: ").append(c.textHex()).append("; ");
        }
        return css.toString().strip();
    }
}

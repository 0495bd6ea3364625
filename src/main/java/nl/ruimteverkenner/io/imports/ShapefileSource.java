package nl.ruimteverkenner.io.imports;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import nl.ruimteverkenner.i18n.Messages;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads an Esri Shapefile for import: the {@code .shp} geometry ({@link ShpReader}) with the attributes of the
 * {@code .dbf} beside it (javadbf), the coordinate system from the {@code .prj} (or, without one, from the header's
 * bounding box) and the attributes' character set from the {@code .cpg}; without a {@code .cpg}, text that is not
 * valid UTF-8 is read as windows-1252, with a warning. A {@code .zip} may hold one or more shapefiles (each a
 * "table"); the chosen one is unpacked into a temporary folder (names checked, sizes limited) and read from there.
 */
final class ShapefileSource {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Largest member of a zipped shapefile that is unpacked. */
    private static final long MAX_ENTRY = 4L << 30;

    private ShapefileSource() {
    }

    static SourceData read(Path file, String table, ImportProgress progress, int limit) throws ImportException {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return readZip(file, table, progress, limit);
        }
        return readShp(file, file, List.of(), null, progress, limit);
    }

    private static SourceData readZip(Path zip, String table, ImportProgress progress, int limit) throws ImportException {
        String name = zip.getFileName().toString();
        Path tmp = null;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> shps = z.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/"))
                    .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".shp")).sorted().toList();
            if (shps.isEmpty()) {
                throw new ImportException("import.zip.noShapefile", name);
            }
            List<String> tables = shps.stream().map(ShapefileSource::stem).toList();
            String chosen = table == null ? tables.get(0) : table;
            int idx = tables.indexOf(chosen);
            if (idx < 0) {
                throw new ImportException("import.gpkg.unknownTable", name, chosen, String.join(", ", tables));
            }
            String entryStem = shps.get(idx).substring(0, shps.get(idx).length() - 4);
            tmp = Files.createTempDirectory("ruimteverkenner-import-");
            Path shp = null;
            for (ZipEntry e : z.stream().toList()) {
                String n = e.getName();
                int dot = n.lastIndexOf('.');
                if (e.isDirectory() || dot < 0 || !n.substring(0, dot).equals(entryStem)) {
                    continue;
                }
                String ext = n.substring(dot).toLowerCase(Locale.ROOT);
                if (!List.of(".shp", ".shx", ".dbf", ".prj", ".cpg").contains(ext)) {
                    continue;
                }
                if (e.getSize() > MAX_ENTRY) {
                    throw new ImportException("import.zip.tooLarge", name, n);
                }
                // a fixed, safe name in our own folder: the entry's path is never used as a path
                Path target = tmp.resolve("laag" + ext);
                try (InputStream in = z.getInputStream(e);
                     java.io.OutputStream o = Files.newOutputStream(target)) {
                    // the bytes are counted: the sizes a zip declares are not trusted
                    byte[] buf = new byte[1 << 16];
                    long total = 0;
                    for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
                        total += k;
                        if (total > MAX_ENTRY) {
                            throw new ImportException("import.zip.tooLarge", name, n);
                        }
                        o.write(buf, 0, k);
                    }
                }
                if (ext.equals(".shp")) {
                    shp = target;
                }
            }
            return readShp(shp, zip, tables, chosen, progress, limit);
        } catch (ZipException e) {
            throw new ImportException("import.zip.damaged", name, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new ImportException("import.unreadable", name, String.valueOf(e.getMessage()));
        } finally {
            deleteTree(tmp);
        }
    }

    private static String stem(String entry) {
        String base = entry.substring(entry.lastIndexOf('/') + 1);
        return base.substring(0, base.length() - 4);
    }

    /**
     * Reads the shapefile {@code shp}; messages name {@code shown} (the zip it came from, or itself).
     */
    private static SourceData readShp(Path shp, Path shown, List<String> tables, String table, ImportProgress progress,
                                      int limit) throws ImportException {
        String name = shown.getFileName().toString() + (table == null ? "" : " › " + table);
        Optional<Path> dbf = sibling(shp, ".dbf");
        if (dbf.isEmpty()) {
            throw new ImportException("import.shp.noDbf", name);
        }
        Optional<Path> prj = sibling(shp, ".prj");
        Optional<Path> cpg = sibling(shp, ".cpg");
        List<String> warnings = new ArrayList<>();
        Charset charset = null;
        if (cpg.isPresent()) {
            String declared = "";
            try {
                declared = Files.readString(cpg.get(), StandardCharsets.US_ASCII).strip();
                charset = charset(declared);
            } catch (IOException | IllegalArgumentException e) {
                warnings.add(Messages.get("import.warning.badCpg", name, declared));
            }
        }
        try (InputStream shpIn = Files.newInputStream(shp); InputStream dbfIn = Files.newInputStream(dbf.get())) {
            ShpReader geometries;
            try {
                geometries = new ShpReader(shpIn);
            } catch (ShpReader.FormatException e) {
                throw new ImportException("import.shp.damaged", name, e.getMessage());
            }
            SourceCrs crs = crs(prj, geometries, name, warnings);
            DBFReader attributes;
            try {
                // bytes as they are (ISO-8859-1 maps each byte to one char): decoded below per value; deleted rows
                // are shown (as a first column "deleted"), so the rows stay aligned with the shapes
                attributes = new DBFReader(dbfIn, StandardCharsets.ISO_8859_1, true);
            } catch (DBFException e) {
                throw new ImportException("import.dbf.damaged", name, String.valueOf(e.getMessage()));
            }
            Decoder text = new Decoder(charset);
            List<String> fields = new ArrayList<>();
            for (int i = 1; i < attributes.getFieldCount(); i++) {
                fields.add(text.decode(attributes.getField(i).getName()));
            }
            long count = attributes.getRecordCount();
            Collector out = new Collector(shown, crs, progress, count, limit);
            warnings.forEach(out::warn);
            long records = 0;
            while (geometries.hasNext() && !out.full()) {
                Geometry g;
                try {
                    g = geometries.next();
                } catch (ShpReader.FormatException e) {
                    throw new ImportException("import.shp.damaged", name, e.getMessage());
                }
                Object[] row;
                try {
                    row = attributes.nextRecord();
                } catch (DBFException e) {
                    throw new ImportException("import.dbf.damaged", name, String.valueOf(e.getMessage()));
                }
                records++;
                if (row != null && Boolean.TRUE.equals(row[0])) {
                    continue; // a deleted record: its shape is no longer part of the layer
                }
                Map<String, Object> attrs = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    attrs.put(fields.get(i), row == null ? null : value(row[i + 1], text));
                }
                out.add(g, attrs);
            }
            if (limit == Integer.MAX_VALUE && records != count) {
                out.warn(Messages.get("import.warning.recordCount", name, records, count));
            }
            if (text.fellBack) {
                out.warn(Messages.get("import.warning.notUtf8", name));
            }
            return out.finish(SourceFormat.SHAPEFILE, tables, table, fields, count);
        } catch (ImportException e) {
            throw e;
        } catch (IOException e) {
            throw new ImportException("import.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    private static SourceCrs crs(Optional<Path> prj, ShpReader shp, String name, List<String> warnings)
            throws IOException, ImportException {
        if (prj.isPresent()) {
            String wkt = Files.readString(prj.get(), StandardCharsets.ISO_8859_1);
            return SourceCrs.ofWkt(wkt).orElseThrow(() -> new ImportException("import.unknownCrs", name, shorten(wkt)));
        }
        Optional<SourceCrs> guessed = SourceCrs.guess(shp.bounds());
        if (guessed.isEmpty()) {
            throw new ImportException("import.crsNotRecognised", name, Collector.describe(shp.bounds()));
        }
        warnings.add(Messages.get("import.warning.noPrj", name, guessed.get().label()));
        return guessed.get();
    }

    private static String shorten(String wkt) {
        String w = wkt.strip();
        return w.length() > 80 ? w.substring(0, 77) + "..." : w;
    }

    /** The charset a {@code .cpg} names ("UTF-8", "1252", "ANSI 1252", "CP1252", "ISO-8859-1"...). */
    static Charset charset(String declared) {
        String d = declared.strip().toUpperCase(Locale.ROOT).replace("ANSI ", "");
        if (d.matches("\\d{3,5}")) {
            d = d.equals("65001") ? "UTF-8" : d.startsWith("8859") ? "ISO-" + d.replaceFirst("8859", "8859-") : "windows-" + d;
        } else if (d.matches("CP\\d{3,5}")) {
            d = "windows-" + d.substring(2);
        }
        try {
            return Charset.forName(d);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(declared, e);
        }
    }

    private static Optional<Path> sibling(Path shp, String ext) throws ImportException {
        String file = shp.getFileName().toString();
        String stem = file.substring(0, file.length() - 4);
        Path dir = shp.toAbsolutePath().getParent();
        Path exact = dir.resolve(stem + ext);
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().equalsIgnoreCase(stem + ext)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Object value(Object v, Decoder text) {
        if (v instanceof String s) {
            return text.decode(s);
        }
        if (v instanceof BigDecimal d) {
            if (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) {
                try {
                    return d.longValueExact();
                } catch (ArithmeticException e) {
                    return d.doubleValue();
                }
            }
            return d.doubleValue();
        }
        if (v instanceof Number n) {
            return n instanceof Double || n instanceof Float ? (Object) n.doubleValue() : (Object) n.longValue();
        }
        if (v instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.systemDefault()).toLocalDate().toString();
        }
        return v;
    }

    /** Turns the bytes of a DBF text (as ISO-8859-1 chars) into text in the declared or detected character set. */
    private static final class Decoder {
        private final Charset declared;
        boolean fellBack;

        Decoder(Charset declared) {
            this.declared = declared;
        }

        String decode(String raw) {
            byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
            if (declared != null) {
                return new String(bytes, declared).strip();
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString().strip();
            } catch (CharacterCodingException e) {
                fellBack = true;
                return new String(bytes, WINDOWS_1252).strip();
            }
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is cleaned by the system
        }
    }
}

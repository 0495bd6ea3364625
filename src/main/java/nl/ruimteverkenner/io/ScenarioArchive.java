package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import nl.ruimteverkenner.i18n.Messages;

/**
 * A scenario as one file: a zip with the extension {@value #EXTENSION} holding every regular file of a scenario
 * folder (manifest, layers, keuzes, rules, recorded schuurpunt-keuzes, notes, sketches), preceded by a small
 * {@value #INFO_ENTRY} (format version, scenario id and name, when it was made, app version).
 *
 * <p>Writing is atomic (a temporary file beside the target, forced to disk, then moved) and never replaces an
 * existing file unless asked. Symbolic links in the folder are not followed and not archived.
 *
 * <p>Unpacking is defensive, because such files arrive by e-mail: it refuses entry names that could reach
 * outside the target ({@code ..}, absolute paths, drive letters, backslashes), symbolic-link entries, duplicate
 * names, more than {@value #MAX_ENTRIES} entries, an entry over 300 MB or more than 500 MB in total (bytes are
 * counted while inflating, the sizes in the headers are not trusted) and damaged or truncated files. Everything
 * is unpacked into a hidden temporary folder first and moved into place only when all of it was good, into a
 * new folder that never replaces existing work. Every refusal is an {@link ArchiveException} with a Dutch
 * message naming the archive and the entry.
 */
public final class ScenarioArchive {
    /** The file extension of a shared scenario, with its dot. */
    public static final String EXTENSION = ".ruimte";
    /** The entry that describes the archive; written first, never unpacked into the scenario folder. */
    public static final String INFO_ENTRY = "ruimte-archive.json";
    /** The format version written; an archive with a higher one is refused. */
    public static final int FORMAT_VERSION = 1;
    /** Most entries an archive may have. */
    public static final int MAX_ENTRIES = 2_000;
    /** Most bytes one entry may unpack to. */
    public static final long MAX_ENTRY_BYTES = 300L * 1024 * 1024;
    /** Most bytes all entries together may unpack to. */
    public static final long MAX_TOTAL_BYTES = 500L * 1024 * 1024;
    /** The folder under the data folder where opened archives are unpacked. */
    public static final String SHARED_FOLDER = "gedeeld";

    private static final String MANIFEST = "scenario.json";
    /** Where the manifest waits while unpacking, so a half-unpacked folder is never taken for a scenario. */
    private static final String PENDING_MANIFEST = ".scenario.json.uitpakken";
    private static final String UNPACKING_PREFIX = ".uitpakken-";
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;

    /** Why an archive could not be written or unpacked; the message is Dutch and names archive and entry. */
    public static final class ArchiveException extends IOException {
        private static final long serialVersionUID = 1L;

        ArchiveException(String message) {
            super(message);
        }

        ArchiveException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The limits used when unpacking (the defaults above; tests may use smaller ones). */
    record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        static final Limits DEFAULT = new Limits(MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES);
    }

    /** What {@link #write} wrote: the file, the number of scenario files and the archive's size in bytes. */
    public record Written(Path file, int files, long bytes) {
    }

    private ScenarioArchive() {
    }

    /** Whether {@code path} is named like a shared scenario ({@code *.ruimte}, any case). */
    public static boolean isArchive(Path path) {
        Path name = path == null ? null : path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    // ------------------------------------------------------------------------------------------------ writing

    /**
     * Writes the scenario folder {@code folder} as one archive at {@code target}. An existing {@code target} is
     * replaced only when {@code overwrite} is true; otherwise an {@link ArchiveException} says it exists.
     */
    public static Written write(Path folder, Path target, boolean overwrite) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            throw new ArchiveException(Messages.get("archive.write.noScenario", folder));
        }
        if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ArchiveException(Messages.get("archive.write.exists", target));
        }
        List<String> names = filesOf(folder);
        byte[] info = info(manifest);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream os = new BufferedOutputStream(Channels.newOutputStream(ch), 64 * 1024);
                ZipOutputStream zip = new ZipOutputStream(os, StandardCharsets.UTF_8);
                zip.setLevel(6);
                putEntry(zip, INFO_ENTRY, info, System.currentTimeMillis());
                for (String name : names) {
                    Path file = folder.resolve(name);
                    ZipEntry e = new ZipEntry(name);
                    e.setTime(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis());
                    zip.putNextEntry(e);
                    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
                zip.finish();
                zip.flush();
                ch.force(true);
            }
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            long size = Files.size(tmp);
            if (overwrite) {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                try {
                    Files.move(tmp, target);
                } catch (FileAlreadyExistsException e) {
                    throw new ArchiveException(Messages.get("archive.write.exists", target), e);
                }
            }
            return new Written(target, names.size(), size);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] content, long time) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(time);
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * The regular files of {@code folder} as sorted relative names with '/', the manifest first. Symbolic links
     * are neither followed nor archived; temporary files of an unfinished save are left out.
     */
    private static List<String> filesOf(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Path rel = folder.relativize(p);
                String fileName = rel.getFileName().toString();
                if (fileName.startsWith(".") && fileName.endsWith(".tmp")) {
                    continue; // an AtomicFiles temporary file of a save in progress
                }
                boolean inTemporaryFolder = false;
                for (Path part : rel) {
                    inTemporaryFolder |= ScenarioWriter.isTemporary(part);
                }
                if (inTemporaryFolder) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                rel.forEach(part -> parts.add(part.toString()));
                String name = String.join("/", parts);
                if (name.equals(INFO_ENTRY)) {
                    throw new ArchiveException(Messages.get("archive.write.reserved", folder, name));
                }
                String problem = nameProblem(name);
                if (problem != null) {
                    throw new ArchiveException(Messages.get("archive.write.badName", folder, name, problem));
                }
                names.add(name);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        names.sort((a, b) -> a.equals(MANIFEST) ? -1 : b.equals(MANIFEST) ? 1 : a.compareTo(b));
        if (names.size() + 1 > MAX_ENTRIES) {
            throw new ArchiveException(Messages.get("archive.write.tooMany", folder, names.size(), MAX_ENTRIES));
        }
        return names;
    }

    private static byte[] info(Path manifest) throws IOException {
        String id = "";
        String name = "";
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(manifest));
            if (root != null) {
                id = root.path("id").asText("");
                name = root.path("name").asText("");
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable manifest is archived as it is; the receiver's reader will say what is wrong
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "ruimteverkenner-scenario");
        m.put("formatVersion", FORMAT_VERSION);
        m.put("scenarioId", id);
        m.put("scenarioName", name);
        m.put("created", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("appVersion", Version.current());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(m);
    }

    // ---------------------------------------------------------------------------------------------- unpacking

    /**
     * Unpacks {@code archive} into a new folder under {@code parent}, named after the scenario id
     * ({@code <id>}, or {@code <id>-2}, {@code -3} ... when that exists), and returns it. Nothing existing is
     * replaced; on any refusal nothing is left behind.
     */
    public static Path unpack(Path archive, Path parent) throws IOException {
        return unpack(archive, parent, Limits.DEFAULT);
    }

    /** {@link #unpack(Path, Path)} into {@code <dataDir>/gedeeld}. */
    public static Path unpackShared(Path archive, Path dataDir) throws IOException {
        return unpack(archive, dataDir.resolve(SHARED_FOLDER));
    }

    static Path unpack(Path archive, Path parent, Limits limits) throws IOException {
        if (!Files.isRegularFile(archive)) {
            throw new ArchiveException(Messages.get("archive.notFound", archive));
        }
        List<CentralEntry> central = readCentralDirectory(archive, limits);
        checkNames(archive, central);
        Files.createDirectories(parent);
        removeStale(parent);
        Path tmp = parent.resolve(UNPACKING_PREFIX + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectory(tmp);
        boolean done = false;
        try {
            String id = extract(archive, central, tmp, limits, topFolder(central));
            Path pending = tmp.resolve(PENDING_MANIFEST);
            if (!Files.isRegularFile(pending, LinkOption.NOFOLLOW_LINKS)) {
                throw new ArchiveException(Messages.get("archive.noScenario", archive.getFileName(), MANIFEST));
            }
            if (id.isBlank()) {
                id = manifestId(pending);
            }
            Files.move(pending, tmp.resolve(MANIFEST));
            Path target = moveIntoPlace(tmp, parent, folderName(id));
            done = true;
            return target;
        } finally {
            if (!done) {
                deleteTree(tmp);
            }
        }
    }

    /**
     * Removes what an unpacking interrupted by a crash left in {@code parent}: hidden folders of an unpacking that
     * started more than an hour ago (never a scenario: their manifest is not in place yet).
     */
    private static void removeStale(Path parent) {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (Stream<Path> all = Files.list(parent)) {
            for (Path p : all.filter(p -> p.getFileName().toString().startsWith(UNPACKING_PREFIX)).toList()) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() < hourAgo) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a stale hidden folder does no harm
        }
    }

    private static Path moveIntoPlace(Path tmp, Path parent, String base) throws IOException {
        for (int n = 1; n < 10_000; n++) {
            Path target = parent.resolve(n == 1 ? base : base + "-" + n);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
                return target;
            } catch (IOException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // on some systems a rename onto an existing (empty) folder fails this way
                }
                throw e;
            }
        }
        throw new ArchiveException(Messages.get("archive.noFolder", parent, base));
    }

    /** A safe folder name made from a scenario id: letters, digits, '.', '-' and '_'; "scenario" if none. */
    static String folderName(String id) {
        String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
        if (s.length() > 60) {
            s = s.substring(0, 60);
        }
        return s.isBlank() ? "scenario" : s;
    }

    private static String manifestId(Path manifest) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(manifest));
            return root == null ? "" : root.path("id").asText("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** One entry of the zip's central directory: its name and the attributes java.util.zip does not expose. */
    private record CentralEntry(String name, int madeBy, long externalAttributes, long size) {
        boolean isSymlink() {
            int mode = (int) (externalAttributes >>> 16) & 0xFFFF;
            return (mode & S_IFMT) == S_IFLNK;
        }

        boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    /**
     * Reads the central directory at the end of the file itself: the entry count is checked before the entries
     * are read, and the external attributes tell a symbolic link.
     */
    private static List<CentralEntry> readCentralDirectory(Path archive, Limits limits) throws IOException {
        String file = archive.getFileName().toString();
        try (FileChannel ch = FileChannel.open(archive, StandardOpenOption.READ)) {
            long size = ch.size();
            int tailLength = (int) Math.min(size, 22 + 65_535);
            if (tailLength < 22) {
                throw new ArchiveException(Messages.get("archive.damaged", file));
            }
            ByteBuffer tail = read(ch, size - tailLength, tailLength);
            int eocd = -1;
            for (int i = tailLength - 22; i >= 0; i--) {
                if (tail.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new ArchiveException(Messages.get("archive.damaged", file));
            }
            int count = Short.toUnsignedInt(tail.getShort(eocd + 10));
            long cdSize = Integer.toUnsignedLong(tail.getInt(eocd + 12));
            long cdOffset = Integer.toUnsignedLong(tail.getInt(eocd + 16));
            if (count == 0xFFFF || cdOffset == 0xFFFFFFFFL || cdSize == 0xFFFFFFFFL) {
                // ZIP64: only needed beyond 65,535 entries or 4 GB, both far over the limits
                throw new ArchiveException(Messages.get("archive.tooManyEntries", file, limits.maxEntries()));
            }
            if (count > limits.maxEntries()) {
                throw new ArchiveException(Messages.get("archive.tooManyEntries", file, limits.maxEntries()));
            }
            long eocdPosition = size - tailLength + eocd;
            if (cdOffset + cdSize > eocdPosition || cdSize > 64L * 1024 * 1024) {
                throw new ArchiveException(Messages.get("archive.damaged", file));
            }
            ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
            List<CentralEntry> entries = new ArrayList<>();
            int pos = 0;
            for (int i = 0; i < count; i++) {
                if (pos + 46 > cd.limit() || cd.getInt(pos) != 0x02014b50) {
                    throw new ArchiveException(Messages.get("archive.damaged", file));
                }
                int madeBy = Short.toUnsignedInt(cd.getShort(pos + 4));
                long usize = Integer.toUnsignedLong(cd.getInt(pos + 24));
                int nameLength = Short.toUnsignedInt(cd.getShort(pos + 28));
                int extraLength = Short.toUnsignedInt(cd.getShort(pos + 30));
                int commentLength = Short.toUnsignedInt(cd.getShort(pos + 32));
                long external = Integer.toUnsignedLong(cd.getInt(pos + 38));
                if (pos + 46 + nameLength > cd.limit()) {
                    throw new ArchiveException(Messages.get("archive.damaged", file));
                }
                byte[] nameBytes = new byte[nameLength];
                cd.get(pos + 46, nameBytes);
                entries.add(new CentralEntry(new String(nameBytes, StandardCharsets.UTF_8), madeBy, external, usize));
                pos += 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        } catch (ArchiveException e) {
            throw e;
        } catch (EOFException e) {
            throw new ArchiveException(Messages.get("archive.damaged", file), e);
        }
    }

    private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                throw new EOFException();
            }
        }
        return buf.flip();
    }

    /** Refuses unsafe names, symbolic links and duplicates before anything is written. */
    private static void checkNames(Path archive, List<CentralEntry> entries) throws ArchiveException {
        String file = archive.getFileName().toString();
        Set<String> seen = new HashSet<>();
        for (CentralEntry e : entries) {
            String problem = nameProblem(e.name());
            if (problem != null) {
                throw new ArchiveException(Messages.get("archive.badEntry", file, printable(e.name()), problem));
            }
            if (e.isSymlink()) {
                throw new ArchiveException(Messages.get("archive.badEntry", file, printable(e.name()),
                        Messages.get("archive.reason.symlink")));
            }
            // case-insensitively: on Windows and macOS both names would be the same file
            if (!seen.add(e.name().toLowerCase(Locale.ROOT))) {
                throw new ArchiveException(Messages.get("archive.badEntry", file, printable(e.name()),
                        Messages.get("archive.reason.duplicate")));
            }
        }
    }

    /** What is wrong with an entry name (Dutch), or null when it is a safe relative path. */
    static String nameProblem(String name) {
        if (name.isEmpty() || name.length() > 1_000) {
            return Messages.get("archive.reason.badLength");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Messages.get("archive.reason.control");
            }
        }
        if (name.indexOf('\\') >= 0) {
            return Messages.get("archive.reason.backslash");
        }
        if (name.startsWith("/")) {
            return Messages.get("archive.reason.absolute");
        }
        if (name.indexOf(':') >= 0) {
            return Messages.get("archive.reason.drive");
        }
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                return Messages.get("archive.reason.parent");
            }
            if (part.isEmpty() || part.equals(".")) {
                return Messages.get("archive.reason.emptyPart");
            }
        }
        return null;
    }

    /** An entry name fit for a message: control characters shown as \\uXXXX, at most 200 characters. */
    private static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length() && sb.length() < 200; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return name.length() > 200 ? sb + "…" : sb.toString();
    }

    /**
     * Inflates every entry into {@code tmp}, counting the bytes actually produced. Returns the scenario id of
     * the info entry ("" when there is none).
     */
    private static String extract(Path archive, List<CentralEntry> central, Path tmp, Limits limits, String strip)
            throws IOException {
        String file = archive.getFileName().toString();
        Path root = tmp.toAbsolutePath().normalize();
        String id = "";
        String current = "";
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                entries.add(en.nextElement());
            }
            if (entries.size() != central.size()) {
                throw new ArchiveException(Messages.get("archive.damaged", file));
            }
            long total = 0;
            byte[] buf = new byte[64 * 1024];
            for (int i = 0; i < entries.size(); i++) {
                ZipEntry entry = entries.get(i);
                current = entry.getName();
                if (!current.equals(central.get(i).name())) {
                    throw new ArchiveException(Messages.get("archive.damaged", file));
                }
                String name = current.startsWith(strip) ? current.substring(strip.length()) : current;
                if (name.isEmpty()) {
                    continue; // the folder the scenario was zipped in
                }
                if (central.get(i).isDirectory()) {
                    Files.createDirectories(inside(root, name, file));
                    continue;
                }
                if (central.get(i).size() > limits.maxEntryBytes()) {
                    throw new ArchiveException(Messages.get("archive.entryTooLarge", file, printable(current),
                            limits.maxEntryBytes() / (1024 * 1024)));
                }
                if (name.equals(INFO_ENTRY)) {
                    byte[] info = readSmall(zip, entry, file);
                    id = checkInfo(info, file);
                    continue;
                }
                Path target = name.equals(MANIFEST) ? root.resolve(PENDING_MANIFEST) : inside(root, name, file);
                Files.createDirectories(target.getParent());
                long written = 0;
                CRC32 crc = new CRC32();
                try (InputStream in = zip.getInputStream(entry);
                     OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                             LinkOption.NOFOLLOW_LINKS)) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        written += n;
                        total += n;
                        if (written > limits.maxEntryBytes()) {
                            throw new ArchiveException(Messages.get("archive.entryTooLarge", file, printable(current),
                                    limits.maxEntryBytes() / (1024 * 1024)));
                        }
                        if (total > limits.maxTotalBytes()) {
                            throw new ArchiveException(Messages.get("archive.tooLarge", file, printable(current),
                                    limits.maxTotalBytes() / (1024 * 1024)));
                        }
                        crc.update(buf, 0, n);
                        out.write(buf, 0, n);
                    }
                }
                if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
                    throw new ArchiveException(Messages.get("archive.damagedEntry", file, printable(current)));
                }
                if (entry.getLastModifiedTime() != null) {
                    try {
                        Files.setLastModifiedTime(target, entry.getLastModifiedTime());
                    } catch (IOException e) {
                        // the content is what matters
                    }
                }
            }
            return id;
        } catch (ArchiveException e) {
            throw e;
        } catch (ZipException | EOFException e) {
            throw new ArchiveException(current.isEmpty() ? Messages.get("archive.damaged", file)
                    : Messages.get("archive.damagedEntry", file, printable(current)), e);
        } catch (FileAlreadyExistsException e) {
            throw new ArchiveException(Messages.get("archive.badEntry", file, printable(current),
                    Messages.get("archive.reason.duplicate")), e);
        } catch (IOException e) {
            // e.g. a name this system does not allow, or a full disk
            throw new ArchiveException(Messages.get("archive.entryWriteFailed", file, printable(current),
                    String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The one folder every entry is in, with its slash, when the scenario was zipped with its folder (as a file
     * manager's "compress" does) and has no manifest at the top; else "".
     */
    private static String topFolder(List<CentralEntry> entries) {
        if (entries.isEmpty() || entries.stream().anyMatch(e -> e.name().equals(MANIFEST))) {
            return "";
        }
        String first = entries.get(0).name();
        int slash = first.indexOf('/');
        if (slash <= 0) {
            return "";
        }
        String prefix = first.substring(0, slash + 1);
        boolean allInside = entries.stream().allMatch(e -> e.name().startsWith(prefix));
        boolean manifest = entries.stream().anyMatch(e -> e.name().equals(prefix + MANIFEST));
        return allInside && manifest ? prefix : "";
    }

    /** The path of entry {@code name} under {@code root}, checked once more to lie inside it. */
    private static Path inside(Path root, String name, String file) throws ArchiveException {
        Path p = root.resolve(name).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new ArchiveException(Messages.get("archive.badEntry", file, printable(name),
                    Messages.get("archive.reason.parent")));
        }
        return p;
    }

    private static byte[] readSmall(ZipFile zip, ZipEntry entry, String file) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(64 * 1024 + 1);
            if (bytes.length > 64 * 1024) {
                throw new ArchiveException(Messages.get("archive.badInfo", file, INFO_ENTRY));
            }
            return bytes;
        }
    }

    /** Checks the info entry; returns the scenario id in it. */
    private static String checkInfo(byte[] info, String file) throws ArchiveException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(info);
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(Messages.get("archive.badInfo", file, INFO_ENTRY), e);
        }
        if (root == null || !root.isObject()) {
            throw new ArchiveException(Messages.get("archive.badInfo", file, INFO_ENTRY));
        }
        int version = root.path("formatVersion").asInt(0);
        if (version > FORMAT_VERSION) {
            throw new ArchiveException(Messages.get("archive.newerVersion", file, version, root.path("appVersion").asText("?")));
        }
        return root.path("scenarioId").asText("");
    }

    /** Deletes a folder and everything in it, never following symbolic links; quietly skips what it cannot. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> paths = all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
            for (Path p : paths) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the user; nothing depends on it
                }
            }
        } catch (IOException | RuntimeException e) {
            // as above
        }
    }
}

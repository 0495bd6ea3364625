package nl.ruimteverkenner.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * Writes files so that a crash or power loss leaves either the old or the new content, never half a
 * file: write a temporary file in the same folder, force it to disk, then move it over the target.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Gives the new file the old file's permissions, or rw-r--r-- for a new file (temp files are 0600). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Atomically replaces {@code target} with {@code content}, creating parent folders. */
    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes a file's content to a path it is given (a temporary file, empty at the start). */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path file) throws IOException;
    }

    /**
     * Atomically replaces {@code target} with what {@code writer} writes into a temporary file in the same folder
     * (for content written by a library that wants a file, such as SQLite): the temporary file is forced to disk
     * and moved over the target; when the writer fails, the target is untouched and nothing is left behind
     * (a SQLite journal beside the temporary file included).
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            writer.writeTo(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-journal"));
        }
    }

    /**
     * Keeps a file (or folder) that could not be read before the app writes over it: renames it beside itself to
     * {@code <name>.beschadigd-<yyyyMMdd-HHmmss>.<extension>} (a number is added if that exists). Returns the new
     * path, or empty when there was nothing at {@code file}. Throws when it could not be kept, so the caller
     * does not write over it.
     */
    public static Optional<Path> preserveUnreadable(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        int dot = Files.isDirectory(file) ? -1 : name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        for (int i = 1; ; i++) {
            Path kept = file.resolveSibling(stem + ".beschadigd-" + stamp + (i == 1 ? "" : "-" + i) + ext);
            if (Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, kept);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            return Optional.of(kept);
        }
    }
}

package nl.ruimteverkenner.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ExportFormat;
import nl.ruimteverkenner.ui.shell.DialogService.FileType;

/**
 * Exporting from the app, the same way everywhere: a save dialog for the formats on offer, the writing on a worker
 * (the io writers write atomically), then a status message, or a dialog saying what failed.
 */
public final class FileExport {
    private static final Logger LOG = Logger.getLogger(FileExport.class.getName());

    /** Writes the export to a file. */
    @FunctionalInterface
    public interface Job {
        void write(Path target, ExportFormat format) throws IOException;
    }

    private final UiContext ctx;

    public FileExport(UiContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Asks where to save {@code count} objects in one of {@code formats} (the first is the default; the chosen
     * name's extension picks the format, a name without one gets the default's), then writes them in the
     * background. Call on the FX thread.
     */
    public void ask(String title, String baseName, List<ExportFormat> formats, int count, Job job) {
        ExportFormat first = formats.get(0);
        List<FileType> types = formats.stream()
                .map(f -> FileType.of(Messages.get("export.file.type", f.label(), f.extension()), "*." + f.extension())).toList();
        Optional<Path> chosen = ctx.dialogs().chooseSaveFile(title, baseName + "." + first.extension(), types);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        ExportFormat format = ExportFormat.ofFile(target.getFileName().toString()).filter(formats::contains).orElse(null);
        if (format == null) {
            format = first;
            target = target.resolveSibling(target.getFileName() + "." + first.extension());
            // the save dialog asked about the name typed, not this one
            if (Files.exists(target) && !ctx.dialogs().confirm(title, Messages.get("export.file.replace", target.getFileName()),
                    target.toString())) {
                return;
            }
        }
        run(target, format, count, job);
    }

    /** Writes to {@code target} in the background; the status bar tells when it is done, a dialog when it failed. */
    public CompletableFuture<Void> run(Path target, ExportFormat format, int count, Job job) {
        ctx.status().startWork();
        return CompletableFuture.runAsync(() -> {
            try {
                job.write(target, format);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, ctx.background()).whenCompleteAsync((ok, err) -> {
            ctx.status().endWork();
            if (err == null) {
                ctx.status().show(Messages.get("export.file.done", count, target, format.label()));
                return;
            }
            Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
            LOG.log(Level.WARNING, "export to " + target + " failed", cause);
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            ctx.status().show(Messages.get("export.file.failed", target, why));
            ctx.dialogs().showText(Messages.get("export.file.failedTitle"), Messages.get("export.file.failed", target, why));
        }, ctx.ui());
    }
}

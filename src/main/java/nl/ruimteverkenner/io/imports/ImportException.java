package nl.ruimteverkenner.io.imports;

import nl.ruimteverkenner.i18n.Messages;

/**
 * Why a file cannot be imported, as a Dutch (or English) sentence that names the file and what is wrong. Nothing
 * has been changed when it is thrown.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A message from the bundle: {@code key} with its arguments (the file name first, by convention). */
    public ImportException(String key, Object... args) {
        super(Messages.get(key, args));
    }
}

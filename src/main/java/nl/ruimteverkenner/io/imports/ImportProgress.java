package nl.ruimteverkenner.io.imports;

/** Where a long read reports how far it is, and asks whether it should stop. Called on the reading thread. */
public interface ImportProgress {
    /** Does nothing and never cancels. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} features read ({@code total} is -1 when unknown). */
    void progress(long done, long total);

    /** Whether the user cancelled: the reader then stops with a {@link java.util.concurrent.CancellationException}. */
    boolean isCancelled();
}

package nl.ruimteverkenner.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Every question and message the application puts to the user: confirmations, text input, file and folder
 * choosers, information and lists. Controllers and view models ask through this interface, so they can be
 * tested without a screen (with a scripted implementation); {@link FxDialogService} shows real dialogs owned
 * by the main window. All methods are called on the FX thread.
 */
public interface DialogService {
    /** A file type for the choosers, e.g. ("GeoJSON", "*.geojson", "*.json"). */
    record FileType(String description, List<String> patterns) {
        public FileType {
            patterns = List.copyOf(patterns);
        }

        public static FileType of(String description, String... patterns) {
            return new FileType(description, List.of(patterns));
        }
    }

    /** One answer of {@link #choose}: its button text and the value it stands for. */
    record Choice<T>(String label, T value, boolean isDefault) {
    }

    /** Shows a longer text (read only, scrollable). */
    void showText(String title, String text);

    /** Tells the user something (information, one OK button) without waiting for the answer. */
    default void inform(String title, String header, String text) {
        showText(title, header + "\n\n" + text);
    }

    /** Shows a list of lines under a header (e.g. the problems found while loading). */
    void showList(String title, String header, List<String> lines);

    /** Asks to go ahead (OK) or not (Cancel); true for OK. */
    boolean confirm(String title, String header, String text);

    /** Asks a yes/no question; true for yes. */
    boolean askYesNo(String title, String header, String text);

    /** Offers several answers plus Cancel; empty when cancelled. */
    <T> Optional<T> choose(String title, String header, String text, List<Choice<T>> choices);

    /** Asks for a line of text; empty when cancelled or blank. The answer is stripped. */
    Optional<String> input(String title, String header, String initial);

    /** Chooses a folder. */
    Optional<Path> chooseFolder(String title, Path initial);

    /** Chooses an existing file to open. */
    Optional<Path> chooseOpenFile(String title, List<FileType> types);

    /** Chooses where to save a file. */
    Optional<Path> chooseSaveFile(String title, String initialName, List<FileType> types);

    /**
     * Shows a dialog of a feature (a form) owned by the main window and waits for its answer; {@code factory}
     * builds it for the given owner.
     */
    <T> Optional<T> show(Function<Window, Dialog<T>> factory);
}

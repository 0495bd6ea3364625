package nl.ruimteverkenner.app;

import javafx.stage.Stage;
import nl.ruimteverkenner.ui.MainWindow;

/**
 * Something that wants to run inside the desktop application once its window is shown, such as tooling that
 * measures or photographs the running application. Implementations are found with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/nl.ruimteverkenner.app.StartupHook} file); the application ships none. An
 * implementation decides for itself, e.g. from a system property, whether it has anything to do.
 */
public interface StartupHook {
    /** Called on the JavaFX thread right after the main window's frame is built into the shown window, before the scenario is opened. */
    void windowShown(Stage stage, MainWindow window);
}

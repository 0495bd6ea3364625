package nl.ruimteverkenner.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import nl.ruimteverkenner.ui.map.MapPane;

/**
 * What every feature controller is given: the shared explorer state (scenario, horizon, selection), the
 * map, the frame, the dialogs, the status bar, the shortcut table, the map click chain, the settings and
 * data folder, the shared analysis session, and the two executors of the threading contract: {@code ui}
 * runs on the FX thread ({@code Platform::runLater} in the app), {@code background} runs work off it.
 *
 * @param dataDir where the app keeps its data (settings, gemeenten, recovery)
 */
public record UiContext(ExplorerViewModel explorer, MapPane map, Shell shell, DialogService dialogs, StatusBar status,
                        Shortcuts shortcuts, MapClicks clicks, Settings settings, Path dataDir,
                        AnalysisSession analysis, Executor ui, Executor background) {
    public UiContext {
        Objects.requireNonNull(explorer, "explorer");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(shortcuts, "shortcuts");
        Objects.requireNonNull(clicks, "clicks");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(background, "background");
    }

    /** Shows a status message from any thread. */
    public void statusFromAnyThread(String message) {
        ui.execute(() -> status.show(message));
    }
}

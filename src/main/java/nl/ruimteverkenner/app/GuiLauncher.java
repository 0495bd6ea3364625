package nl.ruimteverkenner.app;

import javafx.application.Application;

/** Kept apart from {@link Main} so that headless commands never load JavaFX classes. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(App.class, args);
    }
}

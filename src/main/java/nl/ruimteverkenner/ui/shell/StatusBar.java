package nl.ruimteverkenner.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar: a progress indicator for background work, one line of text, the pointer's coordinates
 * at the right, and the button with the problems found while loading. FX thread only.
 */
public final class StatusBar extends HBox {
    private final Label text = new Label();
    private final Label coordinates = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button problems = new Button();
    private int busy;

    public StatusBar() {
        super(8);
        progress.setPrefSize(16, 16);
        progress.setVisible(false);
        problems.setId("problems-button");
        problems.getStyleClass().add("problems-button");
        problems.setVisible(false);
        text.setId("status");
        coordinates.setId("pointer-coordinates");
        coordinates.getStyleClass().add("status-coordinates");
        coordinates.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(progress, text, spacer, coordinates, problems);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        getStyleClass().add("status-bar");
    }

    /** Shows a message. */
    public void show(String message) {
        text.setText(message);
    }

    /** The message shown. */
    public String message() {
        return text.getText();
    }

    /** Shows the pointer's coordinates at the right end of the bar; blank clears them. */
    public void showCoordinates(String coords) {
        coordinates.setText(coords == null ? "" : coords);
    }

    /** The pointer's coordinates shown ("" when none). */
    public String coordinates() {
        return coordinates.getText();
    }

    /** Marks the start of background work: the indicator turns while any work is running. */
    public void startWork() {
        busy++;
        progress.setProgress(ProgressIndicator.INDETERMINATE_PROGRESS);
        progress.setVisible(true);
    }

    /** Shows the fraction done of the running work (0–1), or an indeterminate indicator for a negative value. */
    public void progress(double fraction) {
        progress.setProgress(fraction < 0 ? ProgressIndicator.INDETERMINATE_PROGRESS : fraction);
    }

    /** Marks the end of background work started with {@link #startWork()}. */
    public void endWork() {
        busy = Math.max(0, busy - 1);
        if (busy == 0) {
            progress.setVisible(false);
            progress.setProgress(ProgressIndicator.INDETERMINATE_PROGRESS);
        }
    }

    /** The problems button (text, style and action are set by the scenario controller). */
    public Button problemsButton() {
        return problems;
    }
}

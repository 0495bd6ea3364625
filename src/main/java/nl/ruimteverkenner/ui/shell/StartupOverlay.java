package nl.ruimteverkenner.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.i18n.Messages;

/**
 * What the window shows while the application starts: the application's name, the step it is at ("Kaart laden…")
 * and (until the frame is in) a turning indicator, on a card. It first is the window's content on its own (the frame
 * is still being built); then it lies over the frame's map, lets clicks through, and is removed when the map is
 * ready. A failure replaces the step with the message and a button to close the application. FX thread only.
 */
public final class StartupOverlay extends StackPane {
    private final Label step = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final VBox card;

    public StartupOverlay() {
        setId("startup-overlay");
        getStyleClass().add("startup-overlay");
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().add("startup-title");
        step.setId("startup-step");
        step.getStyleClass().add("startup-step");
        step.setWrapText(true);
        // (its animation also keeps the pulses coming until the card's first frame is on screen: App waits for it)
        progress.setPrefSize(28, 28);
        card = new VBox(10, title, step, progress);
        card.getStyleClass().add("startup-card");
        card.setAlignment(Pos.CENTER);
        card.setPadding(new Insets(24, 36, 24, 36));
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setMinWidth(320);
        card.setMaxWidth(560);
        // plain colours here, so the card looks right before the style sheets are applied
        card.setStyle("-fx-background-color: rgba(255,255,255,0.94); -fx-background-radius: 6;"
                + " -fx-border-color: #d8d3c9; -fx-border-radius: 6;");
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        setStyle("-fx-background-color: #efece5;");
        getChildren().add(card);
    }

    /** Shows the step start-up is at. */
    public void step(String text) {
        step.setText(text);
    }

    /** The step shown. */
    public String currentStep() {
        return step.getText();
    }

    /**
     * The frame is in the window: the overlay becomes a card over it and lets the pointer through. The turning
     * indicator stops: in software rendering each of its frames repaints the map beneath it, which took the
     * processor from the work start-up waits for; the step's text says what is going on.
     */
    public void overFrame() {
        progress.setVisible(false);
        progress.setManaged(false);
        setStyle("-fx-background-color: transparent;");
        setPickOnBounds(false);
        card.setMouseTransparent(true);
    }

    /**
     * Start-up failed: shows {@code message} instead of the step and a button that runs {@code close}. The card
     * catches the pointer again.
     */
    public void fail(String message, Runnable close) {
        card.setMouseTransparent(false);
        step.setText(message);
        step.setId("startup-error");
        progress.setVisible(false);
        progress.setManaged(false);
        Button button = new Button(Messages.get("startup.close"));
        button.setId("startup-close");
        button.setDefaultButton(true);
        button.setOnAction(e -> close.run());
        card.getChildren().add(button);
    }
}

package nl.ruimteverkenner.ui.presentation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.ui.map.MapPane;
import nl.ruimteverkenner.ui.schuurpunten.SchuurpuntenController;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.Shortcuts;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.Shortcuts.Scope;
import nl.ruimteverkenner.ui.shell.Shortcuts.Shortcut;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * Presenting: F11 switches to full screen with larger type, the side panels hidden and a pointer on the
 * map; F1 or ? shows the keyboard shortcuts over the map, built from the shortcut table.
 */
public final class PresentationController implements FeatureController {
    /** Place names on the map are this much larger while presenting. */
    static final double PRESENTING_LABEL_SCALE = 1.35;
    private final UiContext ctx;
    private final SchuurpuntenController schuurpunten;
    private final MapPane map;
    private final Circle pointer = new Circle(9, Color.web("#e53935", 0.75));
    private StackPane helpOverlay;
    private boolean presenting;

    public PresentationController(UiContext ctx, SchuurpuntenController schuurpunten) {
        this.ctx = ctx;
        this.schuurpunten = schuurpunten;
        this.map = ctx.map();
        pointer.setManaged(false);
        pointer.setMouseTransparent(true);
        pointer.setId("pointer");
        map.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            pointer.setLayoutX(e.getX());
            pointer.setLayoutY(e.getY());
        });
        Shortcuts keys = ctx.shortcuts();
        keys.add("presentation.toggle", Group.GENERAL, Scope.NOT_TYPING, () -> {
            setPresenting(!presenting);
            return true;
        }, new KeyCodeCombination(KeyCode.F11, KeyCombination.SHIFT_ANY));
        keys.document("help.keys", Group.GENERAL, new KeyCodeCombination(KeyCode.F1));
        keys.add(new Shortcut("help.close", Group.GENERAL, List.of(new KeyCodeCombination(KeyCode.ESCAPE, KeyCombination.SHIFT_ANY)),
                Scope.NOT_TYPING, 20, () -> {
                    if (!isHelpShown()) {
                        return false;
                    }
                    toggleHelp();
                    return true;
                }));
        map.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                return;
            }
            scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
                if (!(scene.getFocusOwner() instanceof TextInputControl) && "?".equals(e.getCharacter())) {
                    toggleHelp();
                    e.consume();
                }
            });
            scene.windowProperty().addListener((ow, aw, w) -> {
                if (w instanceof Stage st) {
                    st.fullScreenProperty().addListener((of, af, full) -> {
                        if (!full && presenting) {
                            setPresenting(false);
                        }
                    });
                }
            });
        });
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem keys = new MenuItem(Messages.get("menu.keys"));
        keys.setAccelerator(ctx.shortcuts().get("help.keys").keys().get(0));
        keys.setOnAction(e -> toggleHelp());
        return List.of(new MenuEntry(Menu.HELP, keys));
    }

    /** Presentation mode: full screen, larger type, side panels hidden, the map with a pointer. */
    private boolean paneBefore;

    public void setPresenting(boolean on) {
        if (on == presenting) {
            return;
        }
        presenting = on;
        if (ctx.shell().window() instanceof Stage st) {
            st.setFullScreenExitHint(Messages.get("presentation.hint"));
            st.setFullScreen(on);
        }
        Region root = (Region) map.getScene().getRoot();
        map.placeLabels().setFontScale(on ? PRESENTING_LABEL_SCALE : 1);
        map.highlight().setHighContrast(on);
        for (Node n : root.lookupAll("." + PRESENTATION_HIDDEN)) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
        // The tool bar decides what overflows only when its items change, not when their type grows or
        // shrinks: re-set them once the new style applies, or ">>" stays after F11 and back.
        if (root.lookup(".tool-bar") instanceof ToolBar bar) {
            Platform.runLater(() -> bar.getItems().setAll(List.copyOf(bar.getItems())));
        }
        if (on) {
            root.getStyleClass().add("presentation");
            paneBefore = schuurpunten.isShown();
            ctx.shell().setSidePanelsShown(false);
            schuurpunten.setShown(false);
            ctx.explorer().clearSelection();
            map.getChildren().add(pointer);
        } else {
            root.getStyleClass().remove("presentation");
            ctx.shell().setSidePanelsShown(true);
            schuurpunten.setShown(paneBefore);
            map.getChildren().remove(pointer);
        }
    }

    public boolean isPresenting() {
        return presenting;
    }

    /** Shows or hides the overlay with all keyboard shortcuts (F1 or ?), as listed in the shortcut table. */
    public void toggleHelp() {
        if (helpOverlay == null) {
            helpOverlay = buildHelp();
        }
        if (map.getChildren().contains(helpOverlay)) {
            map.getChildren().remove(helpOverlay);
        } else {
            map.getChildren().add(helpOverlay);
        }
    }

    public boolean isHelpShown() {
        return helpOverlay != null && map.getChildren().contains(helpOverlay);
    }

    private StackPane buildHelp() {
        Label title = new Label(Messages.get("menu.keys"));
        title.getStyleClass().add("help-title");
        // two columns: the map and exploring on the left, sketching and the rest on the right
        GridPane left = keysGrid(List.of(Group.MAP, Group.HORIZON, Group.EXPLORE));
        GridPane right = keysGrid(List.of(Group.SKETCH, Group.GENERAL));
        HBox columns = new HBox(36, left, right);
        columns.setId("help-keys");
        columns.getStyleClass().add("help-keys");
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.prefViewportWidthProperty().bind(columns.widthProperty());
        scroll.getStyleClass().add("help-scroll");
        Label close = new Label(Messages.get("help.close"));
        close.getStyleClass().add("help-close");
        VBox box = new VBox(10, title, scroll, close);
        box.getStyleClass().add("help-box");
        box.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(box);
        box.maxHeightProperty().bind(overlay.heightProperty().subtract(24));
        scroll.prefViewportHeightProperty().bind(columns.heightProperty());
        overlay.setId("help-overlay");
        overlay.getStyleClass().add("help-overlay");
        overlay.setOnMouseClicked(e -> toggleHelp());
        return overlay;
    }

    /** The documented shortcuts of {@code groups}, each group under its heading. */
    private GridPane keysGrid(List<Group> groups) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(2);
        Map<Group, List<Shortcut>> all = ctx.shortcuts().groups();
        int row = 0;
        for (Group g : groups) {
            List<Shortcut> documented = all.getOrDefault(g, List.of()).stream().filter(s -> Messages.has(s.textKey())).toList();
            if (documented.isEmpty()) {
                continue;
            }
            Label head = new Label(Messages.get("shortcut.group." + g.name().toLowerCase(Locale.ROOT)));
            head.getStyleClass().add("help-group");
            head.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(head, 0, row++, 2, 1);
            for (Shortcut s : documented) {
                Label keys = new Label(Messages.get(s.keysKey()));
                keys.getStyleClass().add("help-key");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label text = new Label(Messages.get(s.textKey()));
                text.setMinWidth(Region.USE_PREF_SIZE);
                grid.addRow(row++, keys, text);
            }
        }
        return grid;
    }
}

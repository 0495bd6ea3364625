package nl.ruimteverkenner.ui.notes;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Vote;
import nl.ruimteverkenner.model.WorkshopBoard;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * The *Stemmen* tab: placing notes, who votes now and how many dots they have left, the participants, the
 * list of notes, sketches and schuurpunten with their dots (most first) and a − and + per row, and the exports.
 */
public final class VotesPanel extends VBox {
    /** Which rows the list shows. */
    enum Filter { ALL, NOTES, SKETCHES, SCHUURPUNTEN, VOTED }

    private final NotesModel model;
    private final Supplier<List<NotesModel.Item>> items;
    private final ListView<NotesModel.Item> list = new ListView<>();
    private final ComboBox<String> participant = new ComboBox<>();
    private final ComboBox<Filter> filter = new ComboBox<>();
    private final Label remaining = new Label();
    private final Label message = new Label();
    private BiFunction<NotesModel.Item, Boolean, java.util.Optional<String>> onVote = (i, up) -> java.util.Optional.empty();

    /**
     * @param items        the votable things, most dots first
     * @param place        the note tool's toggle state (bound both ways)
     * @param editPeople   opens the participants dialog
     * @param show         shows a row's thing on the map
     * @param exportCsv    exports the list as CSV
     * @param exportGeo    exports the notes as GeoJSON
     * @param notesVisible whether the notes are shown on the map (bound both ways)
     */
    VotesPanel(NotesModel model, Supplier<List<NotesModel.Item>> items, javafx.beans.property.BooleanProperty place,
               Runnable editPeople, Consumer<NotesModel.Item> show, Runnable exportCsv, Runnable exportGeo,
               javafx.beans.property.BooleanProperty notesVisible) {
        super(6);
        this.model = model;
        this.items = items;
        setPadding(new Insets(8));
        setId("votes-panel");
        getStyleClass().add("keuzeregister");
        Label title = new Label(Messages.get("votes.title"));
        title.getStyleClass().add("panel-title");
        Label help = new Label(Messages.get("votes.help"));
        help.setWrapText(true);
        help.setMinHeight(Label.USE_PREF_SIZE);
        help.getStyleClass().add("legend-note");
        ToggleButton placeButton = new ToggleButton(Messages.get("notes.place"));
        placeButton.setId("votes-place-note");
        placeButton.setTooltip(new Tooltip(Messages.get("notes.place.tooltip")));
        placeButton.selectedProperty().bindBidirectional(place);
        CheckBox visible = new CheckBox(Messages.get("notes.visible"));
        visible.setId("notes-visible");
        visible.selectedProperty().bindBidirectional(notesVisible);

        participant.setId("votes-participant");
        participant.setPromptText(Messages.get("votes.participant.prompt"));
        participant.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(participant, Priority.ALWAYS);
        participant.valueProperty().bindBidirectional(model.participantProperty());
        Label who = new Label(Messages.get("votes.participant"));
        who.setMinWidth(Label.USE_PREF_SIZE);
        Button people = new Button(Messages.get("votes.participants"));
        people.setId("votes-participants");
        people.setOnAction(e -> editPeople.run());
        HBox noteRow = new HBox(8, placeButton, people);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        HBox whoRow = new HBox(6, who, participant);
        whoRow.setAlignment(Pos.CENTER_LEFT);
        remaining.setId("votes-remaining");
        remaining.getStyleClass().add("legend-heading");
        remaining.setWrapText(true);
        remaining.setMinHeight(Label.USE_PREF_SIZE);
        message.setId("votes-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.setStyle("-fx-text-fill: #b71c1c; -fx-font-weight: bold;");
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);

        filter.setId("votes-filter");
        filter.getItems().setAll(Filter.values());
        filter.setConverter(FxSupport.displayOnly(f -> Messages.get("votes.filter." + f.name().toLowerCase(java.util.Locale.ROOT))));
        filter.setValue(Filter.ALL);
        filter.valueProperty().addListener((o, a, b) -> refresh());
        filter.setMaxWidth(Double.MAX_VALUE);
        list.setId("votes-list");
        list.setPlaceholder(new Label(Messages.get("votes.empty")));
        list.setCellFactory(l -> new ItemCell(show));
        list.setPrefHeight(360);
        list.setMinHeight(240);
        VBox.setVgrow(list, Priority.ALWAYS);
        Button csv = new Button(Messages.get("votes.exportCsv"));
        csv.setId("votes-export-csv");
        csv.setOnAction(e -> exportCsv.run());
        Button geo = new Button(Messages.get("votes.exportGeoJson"));
        geo.setId("votes-export-geojson");
        geo.setOnAction(e -> exportGeo.run());
        getChildren().addAll(title, help, noteRow, visible, whoRow, remaining, message, filter, list, new HBox(6, csv, geo));
        model.boardProperty().addListener((o, a, b) -> refresh());
        model.participantProperty().addListener((o, a, b) -> {
            message.setVisible(false);
            updateRemaining();
        });
        refresh();
    }

    /** What + and − do: (row, up) → empty when done, else the reason it was refused. */
    void setOnVote(BiFunction<NotesModel.Item, Boolean, java.util.Optional<String>> handler) {
        this.onVote = handler;
    }

    /** Rebuilds the participants and the list (after a change of the board, the scenario or the schuurpunten). */
    void refresh() {
        WorkshopBoard b = model.board();
        if (!participant.getItems().equals(b.participants())) {
            String keep = model.participantProperty().get();
            participant.getItems().setAll(b.participants());
            model.participantProperty().set(keep);
        }
        Filter f = filter.getValue();
        list.getItems().setAll(items.get().stream().filter(i -> switch (f) {
            case ALL -> true;
            case NOTES -> i.kind() == Vote.Kind.NOTE;
            case SKETCHES -> i.kind() == Vote.Kind.SKETCH;
            case SCHUURPUNTEN -> i.kind() == Vote.Kind.SCHUURPUNT;
            case VOTED -> i.votes() > 0;
        }).toList());
        updateRemaining();
    }

    private void updateRemaining() {
        WorkshopBoard b = model.board();
        String p = model.participantProperty().get();
        remaining.setText(b.participants().isEmpty() ? Messages.get("votes.remaining.nobody")
                : p == null ? Messages.get("votes.choose")
                : Messages.get("votes.remaining", p, b.remaining(p), b.dotsPerParticipant()));
    }

    /** Shows why a dot was refused (empty hides the message). */
    void showMessage(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null && !text.isEmpty());
    }

    /** The message shown ("" when none). */
    String message() {
        return message.isVisible() ? message.getText() : "";
    }

    ListView<NotesModel.Item> list() {
        return list;
    }

    private static String nodeId(NotesModel.Item i) {
        return i.kind().id() + "-" + i.id().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** A row: dots, kind and title, − and +. */
    private final class ItemCell extends ListCell<NotesModel.Item> {
        private final Label count = new Label();
        private final Label text = new Label();
        private final Button minus = new Button("−");
        private final Button plus = new Button("+");
        private final HBox row = new HBox(6, count, text, minus, plus);

        ItemCell(Consumer<NotesModel.Item> show) {
            count.getStyleClass().add("votes-count");
            text.setMaxWidth(Double.MAX_VALUE);
            text.setWrapText(true);
            // at most two lines (a schuurpunt's title is long); the whole title in the tooltip
            text.setMaxHeight(40);
            text.setTooltip(new Tooltip());
            text.getTooltip().setWrapText(true);
            text.getTooltip().setMaxWidth(360);
            HBox.setHgrow(text, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            minus.setTooltip(new Tooltip(Messages.get("votes.minus.tooltip")));
            plus.setTooltip(new Tooltip(Messages.get("votes.plus.tooltip")));
            minus.setFocusTraversable(false);
            plus.setFocusTraversable(false);
            minus.setOnAction(e -> act(false));
            plus.setOnAction(e -> act(true));
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null && getItem().present()) {
                    show.accept(getItem());
                }
            });
            setPrefWidth(0);
        }

        private void act(boolean up) {
            NotesModel.Item i = getItem();
            if (i != null) {
                showMessage(onVote.apply(i, up).orElse(""));
            }
        }

        @Override
        protected void updateItem(NotesModel.Item i, boolean empty) {
            super.updateItem(i, empty);
            if (empty || i == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            count.setText(Integer.toString(i.votes()));
            String kind = Messages.get("board.kind." + i.kind().id());
            text.setText(i.kind() == Vote.Kind.NOTE ? kind + " " + i.title()
                    : kind + ": " + i.title() + (i.present() ? "" : " " + Messages.get("votes.gone")));
            text.getTooltip().setText(text.getText());
            text.getStyleClass().remove("votes-gone");
            if (!i.present()) {
                text.getStyleClass().add("votes-gone");
            }
            minus.setId("vote-minus-" + nodeId(i));
            plus.setId("vote-plus-" + nodeId(i));
            plus.setDisable(!i.present());
            setGraphic(row);
        }
    }
}

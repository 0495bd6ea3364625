package nl.ruimteverkenner.ui.notes;

import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.WorkshopBoard;
import nl.ruimteverkenner.ui.shell.FxSupport;

/** Who votes (people or tables, one per line) and how many dots each has. */
public final class ParticipantsDialog extends Dialog<ParticipantsDialog.Answer> {
    /** The names (blank lines left out) and the dots per participant. */
    public record Answer(List<String> names, int dots) {
    }

    /** The number in the spinner's field, also when it was typed and not yet confirmed (kept within range). */
    private static int typed(Spinner<Integer> dots) {
        try {
            int v = Integer.parseInt(dots.getEditor().getText().strip());
            return Math.max(1, Math.min(WorkshopBoard.MAX_DOTS, v));
        } catch (NumberFormatException e) {
            return dots.getValue();
        }
    }

    public ParticipantsDialog(Window owner, WorkshopBoard board) {
        initOwner(owner);
        setTitle(Messages.get("votes.participants.title"));
        setHeaderText(Messages.get("votes.participants.header"));
        TextArea names = new TextArea(String.join("\n", board.participants()));
        names.setId("participants-names");
        names.setPrefRowCount(8);
        names.setPrefColumnCount(24);
        names.setPromptText(Messages.get("votes.participants.prompt"));
        Spinner<Integer> dots = new Spinner<>(1, WorkshopBoard.MAX_DOTS, board.dotsPerParticipant());
        dots.setId("participants-dots");
        dots.setEditable(true);
        dots.setPrefWidth(90);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("votes.participants.names")), names);
        grid.addRow(1, new Label(Messages.get("votes.participants.dots")), dots);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        setResultConverter(b -> b != FxSupport.OK ? null : new Answer(Arrays.stream(names.getText().split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList(), typed(dots)));
        Platform.runLater(names::requestFocus);
    }
}

package nl.ruimteverkenner.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * {@link DialogService} with JavaFX dialogs: every dialog is owned by the main window (so it stays in front
 * of it) and centred over it once shown ({@link WindowPlacement#ownAndCentre}), sized to its content, with the Dutch buttons of
 * {@link FxSupport}; file and folder choosers are owned by it too.
 */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    /** @param owner the main window (asked each time, as the scene may not be shown yet at construction) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    private <D extends Dialog<?>> D owned(D d) {
        WindowPlacement.ownAndCentre(d, owner.get());
        d.setResizable(true);
        d.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return d;
    }

    @Override
    public void showText(String title, String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(620, Math.min(380, 60 + 18 * text.lines().count()));
        Alert a = owned(new Alert(Alert.AlertType.INFORMATION, "", FxSupport.CLOSE));
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setContent(area);
        a.show();
    }

    @Override
    public void inform(String title, String header, String text) {
        Alert a = owned(new Alert(Alert.AlertType.INFORMATION, text, FxSupport.OK));
        a.setTitle(title);
        a.setHeaderText(header);
        a.show();
    }

    @Override
    public void showList(String title, String header, List<String> lines) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll(lines);
        list.setPrefSize(760, Math.min(360, 40 + 24 * lines.size()));
        Alert a = owned(new Alert(Alert.AlertType.INFORMATION, "", FxSupport.CLOSE));
        a.setTitle(title);
        a.setHeaderText(header);
        a.getDialogPane().setContent(list);
        a.show();
    }

    @Override
    public boolean confirm(String title, String header, String text) {
        Alert a = owned(new Alert(Alert.AlertType.CONFIRMATION, text, FxSupport.OK, FxSupport.CANCEL));
        a.setTitle(title);
        a.setHeaderText(header);
        return a.showAndWait().filter(b -> b == FxSupport.OK).isPresent();
    }

    @Override
    public boolean askYesNo(String title, String header, String text) {
        Alert a = owned(new Alert(Alert.AlertType.CONFIRMATION, text, FxSupport.YES, FxSupport.NO));
        a.setTitle(title);
        a.setHeaderText(header);
        return a.showAndWait().filter(b -> b == FxSupport.YES).isPresent();
    }

    @Override
    public <T> Optional<T> choose(String title, String header, String text, List<Choice<T>> choices) {
        List<ButtonType> buttons = new ArrayList<>();
        for (Choice<T> c : choices) {
            buttons.add(new ButtonType(c.label(), c.isDefault() ? ButtonBar.ButtonData.YES : ButtonBar.ButtonData.NO));
        }
        buttons.add(FxSupport.CANCEL);
        Alert a = owned(new Alert(Alert.AlertType.WARNING, text, buttons.toArray(ButtonType[]::new)));
        a.setTitle(title);
        a.setHeaderText(header);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == FxSupport.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(choices.get(buttons.indexOf(answer.get())).value());
    }

    @Override
    public Optional<String> input(String title, String header, String initial) {
        TextInputDialog d = owned(new TextInputDialog(initial));
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toAbsolutePath().toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
        FileChooser chooser = fileChooser(title, types);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, List<FileType> types) {
        FileChooser chooser = fileChooser(title, types);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser fileChooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType t : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        return chooser;
    }

    @Override
    public <T> Optional<T> show(Function<Window, Dialog<T>> factory) {
        Window w = owner.get();
        Dialog<T> d = WindowPlacement.ownAndCentre(factory.apply(w), w);
        d.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return d.showAndWait();
    }
}

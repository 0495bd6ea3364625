package nl.ruimteverkenner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.BackgroundsConfig;
import nl.ruimteverkenner.io.TileSource;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.ui.background.BackgroundViewModel;
import nl.ruimteverkenner.ui.shell.DialogService;
import org.junit.jupiter.api.Test;

/** The background choice without a screen: consent once per server, remembered choice, attribution. */
class BackgroundViewModelTest {
    private final List<TileSource> sources = BackgroundsConfig.bundled();
    private final List<Optional<TileSource>> applied = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private BackgroundViewModel model(Settings s) {
        return new BackgroundViewModel(s, sources, dialogs, applied::add);
    }

    @Test
    void startsOfflineWithTheBundledAttributionAndAsksNothing() {
        Settings s = new Settings();
        BackgroundViewModel vm = model(s);
        assertEquals(Settings.OFFLINE, vm.selectedProperty().get());
        assertEquals(List.of(Optional.empty()), applied);
        assertEquals(Messages.get("attribution.offline"), vm.attributionProperty().get());
        assertEquals(6, vm.options().size(), "offline and five online backgrounds");
        assertEquals(Settings.OFFLINE, vm.options().get(0).id());
        assertTrue(dialogs.asked.isEmpty());
    }

    @Test
    void refusingTheQuestionKeepsTheOfflineMapAndConnectsNowhere() {
        Settings s = new Settings();
        BackgroundViewModel vm = model(s);
        dialogs.answers.add(false);
        assertFalse(vm.choose("brt-standaard"));
        assertEquals(1, dialogs.asked.size());
        assertTrue(dialogs.asked.get(0).contains("service.pdok.nl"), dialogs.asked.get(0));
        assertEquals(Settings.OFFLINE, vm.selectedProperty().get());
        assertEquals(Settings.OFFLINE, s.background);
        assertTrue(s.onlineConsent.isEmpty());
        assertEquals(1, applied.size(), "only the start-up offline map was applied");
    }

    @Test
    void agreeingOnceCoversEveryBackgroundOfThatServer() {
        Settings s = new Settings();
        BackgroundViewModel vm = model(s);
        dialogs.answers.add(true);
        assertTrue(vm.choose("brt-grijs"));
        assertEquals("brt-grijs", s.background);
        assertEquals(List.of("service.pdok.nl"), s.onlineConsent);
        assertEquals("brt-grijs", applied.get(applied.size() - 1).orElseThrow().id());
        assertEquals("Kaartgegevens © Kadaster (CC BY 4.0)", vm.attributionProperty().get());
        assertTrue(vm.choose("luchtfoto"), "same server: no second question");
        assertEquals(1, dialogs.asked.size());
        assertTrue(vm.attributionProperty().get().startsWith("Luchtfoto © Beeldmateriaal Nederland / PDOK"));
        // another server is asked about
        dialogs.answers.add(true);
        assertTrue(vm.choose(Settings.OSM));
        assertEquals(2, dialogs.asked.size());
        assertTrue(dialogs.asked.get(1).contains("tile.openstreetmap.org"));
        assertTrue(s.onlineBasemap, "older versions see OpenStreetMap switched on");
        assertTrue(vm.attributionProperty().get().startsWith("© OpenStreetMap-bijdragers"));
        assertTrue(vm.choose(Settings.OFFLINE));
        assertEquals(Optional.empty(), applied.get(applied.size() - 1));
        assertFalse(s.onlineBasemap);
        assertEquals(Messages.get("attribution.offline"), vm.attributionProperty().get());
        assertFalse(vm.choose(Settings.OFFLINE), "already shown");
        assertFalse(vm.choose("bestaat-niet"));
    }

    @Test
    void theRememberedChoiceIsAppliedAtStartWithoutAsking() {
        Settings s = new Settings();
        s.background = "brt-pastel";
        s.onlineConsent.add("service.pdok.nl");
        BackgroundViewModel vm = model(s);
        assertEquals("brt-pastel", vm.selectedProperty().get());
        assertEquals("brt-pastel", vm.current().orElseThrow().id());
        assertEquals("brt-pastel", applied.get(0).orElseThrow().id());
        assertTrue(dialogs.asked.isEmpty());
    }

    @Test
    void anOldOnlineSwitchStartsWithOpenStreetMap() {
        Settings s = new Settings();
        s.background = null;
        s.onlineBasemap = true;
        BackgroundViewModel vm = model(s);
        assertEquals(Settings.OSM, vm.selectedProperty().get());
        assertTrue(dialogs.asked.isEmpty(), "the old switch was agreed to already");
    }

    @Test
    void aBackgroundNoLongerConfiguredOrNotAgreedToFallsBackToOffline() {
        Settings gone = new Settings();
        gone.background = "verdwenen";
        assertEquals(Settings.OFFLINE, model(gone).selectedProperty().get());
        assertEquals("verdwenen", gone.background, "remembered for when the list has it again");
        Settings edited = new Settings();
        edited.background = "luchtfoto"; // consent missing, e.g. a hand-edited file
        assertEquals(Settings.OFFLINE, model(edited).selectedProperty().get());
        assertTrue(dialogs.asked.isEmpty());
    }

    /** Answers confirmations from a queue and records their texts. */
    private static final class ScriptedDialogs implements DialogService {
        final Deque<Boolean> answers = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean confirm(String title, String header, String text) {
            asked.add(header + " " + text);
            return answers.isEmpty() ? false : answers.pop();
        }

        @Override
        public void showText(String title, String text) {
            throw new AssertionError("unexpected message: " + text);
        }

        @Override
        public void showList(String title, String header, List<String> lines) {
            throw new AssertionError("unexpected list");
        }

        @Override
        public boolean askYesNo(String title, String header, String text) {
            throw new AssertionError("unexpected question");
        }

        @Override
        public <T> Optional<T> choose(String title, String header, String text, List<Choice<T>> choices) {
            throw new AssertionError("unexpected choice");
        }

        @Override
        public Optional<String> input(String title, String header, String initial) {
            throw new AssertionError("unexpected input");
        }

        @Override
        public Optional<Path> chooseFolder(String title, Path initial) {
            throw new AssertionError("unexpected chooser");
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
            throw new AssertionError("unexpected chooser");
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String initialName, List<FileType> types) {
            throw new AssertionError("unexpected chooser");
        }

        @Override
        public <T> Optional<T> show(Function<Window, Dialog<T>> factory) {
            throw new AssertionError("unexpected dialog");
        }
    }
}

package nl.ruimteverkenner.ui.settings;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import nl.ruimteverkenner.i18n.Language;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.ui.settings.LanguageChoice.Option;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * *Instellingen › Taal*: Nederlands, English or the system's language, remembered in the settings. The texts are made
 * when the window is built, so a new choice applies after a restart (as in QGIS); the user is told so in both the
 * current and the chosen language.
 */
public final class LanguageController implements FeatureController {
    private final UiContext ctx;
    private final LanguageChoice choice;
    private final javafx.scene.control.Menu menu = new javafx.scene.control.Menu(Messages.get("menu.language"));

    public LanguageController(UiContext ctx) {
        this(ctx, Locale.getDefault());
    }

    /** @param system the system's locale, which the third option follows */
    public LanguageController(UiContext ctx, Locale system) {
        this.ctx = ctx;
        this.choice = new LanguageChoice(ctx.settings(), system);
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Option o : Option.values()) {
            RadioMenuItem item = new RadioMenuItem(label(o));
            item.setId("language-" + o.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(o == choice.current());
            item.setOnAction(e -> chosen(o));
            menu.getItems().add(item);
        }
    }

    /** "Nederlands" and "English" in their own language; the system option in the language in use, naming its result. */
    private String label(Option o) {
        return switch (o) {
            case DUTCH -> Messages.get(Language.DUTCH, "language.name");
            case ENGLISH -> Messages.get(Language.ENGLISH, "language.name");
            case SYSTEM -> Messages.get("language.system", Messages.get(choice.languageOf(o), "language.name"));
        };
    }

    private void chosen(Option o) {
        choice.choose(o).ifPresent(next -> ctx.dialogs().inform(Messages.get("menu.language"),
                Messages.get("language.restart.header"), LanguageChoice.restartNotice(next)));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(Menu.SETTINGS, menu));
    }
}

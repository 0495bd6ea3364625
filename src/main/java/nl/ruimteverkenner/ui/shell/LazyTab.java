package nl.ruimteverkenner.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A side tab whose content enters the scene only when the tab is first shown, so start-up styles and lays
 * out only the visible panel.
 */
public final class LazyTab {
    private LazyTab() {
    }

    /** A tab that is not closable, with {@code id}, whose content is made by {@code content} when first selected. */
    public static Tab of(String text, String id, Supplier<Node> content) {
        Tab t = new Tab(text);
        t.setId(id);
        t.setClosable(false);
        t.selectedProperty().addListener((o, was, selected) -> {
            if (selected && t.getContent() == null) {
                t.setContent(content.get());
            }
        });
        return t;
    }
}

package nl.ruimteverkenner.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.edit.LayerEdits;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.Test;

/** The attribute table's rows, search, count and title, without a screen. */
class AttributeTableModelTest {
    private final Scenario s = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"))
            .scenario().orElseThrow();

    @Test
    void aRowShowsTheFeaturesAttributesAndTheSearchLooksInEveryColumnWhateverTheCase() {
        Layer layer = s.layer("rivierruimte").orElseThrow();
        AttributeTableModel m = new AttributeTableModel("rivierruimte", s);
        assertEquals(layer.features().stream().map(Feature::id).toList(), m.shown().stream().map(AttributeTableModel.Row::id).toList());
        int n = layer.features().size();
        assertEquals(n + " van " + n + " objecten", m.countProperty().get());

        Feature ending = s.features().filter(f -> f.until().isPresent()).filter(f -> f.layerId().equals("rivierruimte"))
                .findFirst().orElse(null);
        if (ending != null) {
            AttributeTableModel.Row row = m.shown().stream().filter(r -> r.id().equals(ending.id())).findFirst().orElseThrow();
            assertEquals(ending.horizon().year() + "–" + ending.until().get().year(), row.horizon());
        }
        Feature first = layer.features().get(0);
        AttributeTableModel.Row row = m.shown().get(0);
        assertEquals(first.label(), row.label());
        assertEquals(String.join(", ", first.tags().stream().sorted().toList()), row.tags());

        // a tag of one feature only, typed in capitals
        String tag = first.tags().stream().filter(t -> layer.features().stream().filter(f -> f.tags().contains(t)).count() < n)
                .findFirst().orElseThrow();
        m.searchProperty().set(" " + tag.toUpperCase() + " ");
        List<String> expected = layer.features().stream().filter(f -> f.tags().contains(tag) || f.label().toLowerCase().contains(tag)
                || f.id().contains(tag)).map(Feature::id).toList();
        assertEquals(expected, m.shown().stream().map(AttributeTableModel.Row::id).toList());
        assertEquals(expected.size() + " van " + n + " objecten", m.countProperty().get());
        m.searchProperty().set("");
        assertEquals(n, m.shown().size());
        // the basis column is searched too
        m.searchProperty().set("SCHEMATISCH");
        assertEquals(layer.features().stream().filter(f -> f.basis().id().equals("schematisch")).count(), m.shown().size());
    }

    @Test
    void theModelFollowsEditsAndKnowsWhenItsLayerIsGone() {
        AttributeTableModel m = new AttributeTableModel("natuur", s);
        Layer natuur = s.layer("natuur").orElseThrow();
        assertTrue(m.titleProperty().get().contains(natuur.label()));
        Scenario renamed = LayerEdits.withProperties(s, "natuur",
                new LayerEdits.Properties("Natuur (nieuw)", natuur.theme(), natuur.style().color()), "");
        m.refresh(renamed);
        assertEquals("Attributentabel – Natuur (nieuw)", m.titleProperty().get());
        assertFalse(m.goneProperty().get());
        m.refresh(LayerEdits.withoutLayer(renamed, "natuur"));
        assertTrue(m.goneProperty().get());
        assertTrue(m.shown().isEmpty());
        m.refresh(renamed);
        assertFalse(m.goneProperty().get(), "undo brings it back");
        assertEquals(natuur.features().size(), m.shown().size());
    }
}

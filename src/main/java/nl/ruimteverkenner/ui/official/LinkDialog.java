package nl.ruimteverkenner.ui.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.ruimteverkenner.edit.OfficialGeometry;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.imports.SourceFeature;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * The second step of linking official geometry: how the file's features become the layer's. By name (the
 * feature's label against a chosen attribute), by id (an attribute holding the feature id), or all of them as
 * the layer's extent (dissolved per value of an attribute, replacing or complementing the schematic features).
 * Shows live how many features match and lists those that stay schematic. Its answer is the edit to make.
 */
final class LinkDialog extends Dialog<LinkDialog.Link> {
    /** The edit the dialog asks for and its description in the undo history. */
    record Link(UnaryOperator<Scenario> change, String description) {
    }

    private enum Mode { NAME, ID, EXTENT }

    private final Layer layer;
    private final List<SourceFeature> sources;
    private final OfficialGeometry.Dataset dataset;
    private final ToggleGroup modes = new ToggleGroup();
    private final ComboBox<String> nameAttr = new ComboBox<>();
    private final ComboBox<String> idAttr = new ComboBox<>();
    private final ComboBox<String> groupAttr = new ComboBox<>();
    private final CheckBox replace = new CheckBox(Messages.get("official.link.replace"));
    private final TextField title = new TextField();
    private final TextField date = new TextField();
    private final Label summary = new Label();
    private final ListView<String> unmatched = new ListView<>();

    /**
     * @param attributes    the attribute names of the file, in order
     * @param nameAttribute the attribute to match names on first (may be empty: one with "naam" or "name" in it)
     */
    LinkDialog(Window owner, Layer layer, List<SourceFeature> sources, List<String> attributes, String nameAttribute,
               OfficialGeometry.Dataset dataset) {
        this.layer = layer;
        this.sources = sources;
        this.dataset = dataset;
        initOwner(owner);
        setTitle(Messages.get("official.title"));
        setHeaderText(Messages.get("official.link.header", layer.label(), sources.size()));
        title.setText(dataset.title());
        title.setId("official-dataset-title");
        title.setPrefColumnCount(24);
        date.setText(dataset.date());
        date.setId("official-dataset-date");
        RadioButton byName = radio(Mode.NAME, "official.link.byName", "official-by-name");
        RadioButton byId = radio(Mode.ID, "official.link.byId", "official-by-id");
        RadioButton extent = radio(Mode.EXTENT, "official.link.extent", "official-extent");
        String all = Messages.get("official.link.dissolveAll");
        nameAttr.getItems().setAll(attributes);
        idAttr.getItems().setAll(attributes);
        groupAttr.getItems().add(all);
        groupAttr.getItems().addAll(attributes);
        nameAttr.setValue(defaultName(attributes, nameAttribute));
        idAttr.setValue(attributes.stream().filter(a -> a.toLowerCase(Locale.ROOT).contains("id")).findFirst()
                .orElse(attributes.isEmpty() ? null : attributes.get(0)));
        groupAttr.setValue(nameAttr.getValue() == null ? all : nameAttr.getValue());
        nameAttr.setId("official-name-attribute");
        idAttr.setId("official-id-attribute");
        groupAttr.setId("official-group-attribute");
        replace.setId("official-replace");
        byName.setSelected(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.get("official.link.datasetTitle")), title);
        grid.addRow(1, new Label(Messages.get("official.link.datasetDate")), date);
        grid.addRow(2, byName, nameAttr);
        grid.addRow(3, byId, idAttr);
        grid.addRow(4, extent, groupAttr);
        grid.add(replace, 0, 5, 2, 1);
        javafx.scene.layout.ColumnConstraints first = new javafx.scene.layout.ColumnConstraints();
        first.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(first);
        summary.setWrapText(true);
        summary.setMaxWidth(560);
        summary.setId("official-summary");
        unmatched.setId("official-unmatched");
        unmatched.setPrefSize(560, 160);
        Label why = new Label(Messages.get("official.link.extentWhy"));
        why.setWrapText(true);
        why.setMaxWidth(560);
        getDialogPane().setContent(new VBox(8, grid, why, summary, new Label(Messages.get("official.link.unmatched")), unmatched));
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        modes.selectedToggleProperty().addListener((o, a, b) -> update());
        nameAttr.valueProperty().addListener((o, a, b) -> update());
        idAttr.valueProperty().addListener((o, a, b) -> update());
        groupAttr.valueProperty().addListener((o, a, b) -> update());
        replace.selectedProperty().addListener((o, a, b) -> update());
        title.textProperty().addListener((o, a, b) -> update());
        update();
        setResultConverter(b -> b == FxSupport.OK ? link() : null);
    }

    private RadioButton radio(Mode m, String key, String id) {
        RadioButton r = new RadioButton(Messages.get(key));
        r.setUserData(m);
        r.setToggleGroup(modes);
        r.setId(id);
        return r;
    }

    private static String defaultName(List<String> attributes, String preferred) {
        if (preferred != null && attributes.contains(preferred)) {
            return preferred;
        }
        return attributes.stream().filter(a -> a.toLowerCase(Locale.ROOT).matches(".*(naam|name).*")).findFirst()
                .orElse(attributes.isEmpty() ? null : attributes.get(0));
    }

    private Mode mode() {
        return modes.getSelectedToggle() == null ? Mode.NAME : (Mode) modes.getSelectedToggle().getUserData();
    }

    private OfficialGeometry.Match match() {
        return switch (mode()) {
            case NAME -> nameAttr.getValue() == null ? null : OfficialGeometry.matchByName(layer, sources, nameAttr.getValue());
            case ID -> idAttr.getValue() == null ? null : OfficialGeometry.matchById(layer, sources, idAttr.getValue());
            case EXTENT -> null;
        };
    }

    private void update() {
        nameAttr.setDisable(mode() != Mode.NAME);
        idAttr.setDisable(mode() != Mode.ID);
        groupAttr.setDisable(mode() != Mode.EXTENT);
        replace.setDisable(mode() != Mode.EXTENT);
        boolean ok;
        List<String> left = new ArrayList<>();
        if (mode() == Mode.EXTENT) {
            summary.setText(Messages.get(replace.isSelected() ? "official.link.extentReplace" : "official.link.extentAdd",
                    sources.size(), layer.features().size()));
            if (!replace.isSelected()) {
                layer.features().forEach(f -> left.add(f.label()));
            }
            ok = !sources.isEmpty() && !layer.features().isEmpty();
        } else {
            OfficialGeometry.Match m = match();
            ok = m != null && !m.matched().isEmpty();
            if (m == null) {
                summary.setText(Messages.get("official.link.noAttribute"));
            } else {
                summary.setText(Messages.get("official.link.matched", m.matched().size(), layer.features().size(), m.unused()));
                m.unmatched().stream().map(Feature::label).forEach(left::add);
            }
        }
        unmatched.getItems().setAll(left);
        getDialogPane().lookupButton(FxSupport.OK).setDisable(!ok || title.getText().isBlank());
    }

    private Link link() {
        OfficialGeometry.Dataset d = new OfficialGeometry.Dataset(title.getText().strip(), dataset.organisation(), date.getText().strip(),
                dataset.url());
        if (mode() == Mode.EXTENT) {
            String group = groupAttr.getSelectionModel().getSelectedIndex() <= 0 ? null : groupAttr.getValue();
            boolean rep = replace.isSelected();
            return new Link(s -> OfficialGeometry.extent(s, layer.id(), sources, group, rep, d),
                    Messages.get("official.link.done", layer.label(), d.title()));
        }
        OfficialGeometry.Match m = match();
        return new Link(s -> OfficialGeometry.link(s, m, d), Messages.get("official.link.done", layer.label(), d.title()));
    }
}

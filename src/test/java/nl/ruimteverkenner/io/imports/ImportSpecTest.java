package nl.ruimteverkenner.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.Test;

class ImportSpecTest {
    @Test
    void defaultsAreNamedAfterTheFileInEigenPlannenAt2030WithANameLikeLabel() {
        ImportSpec s = ImportSpec.defaults(Path.of("/tmp/woningbouw_plannen_2025.gpkg"), List.of("OBJECTID", "Plannaam", "FUNCTIE"));
        assertEquals("Woningbouw plannen 2025", s.name());
        assertEquals(Theme.EIGEN_PLANNEN, s.theme());
        assertEquals(Horizon.H2030, s.horizon());
        assertEquals(KeuzeCategorie.TE_MAKEN, s.category());
        assertEquals(Basis.EIGEN_PLAN, s.basis());
        assertEquals("Plannaam", s.labelField());
        assertEquals("GEBIEDSNAAM", ImportSpec.guessLabel(List.of("ID", "GEBIEDSNAAM")).orElseThrow());
        assertTrue(ImportSpec.guessLabel(List.of("ID", "FUNCTIE")).isEmpty());
    }

    @Test
    void tagMapsAreReadAsValueIsTagPairs() {
        assertEquals(Map.of("wonen", "woningbouw", "gemengd wonen", "woningbouw"),
                ImportSpec.parseTagMap(" wonen=woningbouw, gemengd wonen = woningbouw "));
        assertTrue(ImportSpec.parseTagMap(" ").isEmpty());
        assertEquals("wonen", assertThrows(IllegalArgumentException.class, () -> ImportSpec.parseTagMap("wonen")).getMessage());
        assertEquals("=x", assertThrows(IllegalArgumentException.class, () -> ImportSpec.parseTagMap("a=b,=x")).getMessage());
    }

    @Test
    void yearsAndWordsBecomeHorizonsAndCategories() {
        assertEquals(Horizon.H2030, LayerImporter.horizonOf(2028L));
        assertEquals(Horizon.H2050, LayerImporter.horizonOf("gereed in 2040"));
        assertEquals(Horizon.H2100, LayerImporter.horizonOf(2075.0));
        assertEquals(null, LayerImporter.horizonOf("onbekend"));
        assertEquals(KeuzeCategorie.TE_AGENDEREN, LayerImporter.categoryOf("Te agenderen"));
        assertEquals(KeuzeCategorie.GEMAAKT, LayerImporter.categoryOf("gemaakte keuze"));
        assertEquals(KeuzeCategorie.TE_MAKEN, LayerImporter.categoryOf("te_maken"));
        assertEquals(KeuzeCategorie.BESTAAND, LayerImporter.categoryOf("Bestaande situatie"));
        assertEquals(null, LayerImporter.categoryOf("misschien"));
        assertEquals("woningbouw-nijmegen-oost", LayerImporter.slug("Woningbouw Nijmegen-Óost!"));
    }
}

package nl.ruimteverkenner.ui.maptools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.ruimteverkenner.i18n.Language;
import nl.ruimteverkenner.i18n.Messages;
import org.junit.jupiter.api.Test;

class PointerTextTest {

    @Test
    void amersfoortInRdAndWgs84WithDutchNumbers() {
        // The Onze Lieve Vrouwetoren in Amersfoort, the origin of RD (155000, 463000).
        assertEquals("RD 155.000, 463.000 · 52,15517° N 5,38720° O · zoom 9",
                PointerText.format(5.387203658, 52.155172894, 9));
    }

    @Test
    void roundsRdToWholeMetresAndShowsAFractionalZoom() {
        // Amsterdam: RD to whole metres with a point as thousands separator, a decimal comma in the zoom.
        assertEquals("RD 121.819, 487.014 · 52,37000° N 4,90000° O · zoom 12,5", PointerText.format(4.9, 52.37, 12.5));
    }

    @Test
    void outsideTheRdAreaOnlyWgs84WithHemisphereLettersInsteadOfMinus() {
        assertEquals("33,50000° Z 0,12345° W · zoom 7", PointerText.format(-0.12345, -33.5, 7));
        // Just west of the RD area (North Sea off Zeeland).
        assertEquals("51,50000° N 3,10000° O · zoom 8", PointerText.format(3.1, 51.5, 8));
    }

    @Test
    void inEnglishWithEnglishNumbersAndHemisphereLetters() {
        Language before = Messages.use(Language.ENGLISH);
        try {
            assertEquals("RD 121,819, 487,014 · 52.37000° N 4.90000° E · zoom 12.5", PointerText.format(4.9, 52.37, 12.5));
            assertEquals("33.50000° S 0.12345° W · zoom 7", PointerText.format(-0.12345, -33.5, 7));
        } finally {
            Messages.use(before);
        }
    }
}

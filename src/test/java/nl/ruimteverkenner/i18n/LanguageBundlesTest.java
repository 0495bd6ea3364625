package nl.ruimteverkenner.i18n;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The two message bundles agree: the same keys in the same order, the same {@code {n}} placeholders per key, the same
 * MessageFormat quoting and non-breaking spaces, and both are valid UTF-8 (Java reads a bundle that is not as ISO-8859-1, silently).
 */
class LanguageBundlesTest {
    private static final String DUTCH = "/nl/ruimteverkenner/i18n/messages.properties";
    private static final String ENGLISH = "/nl/ruimteverkenner/i18n/messages_en.properties";

    @Test
    void everyKeyIsInBothLanguagesInTheSameOrder() throws IOException {
        List<String> nl = keysInOrder(DUTCH);
        List<String> en = keysInOrder(ENGLISH);
        assertTrue(nl.size() > 600 && nl.contains("menu.file") && nl.contains("shortcut.file.quit"), "all keys read: " + nl.size());
        Set<String> missingInEnglish = new TreeSet<>(nl);
        missingInEnglish.removeAll(en);
        Set<String> missingInDutch = new TreeSet<>(en);
        missingInDutch.removeAll(nl);
        assertEquals(Set.of(), missingInEnglish, "keys without an English text");
        assertEquals(Set.of(), missingInDutch, "keys without a Dutch text");
        assertEquals(nl, en, "the English file follows the order of the Dutch one (for merging)");
        assertEquals(nl.size(), new TreeSet<>(nl).size(), "no key twice");
    }

    @Test
    void everyKeyHasTheSamePlaceholdersAndQuotingInBothLanguages() throws IOException {
        Properties nl = load(DUTCH);
        Properties en = load(ENGLISH);
        List<String> wrong = new ArrayList<>();
        for (String key : nl.stringPropertyNames()) {
            String d = nl.getProperty(key);
            String e = en.getProperty(key);
            if (e == null) {
                continue; // reported by the test above
            }
            if (!placeholders(d).equals(placeholders(e))) {
                wrong.add(key + ": " + placeholders(d) + " in Dutch, " + placeholders(e) + " in English");
            }
            if (d.chars().filter(c -> c == '\u00a0').count() != e.chars().filter(c -> c == '\u00a0').count()) {
                wrong.add(key + ": a different number of non-breaking spaces (between a number and its unit)");
            }
            if (quotes(d) != quotes(e)) {
                wrong.add(key + ": " + quotes(d) + " single quotes in Dutch, " + quotes(e) + " in English (write '' for an apostrophe)");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyTextIsAValidPatternInBothLanguages() throws IOException {
        for (String file : List.of(DUTCH, ENGLISH)) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (key.startsWith("format.")) {
                    assertDoesNotThrow(() -> DateTimeFormatter.ofPattern(v), file + " " + key);
                } else {
                    assertDoesNotThrow(() -> new MessageFormat(v, Locale.ROOT), file + " " + key);
                }
            }
        }
    }

    @Test
    void bothFilesAreUtf8() throws IOException {
        for (String file : List.of(DUTCH, ENGLISH)) {
            byte[] bytes = bytes(file);
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError(file + " is not valid UTF-8", e);
            }
        }
    }

    @Test
    void theCheckFindsADifferentPlaceholderAndAStrayApostrophe() {
        // the helpers the tests above rely on do see the faults they are meant to find
        assertEquals(Set.of(0, 1), placeholders("{0} ''{1}'' getekend"));
        assertEquals(Set.of(0), placeholders("{0} '{1}' drawn"));
        assertEquals(Set.of(0, 1, 3), placeholders("{0,choice,0#|1# x {1}}{3,number,#}"));
        assertEquals(0, quotes("don''t"));
        assertEquals(1, quotes("don't"));
    }

    /** The argument numbers a MessageFormat pattern uses, nested choice formats included; quoted text is skipped. */
    static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && c == '{') {
                int j = i + 1;
                while (j < pattern.length() && Character.isDigit(pattern.charAt(j))) {
                    j++;
                }
                if (j > i + 1) {
                    out.add(Integer.parseInt(pattern.substring(i + 1, j)));
                }
            }
        }
        return out;
    }

    /** The single quotes that start or end quoted text (a doubled '' is an apostrophe and not counted). */
    static int quotes(String pattern) {
        return pattern.replace("''", "").length() - pattern.replace("''", "").replace("'", "").length();
    }

    private static List<String> keysInOrder(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        // a Properties that remembers the order in which the keys are put
        Properties ordered = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                keys.add((String) key);
                return super.put(key, value);
            }
        };
        ordered.load(new StringReader(new String(bytes(file), StandardCharsets.UTF_8)));
        return keys;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(bytes(file), StandardCharsets.UTF_8)));
        return p;
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = LanguageBundlesTest.class.getResourceAsStream(file)) {
            assertTrue(in != null, file);
            return in.readAllBytes();
        }
    }
}

package nl.ruimteverkenner.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.Function;

/** Writes plain trees of maps, lists, strings and numbers as indented JSON. */
public final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonOutput() {
    }

    public static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON tree: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Streams a JSON array in UTF-8 to {@code out} (left open), exactly as {@link #write} would print the list of
     * {@code items} mapped by {@code tree}: each element's tree is made just before it is written, so the whole
     * document never sits in memory.
     */
    public static <T> void writeArray(Iterable<T> items, Function<? super T, ?> tree, OutputStream out) throws IOException {
        Iterator<T> it = items.iterator();
        Iterable<Object> mapped = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object next() {
                return tree.apply(it.next());
            }
        };
        MAPPER.writeValue(out, mapped);
        out.flush();
    }
}

package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A JSON node together with its JSON path, which reads typed values and reports a Dutch problem (with
 * the path) for anything missing or of the wrong type. Read methods return empty on a problem so callers
 * can go on and report everything in one pass.
 */
final class JsonCursor {
    private final JsonNode node;
    private final String path;
    private final ProblemCollector problems;

    JsonCursor(JsonNode node, String path, ProblemCollector problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    JsonNode node() {
        return node;
    }

    String path() {
        return path;
    }

    ProblemCollector problems() {
        return problems;
    }

    String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    /** The child object, or empty (with a problem) when missing or not an object. */
    Optional<JsonCursor> object(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problems.error(childPath(key), "json.missing", key);
            }
            return Optional.empty();
        }
        JsonNode child = node.get(key);
        if (!child.isObject()) {
            problems.error(childPath(key), "json.notObject", key);
            return Optional.empty();
        }
        return Optional.of(new JsonCursor(child, childPath(key), problems));
    }

    /** The elements of a child array, or empty (with a problem) when missing or not an array. */
    Optional<List<JsonCursor>> array(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problems.error(childPath(key), "json.missing", key);
            }
            return Optional.empty();
        }
        JsonNode child = node.get(key);
        if (!child.isArray()) {
            problems.error(childPath(key), "json.notArray", key);
            return Optional.empty();
        }
        List<JsonCursor> items = new ArrayList<>();
        Iterator<JsonNode> it = child.elements();
        int i = 0;
        while (it.hasNext()) {
            items.add(new JsonCursor(it.next(), childPath(key) + "[" + i + "]", problems));
            i++;
        }
        return Optional.of(items);
    }

    Optional<String> string(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problems.error(childPath(key), "json.missing", key);
            }
            return Optional.empty();
        }
        JsonNode child = node.get(key);
        if (!child.isTextual()) {
            problems.error(childPath(key), "json.notString", key, describe(child));
            return Optional.empty();
        }
        String value = child.asText().strip();
        if (required && value.isEmpty()) {
            problems.error(childPath(key), "json.emptyString", key);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<Integer> integer(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problems.error(childPath(key), "json.missing", key);
            }
            return Optional.empty();
        }
        JsonNode child = node.get(key);
        if (!child.canConvertToInt() || !child.isIntegralNumber()) {
            problems.error(childPath(key), "json.notInteger", key, describe(child));
            return Optional.empty();
        }
        return Optional.of(child.intValue());
    }

    Optional<Double> number(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problems.error(childPath(key), "json.missing", key);
            }
            return Optional.empty();
        }
        JsonNode child = node.get(key);
        if (!child.isNumber()) {
            problems.error(childPath(key), "json.notNumber", key, describe(child));
            return Optional.empty();
        }
        return Optional.of(child.doubleValue());
    }

    Optional<Boolean> bool(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problems.error(childPath(key), "json.missing", key);
            }
            return Optional.empty();
        }
        JsonNode child = node.get(key);
        if (!child.isBoolean()) {
            problems.error(childPath(key), "json.notBoolean", key, describe(child));
            return Optional.empty();
        }
        return Optional.of(child.booleanValue());
    }

    /** A string value that must map to one of a fixed set; reports the allowed values otherwise. */
    <T> Optional<T> enumValue(String key, boolean required, Function<String, Optional<T>> lookup, String allowed) {
        return string(key, required).flatMap(s -> {
            Optional<T> v = lookup.apply(s);
            if (v.isEmpty()) {
                problems.error(childPath(key), "json.unknownValue", key, s, allowed);
            }
            return v;
        });
    }

    /** A list of strings; non-string elements are reported and skipped. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        array(key, false).ifPresent(items -> {
            for (JsonCursor item : items) {
                if (item.node.isTextual() && !item.node.asText().isBlank()) {
                    out.add(item.node.asText().strip());
                } else {
                    problems.error(item.path, "json.notString", key, describe(item.node));
                }
            }
        });
        return out;
    }

    static String describe(JsonNode n) {
        String text = n.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}

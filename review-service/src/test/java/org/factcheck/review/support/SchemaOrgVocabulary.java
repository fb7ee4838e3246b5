package org.factcheck.review.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks JSON-LD against the checked-in subset of the schema.org vocabulary ({@code schemaorg/vocabulary-subset.json}):
 * every node's {@code @type} is known, every property is defined for that type or a supertype, and every value
 * fits the property's range (a typed node of a range type or subtype, or a string/number of a range data type).
 */
public final class SchemaOrgVocabulary {

    private record Property(List<String> domain, List<String> range) {
    }

    private final Map<String, String> parent = new HashMap<>();
    private final Set<String> dataTypes = new HashSet<>();
    private final Map<String, Property> properties = new HashMap<>();

    public static SchemaOrgVocabulary load() {
        try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream("/schemaorg/vocabulary-subset.json")) {
            return new SchemaOrgVocabulary(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private SchemaOrgVocabulary(JsonNode vocabulary) {
        vocabulary.get("dataTypes").forEach(t -> dataTypes.add(t.asText()));
        vocabulary.get("types").fields().forEachRemaining(e -> parent.put(e.getKey(),
                e.getValue().isNull() ? null : e.getValue().asText()));
        vocabulary.get("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), new Property(
                texts(e.getValue().get("domain")), texts(e.getValue().get("range")))));
    }

    /** Every violation found in the document, as "path: problem"; empty when it is valid. */
    public List<String> violations(JsonNode document) {
        List<String> out = new ArrayList<>();
        if (!"https://schema.org".equals(document.path("@context").asText())) {
            out.add("$: @context must be https://schema.org");
        }
        node(document, "$", out);
        return out;
    }

    private void node(JsonNode node, String path, List<String> out) {
        String type = node.path("@type").asText(null);
        if (type == null || !parent.containsKey(type)) {
            out.add(path + ": unknown or missing @type " + type);
            return;
        }
        node.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (name.startsWith("@")) {
                return;
            }
            String at = path + "." + name;
            Property p = properties.get(name);
            if (p == null) {
                out.add(at + ": not a schema.org property");
            } else if (p.domain().stream().noneMatch(d -> isA(type, d))) {
                out.add(at + ": not a property of " + type);
            } else if (field.getValue().isArray()) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    value(field.getValue().get(i), p, at + "[" + i + "]", out);
                }
            } else {
                value(field.getValue(), p, at, out);
            }
        });
    }

    private void value(JsonNode value, Property p, String path, List<String> out) {
        if (value.isObject()) {
            String type = value.path("@type").asText(null);
            if (type != null && p.range().stream().noneMatch(r -> isA(type, r))) {
                out.add(path + ": a " + type + " is not in the range " + p.range());
            }
            node(value, path, out);
        } else if (p.range().stream().filter(dataTypes::contains).noneMatch(d -> fits(value, d))) {
            out.add(path + ": " + value + " fits none of " + p.range());
        }
    }

    private boolean isA(String type, String ancestor) {
        for (String t = type; t != null; t = parent.get(t)) {
            if (t.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(JsonNode value, String dataType) {
        String s = value.asText();
        return switch (dataType) {
            case "Number" -> value.isNumber();
            case "Text" -> value.isTextual();
            case "URL" -> value.isTextual() && isAbsoluteUrl(s);
            case "Date" -> value.isTextual() && parses(() -> LocalDate.parse(s));
            case "DateTime" -> value.isTextual() && parses(() -> OffsetDateTime.parse(s));
            default -> false;
        };
    }

    private static boolean isAbsoluteUrl(String s) {
        try {
            URI u = URI.create(s);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.asText()));
        return out;
    }
}

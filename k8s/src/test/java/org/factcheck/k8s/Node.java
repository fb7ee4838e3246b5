package org.factcheck.k8s;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-safe navigation in the maps and lists snakeyaml produces. */
final class Node {

    private Node() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        Object value = at(node, path);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object node, String... path) {
        Object value = at(node, path);
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String... path) {
        Object value = at(node, path);
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    static String str(Object node, String... path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }

    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    static Map<String, String> strings(Map<String, Object> map) {
        Map<String, String> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(k, String.valueOf(v)));
        return result;
    }

    /** A Kubernetes resource quantity ("500m", "2", "384Mi", "1Gi") in base units (cores, bytes). */
    static BigDecimal quantity(Object value) {
        String q = String.valueOf(value);
        String[][] suffixes = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"Ti", "1099511627776"},
                {"m", "0.001"}, {"k", "1000"}, {"M", "1000000"}, {"G", "1000000000"}};
        for (String[] s : suffixes) {
            if (q.endsWith(s[0])) {
                return new BigDecimal(q.substring(0, q.length() - s[0].length())).multiply(new BigDecimal(s[1]));
            }
        }
        return new BigDecimal(q);
    }

    /** A Service's selector: a plain map of labels, all of which the pod must carry. */
    static boolean selectsLabels(Map<String, Object> selector, Map<String, String> labels) {
        return !selector.isEmpty() && strings(selector).entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /** Label selector semantics: every matchLabels pair present (matchExpressions are not used in k8s/). */
    static boolean selects(Map<String, Object> selector, Map<String, String> labels) {
        if (!list(selector, "matchExpressions").isEmpty()) {
            throw new IllegalArgumentException("matchExpressions not supported by this test: " + selector);
        }
        return strings(map(selector, "matchLabels")).entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}

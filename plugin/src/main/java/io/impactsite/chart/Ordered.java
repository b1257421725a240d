package io.impactsite.chart;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps the order its keys were given in. Output is built from maps in places (chart
 * options, open data), and {@code Map.of} iterates in an order that changes from one JVM run to
 * the next: the same content would not give the same bytes.
 */
public final class Ordered {
    private Ordered() {}

    /** {@code map("a", 1, "b", 2)}: keys and values in turn. */
    public static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values come in pairs");
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }
}

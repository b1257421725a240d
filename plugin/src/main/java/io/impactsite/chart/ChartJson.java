package io.impactsite.chart;

import org.icepear.echarts.Option;
import org.icepear.echarts.serializer.EChartsSerializer;

/**
 * Option objects to JSON that can sit inside a {@code <script type="application/json">} element:
 * ECharts Java's serializer does not escape HTML, so a title such as {@code </script>} would end
 * the element. Escaping {@code < > &} and the JavaScript line separators keeps the JSON valid and
 * the page intact.
 */
public final class ChartJson {
    private static final EChartsSerializer SERIALIZER = new EChartsSerializer();

    private ChartJson() {}

    public static String toJson(Option option) {
        return scriptSafe(SERIALIZER.toJson(option));
    }

    /** JSON made safe to sit inside a script element (see above); most has nothing to escape and is returned as it is. */
    public static String scriptSafe(String json) {
        int first = 0;
        while (first < json.length() && !unsafe(json.charAt(first))) first++;
        if (first == json.length()) return json;
        StringBuilder out = new StringBuilder(json.length() + 16).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean unsafe(char c) {
        return c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
    }
}

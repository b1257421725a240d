package io.impactsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Chart JSON that can sit in a script element: < > & and the line separators escaped, nothing else touched. */
class ChartJsonTest {
    @Test
    void jsonWithNothingToEscapeIsReturnedAsItIs() {
        String json = "{\"title\":{\"text\":\"Child care capacity, 2015–2024\"}}";
        assertSame(json, ChartJson.scriptSafe(json));
    }

    @Test
    void everyUnsafeCharacterIsEscapedWhereverItIs() {
        assertEquals("\\u003c/script\\u003e", ChartJson.scriptSafe("</script>"));
        assertEquals("{\"a\":\"x \\u0026 y\"}", ChartJson.scriptSafe("{\"a\":\"x & y\"}"));
        assertEquals("\"line\\u2028para\\u2029\"", ChartJson.scriptSafe("\"line\u2028para\u2029\""));
        assertEquals("ab\\u003e", ChartJson.scriptSafe("ab>"));
    }
}

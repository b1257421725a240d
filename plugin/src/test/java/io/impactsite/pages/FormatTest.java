package io.impactsite.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Numbers as the site's locale writes them, the same on every thread (each keeps its own formats). */
class FormatTest {
    @Test
    void aNumberHasTheDecimalsAskedForInTheSiteLocale() {
        Format us = new Format(Locale.US);
        assertEquals("1,234.6", us.number(new BigDecimal("1234.56"), 1));
        assertEquals("1,235", us.number(new BigDecimal("1234.5"), 0), "half up");
        assertEquals("1,234.560", us.number(new BigDecimal("1234.56"), 3));
        assertEquals("1.234,6", new Format(Locale.GERMANY).number(new BigDecimal("1234.56"), 1));
        assertEquals("", us.number(null, 1));
    }

    @Test
    void manyThreadsFormattingAtOnceGetWhatOneThreadGets() {
        Format format = new Format(Locale.US);
        List<String> one = IntStream.range(0, 20_000).mapToObj(i -> format.number(BigDecimal.valueOf(i, 2), i % 4)).toList();
        List<String> many = IntStream.range(0, 20_000).parallel().mapToObj(i -> format.number(BigDecimal.valueOf(i, 2), i % 4)).toList();
        assertEquals(one, many);
        assertEquals("123.4500", format.number(new BigDecimal("123.45"), 4));
        assertEquals("1.230", one.get(123), "1.23 with 123 % 4 = 3 decimals");
    }
}

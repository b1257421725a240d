package io.impactsite.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.impactsite.model.Indicator;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Units read as words after a number, and a percentage word never reaches a sentence. */
class UnitsTest {
    private final Format format = new Format(Locale.US);

    @Test
    void aNumberCarriesItsUnitInWords() {
        assertEquals("31.2 places per 100 children under 5", format.quantity(new BigDecimal("31.2"),
                Indicator.Measure.NUMBER, "Places per 100 children under 5", 1));
        assertEquals("584 families", format.quantity(new BigDecimal("584"), Indicator.Measure.NUMBER, "Number of families", 0));
        assertEquals("1,250 USD", format.quantity(new BigDecimal("1250"), Indicator.Measure.NUMBER, "USD", 0));
        assertEquals("12", format.quantity(new BigDecimal("12"), Indicator.Measure.NUMBER, "", 0));
    }

    @Test
    void aPercentageOrAnAmountCarriesItsSign() {
        assertEquals("58.0%", format.quantity(new BigDecimal("58"), Indicator.Measure.PERCENT, "Percentage", 1));
        assertEquals("$1,200", format.quantity(new BigDecimal("1200"), Indicator.Measure.CURRENCY, "USD", 0));
    }

    @Test
    void openSdgUnitsInHeadingsAndSubjects() {
        assertEquals("%", Units.heading("Percentage"));
        assertEquals("Rate per 1,000", Units.heading("Rate per 1,000"));
        assertEquals("", Units.afterNumber("per cent"));
        assertEquals("children", Units.afterNumber("Number of children"));
        assertEquals("per 1,000", Units.afterNumber("Rate per 1,000"));
        assertEquals("rates of return", Units.afterNumber("Rates of return"));
    }
}

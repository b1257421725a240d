package io.impactsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void niceEndsAndStepsOfOneTwoOrFive() {
        Scale s = Scale.nice(13.1, 27.5, 5, false, Scale.Bounds.NONE);
        assertEquals(new Scale(10, 30, 5), s);
        assertEquals(List.of(10.0, 15.0, 20.0, 25.0, 30.0), s.ticks());
        assertEquals(0, s.decimals());
    }

    @Test
    void barsStartAtZero() {
        Scale s = Scale.nice(38, 52.3, 5, true, Scale.Bounds.NONE);
        assertEquals(0, s.min());
        assertEquals(60, s.max());
        assertTrue(s.ticks().size() <= 6, s.ticks().toString());
    }

    @Test
    void aPercentageNeverGoesPast100OrBelow0() {
        Scale s = Scale.nice(70, 101.7, 5, false, Scale.Bounds.PERCENT);
        assertEquals(100, s.max());
        assertTrue(s.ticks().stream().allMatch(t -> t >= 0 && t <= 100), s.ticks().toString());
        Scale low = Scale.nice(-3, 4, 5, true, Scale.Bounds.PERCENT);
        assertEquals(0, low.min());
    }

    @Test
    void smallStepsKeepTheirDecimalsAndNoFloatingPointNoise() {
        Scale s = Scale.nice(0.12, 0.47, 5, false, Scale.Bounds.NONE);
        assertEquals(0.1, s.step(), 1e-12);
        assertEquals(List.of(0.1, 0.2, 0.3, 0.4, 0.5), s.ticks());
        assertEquals(1, s.decimals());
        assertEquals("0.3", new NumberStyle(Locale.US, false).tick(0.30000000000000004, s));
        assertEquals("0,3%", new NumberStyle(Locale.GERMANY, true).tick(0.3, s));
    }

    @Test
    void oneValueGetsRoomAroundIt() {
        Scale s = Scale.nice(50, 50, 5, false, Scale.Bounds.NONE);
        assertTrue(s.min() < 50 && s.max() > 50, s.toString());
        Scale zero = Scale.nice(0, 0, 5, true, Scale.Bounds.NONE);
        assertTrue(zero.max() > 0, zero.toString());
    }

    @Test
    void neverMoreIntervalsThanAsked() {
        for (double hi : new double[] {1, 7, 13, 99, 101, 1234, 98765}) {
            for (int n = 1; n <= 8; n++) {
                Scale s = Scale.nice(0, hi, n, true, Scale.Bounds.NONE);
                assertTrue(s.ticks().size() - 1 <= n, hi + " in " + n + ": " + s.ticks());
                assertTrue(s.max() >= hi, hi + ": " + s);
            }
        }
    }

    @Test
    void valuesMapToPixelsLinearly() {
        Scale s = new Scale(0, 100, 20);
        assertEquals(200, s.at(0, 200, 0));
        assertEquals(0, s.at(100, 200, 0));
        assertEquals(150, s.at(25, 200, 0));
    }

    @Test
    void unitsThatAreShares() {
        assertEquals(Scale.Bounds.PERCENT, Scale.Bounds.ofUnit("%"));
        assertEquals(Scale.Bounds.PERCENT, Scale.Bounds.ofUnit("Percent of students"));
        assertEquals(Scale.Bounds.NONE, Scale.Bounds.ofUnit("Rate per 1,000 live births"));
        assertEquals(Scale.Bounds.PERCENT, Scale.Bounds.of(io.impactsite.model.Indicator.Measure.PERCENT));
        assertEquals(Scale.Bounds.NONE, Scale.Bounds.of(io.impactsite.model.Indicator.Measure.CURRENCY));
    }

    @Test
    void glyphWidthsAndWrapping() {
        assertEquals(12 * 0.636 * 4, Glyphs.width("2019", 12), 1e-9);
        assertTrue(Glyphs.width("Mm", 12) > Glyphs.width("il", 12));
        List<String> lines = Glyphs.wrap("Rate per 1,000 live births to mothers aged 15 to 19", 12, false, 120);
        assertTrue(lines.size() > 1, lines.toString());
        assertTrue(lines.stream().allMatch(l -> Glyphs.width(l, 12) <= 120), lines.toString());
        assertEquals("Rate per 1,000 live births to mothers aged 15 to 19", String.join(" ", lines));
        List<String> word = Glyphs.wrap("Supercalifragilisticexpialidocious", 12, false, 60);
        assertTrue(word.size() > 1 && word.stream().allMatch(l -> Glyphs.width(l, 12) <= 60), word.toString());
    }
}

package io.impactsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Periods;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sparklines on an honest scale: small movements look small; the target and the time to it are drawn. */
class SparklineTest {

    private static List<Observation> values(String... yearValue) {
        List<Observation> out = new ArrayList<>();
        for (String s : yearValue) {
            String[] p = s.split("=");
            Period period = Periods.parse(p[0], Period.Kind.YEAR).orElseThrow();
            out.add(new Observation(period, p[1].equals("NA") ? null : new BigDecimal(p[1]), Map.of(), "", false, Map.of(), 0));
        }
        return out;
    }

    private static List<Double> ys(String path) {
        List<Double> ys = new ArrayList<>();
        Matcher m = Pattern.compile("[ML]([\\d.]+) ([\\d.]+)").matcher(path);
        while (m.find()) ys.add(Double.parseDouble(m.group(2)));
        return ys;
    }

    @Test
    void aWobbleOfAFewTenthsDoesNotFillTheBox() {
        Sparkline s = Sparkline.of(values("2016=45.0", "2017=45.3", "2018=44.9"), null, Scale.Bounds.PERCENT);
        assertTrue(s.to() - s.from() >= 0.25 * 45.3, "range " + s.from() + " to " + s.to());
        List<Double> ys = ys(s.path());
        double drawn = ys.stream().mapToDouble(d -> d).max().orElseThrow() - ys.stream().mapToDouble(d -> d).min().orElseThrow();
        assertTrue(drawn < 0.1 * Sparkline.HEIGHT, "a 0.4 point wobble moves " + drawn + " px of " + Sparkline.HEIGHT);
        assertEquals("", s.targetMark());
    }

    @Test
    void aRealChangeUsesTheHeightAndThePercentStaysWithin0To100() {
        Sparkline s = Sparkline.of(values("2016=42", "2020=NA", "2024=51.8"), new Sparkline.Target(2030, 98), Scale.Bounds.PERCENT);
        assertTrue(s.to() <= 100 && s.from() <= 42, s.from() + " to " + s.to());
        assertTrue(s.path().contains(" M") || s.path().split("M").length == 2, "a gap breaks the line: " + s.path());
        assertTrue(!s.targetMark().isEmpty() && !s.targetY().isEmpty(), "the target is drawn");
        // the time axis runs to 2030: the latest value (2024) is left of the box's right edge
        assertTrue(Double.parseDouble(s.lastX()) < Sparkline.WIDTH - 30, "last x " + s.lastX());
    }

    @Test
    void oneValueIsNoLine() {
        assertNull(Sparkline.of(values("2016=1", "2017=NA")));
    }

    @Test
    void progressScaleTurnsSoThatBetterIsRight() {
        // lower is better: baseline 14.2, latest 19.6, target 10 moved away: (19.6 - 14.2) / (10 - 14.2) = -1.2857
        ProgressScale away = ProgressScale.of(14.2, 19.6, 10.0, -1);
        assertEquals("worse", away.better());
        assertEquals(-1.2857, away.progress(), 1e-4);
        assertTrue(Double.parseDouble(away.targetX()) > Double.parseDouble(away.baselineX()), "the target is to the right");
        assertTrue(Double.parseDouble(away.latestX()) < Double.parseDouble(away.baselineX()), "moving away goes left");
        // higher is better: 42 to 51.8 of the way to 65: 9.8 / 23 = 0.4261
        ProgressScale up = ProgressScale.of(42.0, 51.8, 65.0, 1);
        assertEquals("better", up.better());
        assertEquals(0.4261, up.progress(), 1e-4);
        assertEquals(up.baselineX(), up.barFrom());
        assertEquals(up.latestX(), up.barTo());
    }
}

package io.impactsite.chart;

import io.impactsite.model.Observation;
import java.util.List;
import java.util.Locale;

/**
 * A small line drawn at build time as SVG path data, so that the report card needs no script.
 * Gaps (missing values) break the line rather than bridge it.
 *
 * @param path  SVG path data in a {@code width} x {@code height} box
 * @param lastX x of the latest value, for its dot
 * @param lastY y of the latest value
 */
public record Sparkline(String path, String lastX, String lastY, int width, int height) {
    static final int WIDTH = 120;
    static final int HEIGHT = 32;
    private static final double PAD = 3;

    /** The sparkline of a series in period order, or null when it has fewer than two values. */
    public static Sparkline of(List<Observation> observations) {
        List<Observation> values = observations.stream().filter(Observation::hasValue).toList();
        if (values.size() < 2) return null;
        double min = values.stream().mapToDouble(o -> o.value().doubleValue()).min().orElseThrow();
        double max = values.stream().mapToDouble(o -> o.value().doubleValue()).max().orElseThrow();
        double t0 = observations.get(0).period().time();
        double t1 = observations.get(observations.size() - 1).period().time();
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        double x = 0;
        double y = 0;
        for (Observation o : observations) {
            if (!o.hasValue()) {
                pen = false;
                continue;
            }
            x = PAD + (t1 == t0 ? 0 : (o.period().time() - t0) / (t1 - t0)) * (WIDTH - 2 * PAD);
            y = HEIGHT - PAD - (max == min ? 0.5 : (o.value().doubleValue() - min) / (max - min)) * (HEIGHT - 2 * PAD);
            path.append(pen ? " L" : (path.length() == 0 ? "M" : " M")).append(fmt(x)).append(' ').append(fmt(y));
            pen = true;
        }
        return new Sparkline(path.toString(), fmt(x), fmt(y), WIDTH, HEIGHT);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

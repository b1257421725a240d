package io.impactsite.chart;

import io.impactsite.model.Observation;
import java.util.List;

/**
 * A small line drawn at build time as SVG path data, so that the report card needs no script. Gaps
 * (missing values) break the line rather than bridge it.
 *
 * <p>Its scale is chosen to be honest rather than to fill the box: the vertical range holds every
 * value and the target, is never narrower than a quarter of the largest value it holds (so that a
 * wobble of a few tenths does not look like a swing), has round ends, and stays within 0 to 100 for a
 * percentage. The time axis runs to the target's period, so the distance still to go shows too.
 *
 * @param path       SVG path data in a {@code width} x {@code height} box
 * @param lastX      x of the latest value, for its dot
 * @param lastY      y of the latest value
 * @param targetY    y of the target's level (a faint line across), "" without a target
 * @param targetMark path data of the diamond at the target's period and value, "" without a target
 * @param from       the scale's lowest value, {@code to} its highest: what the drawing's label states
 */
public record Sparkline(String path, String lastX, String lastY, int width, int height, String targetY,
                        String targetMark, double from, double to) {
    static final int WIDTH = 120;
    static final int HEIGHT = 32;
    private static final double PAD = 4;
    /** The range is at least this share of the largest absolute value drawn. */
    static final double MIN_SPAN = 0.25;

    /** Where a target is: its time in years and its value. */
    public record Target(double time, double value) {}

    /** The sparkline of a series in period order, or null when it has fewer than two values. */
    public static Sparkline of(List<Observation> observations) {
        return of(observations, null, Scale.Bounds.NONE);
    }

    /**
     * @param target the target, or null
     * @param bounds what the measure allows (a percentage 0 to 100)
     */
    public static Sparkline of(List<Observation> observations, Target target, Scale.Bounds bounds) {
        List<Observation> values = observations.stream().filter(Observation::hasValue).toList();
        if (values.size() < 2) return null;
        double lo = values.stream().mapToDouble(o -> o.value().doubleValue()).min().orElseThrow();
        double hi = values.stream().mapToDouble(o -> o.value().doubleValue()).max().orElseThrow();
        if (target != null) {
            lo = Math.min(lo, target.value());
            hi = Math.max(hi, target.value());
        }
        double span = MIN_SPAN * Math.max(Math.abs(lo), Math.abs(hi));
        if (hi - lo < span) {
            double mid = (lo + hi) / 2;
            lo = mid - span / 2;
            hi = mid + span / 2;
            if (lo < 0 && values.stream().allMatch(o -> o.value().signum() >= 0)) { // keep positive data above 0
                hi -= lo;
                lo = 0;
            }
        }
        Scale scale = Scale.nice(lo, hi, 4, false, bounds);
        double t0 = values.get(0).period().time();
        double t1 = values.get(values.size() - 1).period().time();
        if (target != null && target.time() > t1) t1 = target.time();
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        double x = 0;
        double y = 0;
        for (Observation o : observations) {
            if (!o.hasValue()) {
                pen = false;
                continue;
            }
            x = x(o.period().time(), t0, t1);
            y = y(o.value().doubleValue(), scale);
            path.append(pen ? " L" : (path.length() == 0 ? "M" : " M")).append(fmt(x)).append(' ').append(fmt(y));
            pen = true;
        }
        String targetY = "";
        String mark = "";
        if (target != null) {
            double ty = y(target.value(), scale);
            double tx = x(Math.max(target.time(), t0), t0, t1);
            targetY = fmt(ty);
            mark = "M" + fmt(tx) + " " + fmt(ty - 4) + " L" + fmt(tx + 4) + " " + fmt(ty) + " L" + fmt(tx) + " " + fmt(ty + 4)
                    + " L" + fmt(tx - 4) + " " + fmt(ty) + " Z";
        }
        return new Sparkline(path.toString(), fmt(x), fmt(y), WIDTH, HEIGHT, targetY, mark, scale.min(), scale.max());
    }

    private static double x(double t, double t0, double t1) {
        return PAD + (t1 == t0 ? 0 : (t - t0) / (t1 - t0)) * (WIDTH - 2 * PAD);
    }

    private static double y(double v, Scale scale) {
        return scale.at(Math.max(scale.min(), Math.min(scale.max(), v)), HEIGHT - PAD, PAD);
    }

    private static String fmt(double v) {
        return Svg.tenths(v);
    }
}

package io.impactsite.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear value axis with "nice" ends and ticks (steps of 1, 2 or 5 times a power of ten), the
 * same for the static SVG and the ECharts axis, so both draw a value at the same height.
 *
 * @param min  the axis' lowest value (a tick, unless a bound cut it)
 * @param max  the axis' highest value (a tick, unless a bound cut it)
 * @param step the distance between ticks
 */
public record Scale(double min, double max, double step) {

    /** Values an axis may show: a percentage stays within 0 to 100; null for no bound. */
    public record Bounds(Double min, Double max) {
        public static final Bounds NONE = new Bounds(null, null);
        public static final Bounds PERCENT = new Bounds(0.0, 100.0);

        /** What an indicator's measure allows: a percentage 0 to 100, anything else unbounded. */
        public static Bounds of(io.impactsite.model.Indicator.Measure measure) {
            return measure == io.impactsite.model.Indicator.Measure.PERCENT ? PERCENT : NONE;
        }

        /** What a unit written as text allows: "%" or "percent..." 0 to 100. */
        public static Bounds ofUnit(String unit) {
            String u = unit.strip().toLowerCase(java.util.Locale.ROOT);
            return u.equals("%") || u.startsWith("percent") ? PERCENT : NONE;
        }

        /** The value clipped into the bounds. */
        public double clip(double v) {
            if (min != null && v < min) return min;
            if (max != null && v > max) return max;
            return v;
        }
    }

    private static final double[] STEPS = {1, 2, 5, 10};

    /**
     * The axis for values from {@code lo} to {@code hi} with at most {@code maxTicks} intervals.
     *
     * @param zero include zero (bars start at zero; lines need not)
     */
    public static Scale nice(double lo, double hi, int maxTicks, boolean zero, Bounds bounds) {
        if (zero) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        lo = bounds.clip(lo);
        hi = bounds.clip(hi);
        if (hi - lo < 1e-9) { // one value: give it room
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo = zero && lo >= 0 ? lo : bounds.clip(lo - pad);
            hi = bounds.clip(hi + pad);
            if (hi - lo < 1e-9) lo = bounds.clip(lo - pad);
        }
        int intervals = Math.max(1, maxTicks);
        double step = step((hi - lo) / intervals);
        while (Math.ceil(hi / step - 1e-9) - Math.floor(lo / step + 1e-9) > intervals) step = step(step * 1.01);
        double min = bounds.clip(round(Math.floor(lo / step + 1e-9) * step, step));
        double max = bounds.clip(round(Math.ceil(hi / step - 1e-9) * step, step));
        return new Scale(min, max, step);
    }

    /** The smallest nice step at least {@code raw}. */
    private static double step(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double s : STEPS) {
            if (s * power >= raw * (1 - 1e-9)) return s * power;
        }
        return 10 * power;
    }

    private static double round(double v, double step) {
        return BigDecimal.valueOf(v).setScale(decimals(step) + 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Digits after the decimal point that a tick label needs. */
    public int decimals() {
        return decimals(step);
    }

    private static int decimals(double step) {
        return Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
    }

    /** The tick values: the multiples of the step from min to max. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (int i = 0; first + i * step <= max + step * 1e-9; i++) {
            ticks.add(round(first + i * step, step));
        }
        return ticks;
    }

    /** Where {@code v} falls between the pixel positions of min ({@code from}) and max ({@code to}). */
    public double at(double v, double from, double to) {
        return max == min ? (from + to) / 2 : from + (v - min) / (max - min) * (to - from);
    }
}

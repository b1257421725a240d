package io.impactsite.chart;


/**
 * Baseline, latest value and target on one small scale, drawn at build time for the report card. The
 * desired direction always points right (for an indicator where lower is better, higher values are
 * on the left), so a bar growing to the right is progress whatever the indicator. The bar runs from
 * the baseline to the latest value; {@code better} says whether that movement is an improvement.
 *
 * @param baselineX x of the baseline's tick, "" without one
 * @param latestX   x of the latest value's dot
 * @param targetX   x of the target's diamond, "" without a target
 * @param targetMark the diamond's path data, "" without a target
 * @param barFrom   the bar's left end, {@code barTo} its right end ("" without a baseline)
 * @param better    the latest value is better than the baseline ("better", "worse", "same", "" unknown)
 * @param progress  the share of the distance from baseline to target covered; null without both
 */
public record ProgressScale(int width, int height, String middle, String baselineX, String latestX, String targetX,
                            String targetMark, String barFrom, String barTo, String better, Double progress) {
    static final int WIDTH = 120;
    static final int HEIGHT = 20;
    private static final double PAD = 6;

    /**
     * @param baseline  the baseline value, or null
     * @param latest    the latest value (not null)
     * @param target    the target value, or null
     * @param direction +1 where higher is better, -1 where lower is better
     */
    public static ProgressScale of(Double baseline, double latest, Double target, int direction) {
        double lo = latest;
        double hi = latest;
        for (Double v : new Double[] {baseline, target}) {
            if (v != null) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi - lo < 1e-9) { // one value: in the middle
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        final double min = lo;
        final double max = hi;
        java.util.function.DoubleUnaryOperator x = v -> {
            double share = (v - min) / (max - min);
            if (direction < 0) share = 1 - share;
            return PAD + share * (WIDTH - 2 * PAD);
        };
        String better = "";
        String barFrom = "";
        String barTo = "";
        Double progress = null;
        if (baseline != null) {
            double b = x.applyAsDouble(baseline);
            double l = x.applyAsDouble(latest);
            barFrom = fmt(Math.min(b, l));
            barTo = fmt(Math.max(b, l));
            int sign = Double.compare(latest, baseline) * direction;
            better = sign > 0 ? "better" : sign < 0 ? "worse" : "same";
            if (target != null && target.doubleValue() != baseline.doubleValue()) {
                progress = (latest - baseline) / (target - baseline);
            }
        }
        String targetX = "";
        String mark = "";
        double mid = HEIGHT / 2.0;
        if (target != null) {
            double t = x.applyAsDouble(target);
            targetX = fmt(t);
            mark = "M" + fmt(t) + " " + fmt(mid - 5) + " L" + fmt(t + 5) + " " + fmt(mid) + " L" + fmt(t) + " "
                    + fmt(mid + 5) + " L" + fmt(t - 5) + " " + fmt(mid) + " Z";
        }
        return new ProgressScale(WIDTH, HEIGHT, fmt(mid), baseline == null ? "" : fmt(x.applyAsDouble(baseline)),
                fmt(x.applyAsDouble(latest)), targetX, mark, barFrom, barTo, better, progress);
    }

    private static String fmt(double v) {
        return Svg.tenths(v);
    }
}

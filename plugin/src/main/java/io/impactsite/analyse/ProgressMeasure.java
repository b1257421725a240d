package io.impactsite.analyse;

import io.impactsite.model.Message;
import io.impactsite.model.Thresholds;
import io.impactsite.analyse.Status.Code;
import io.impactsite.analyse.Status.Point;

/**
 * The progress measure of DESIGN.md ("Indicator semantics"), rule by rule, in the order the rules
 * apply. A pure function of its arguments.
 */
public final class ProgressMeasure {
    private ProgressMeasure() {}

    /**
     * @param baseline  the baseline period, with its value or null; null when the indicator names none
     * @param latest    the latest period with a value, or null when the series has none
     * @param target    the target, or null
     * @param direction +1 where higher is better, -1 where lower is better
     */
    public static Status assess(Point baseline, Point latest, Point target, int direction, Thresholds t) {
        if (latest == null) return insufficient(Message.of("reason.noValues"), baseline, null, target);
        double yi = latest.value().doubleValue();
        if (target != null) {
            double yT = target.value().doubleValue();
            if (direction > 0 ? yi >= yT : yi <= yT) return new Status(Code.TARGET_ACHIEVED, null, Message.NONE, baseline, latest, target);
        }
        if (baseline == null) return insufficient(Message.of("reason.noBaseline"), null, latest, target);
        if (baseline.value() == null) {
            return insufficient(Message.of("reason.baselineNoValue", baseline.period()), baseline, latest, target);
        }
        double y0 = baseline.value().doubleValue();
        if (latest.time() <= baseline.time()) {
            return insufficient(Message.of("reason.noValueAfterBaseline", baseline.period()), baseline, latest, target);
        }
        if (y0 <= 0 || yi <= 0) {
            return insufficient(Message.of(y0 <= 0 ? "reason.baselineNotPositive" : "reason.latestNotPositive",
                    (y0 <= 0 ? baseline : latest).value().toPlainString()), baseline, latest, target);
        }
        double observed = growthRate(y0, baseline.time(), yi, latest.time());
        if (target == null) {
            double g = direction * observed;
            return new Status(category(g, t.growthOnTrack(), t.growthAccelerationNeeded()), g, Message.NONE, baseline, latest, null);
        }
        double yT = target.value().doubleValue();
        if (yT <= 0) {
            return insufficient(Message.of("reason.targetNotPositive", target.value().toPlainString()),
                    baseline, latest, target);
        }
        if (target.time() <= baseline.time()) {
            return insufficient(Message.of("reason.targetNotAfterBaseline", target.period(), baseline.period()),
                    baseline, latest, target);
        }
        if (yT == y0) return insufficient(Message.of("reason.targetEqualsBaseline"), baseline, latest, target);
        double required = growthRate(y0, baseline.time(), yT, target.time());
        double r = direction * observed / Math.abs(required);
        return new Status(category(r, t.onTrack(), t.accelerationNeeded()), r, Message.NONE, baseline, latest, target);
    }

    /**
     * The breaks are about the exact numbers; pow and division in doubles are not exact (100 to
     * 109.5 against 100 to 121 in two years is R = 0.95, computed 0.9499999999999988; 200 to 203 is
     * g = 0.015, computed 0.014999999999999902). Far below any difference data can express.
     */
    private static final double ROUNDING = 1e-9;

    private static Code category(double measure, double onTrack, double accelerationNeeded) {
        if (measure >= onTrack - ROUNDING) return Code.ON_TRACK;
        if (measure >= accelerationNeeded - ROUNDING) return Code.ACCELERATION_NEEDED;
        if (measure >= 0) return Code.LIMITED_PROGRESS;
        return Code.MOVING_AWAY;
    }

    /** The compound annual growth rate from (t0, y0) to (t1, y1): both values positive, t1 after t0. */
    public static double growthRate(double y0, double t0, double y1, double t1) {
        return Math.pow(y1 / y0, 1 / (t1 - t0)) - 1;
    }

    private static Status insufficient(Message reason, Point baseline, Point latest, Point target) {
        return new Status(Code.INSUFFICIENT_DATA, null, reason, baseline, latest, target);
    }
}

package io.impactsite.analyse;

import io.impactsite.model.Message;
import java.math.BigDecimal;

/**
 * Where a series stands, by the progress measure, and the numbers the verdict was computed from.
 *
 * @param value    R (observed over required growth) with a target; the direction-signed compound
 *                 annual growth rate without one; null when data are insufficient or the target is met
 * @param reason   why data are insufficient (a message of the theme's strings); {@link Message#NONE} otherwise
 * @param baseline the baseline period and its value (value null when the data have none)
 * @param latest   the latest period with a value; null when the series has no value
 * @param target   the target used; null when there is none
 */
public record Status(Code code, Double value, Message reason, Point baseline, Point latest, Point target) {

    /** A period and its value. */
    public record Point(String period, double time, BigDecimal value) {}

    /** The verdicts, with the stable codes the JSON downloads use. */
    public enum Code {
        TARGET_ACHIEVED("target-achieved"),
        ON_TRACK("on-track"),
        ACCELERATION_NEEDED("acceleration-needed"),
        LIMITED_PROGRESS("limited-progress"),
        MOVING_AWAY("moving-away"),
        INSUFFICIENT_DATA("insufficient-data");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}

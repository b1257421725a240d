package io.impactsite.analyse;

import io.impactsite.model.Indicator;
import io.impactsite.model.Partner;
import io.impactsite.model.SystemsChange;
import java.math.BigDecimal;
import java.util.List;

/**
 * What changed between a past report card and the current one: the lines of "what changed
 * since". Each list holds exactly the differences of its kind, in indicator (or date) order; an
 * indicator whose status moved to "target achieved" is listed under {@code targetsReached} only.
 *
 * @param statusMoves    indicators in both whose status changed, other than to "target achieved"
 * @param targetsReached indicators in both that reached their target since
 * @param newValues      indicators in both whose latest value changed: a later period, or a revised value
 * @param gaps           gaps between groups (per dimension, in both) that narrowed or widened
 * @param added          indicators that are new since
 * @param dropped        indicators of the past edition that are no longer reported
 * @param newPartners    partners that joined since, in id order
 * @param newChanges     systems changes recorded since, oldest first
 */
public record EditionComparison(
        int year,
        List<StatusMove> statusMoves,
        List<TargetReached> targetsReached,
        List<NewValue> newValues,
        List<GapChange> gaps,
        List<IndicatorAnalysis> added,
        List<Indicator> dropped,
        List<Partner> newPartners,
        List<SystemsChange> newChanges) {

    /** Which way a status moved: up or down the scale, or into or out of "insufficient data". */
    public enum Move { UP, DOWN, NOW_MEASURED, NO_LONGER_MEASURED }

    public record StatusMove(IndicatorAnalysis now, Status.Code before, Move move) {}

    public record TargetReached(IndicatorAnalysis now, Status.Code before) {}

    /** @param before the latest value then; null when there was none */
    public record NewValue(IndicatorAnalysis now, Status.Point before, Status.Point after) {}

    public record GapChange(IndicatorAnalysis now, Gap before, Gap after) {
        public boolean narrowed() {
            return after.gap().compareTo(before.gap()) < 0;
        }

        /** How much it moved, always positive. */
        public BigDecimal by() {
            return after.gap().subtract(before.gap()).abs();
        }
    }

    /** Whether nothing at all changed. */
    public boolean isEmpty() {
        return statusMoves.isEmpty() && targetsReached.isEmpty() && newValues.isEmpty() && gaps.isEmpty() && added.isEmpty()
                && dropped.isEmpty() && newPartners.isEmpty() && newChanges.isEmpty();
    }
}

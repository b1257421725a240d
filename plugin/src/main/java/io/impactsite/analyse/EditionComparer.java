package io.impactsite.analyse;

import io.impactsite.analyse.EditionComparison.GapChange;
import io.impactsite.analyse.EditionComparison.Move;
import io.impactsite.analyse.EditionComparison.NewValue;
import io.impactsite.analyse.EditionComparison.StatusMove;
import io.impactsite.analyse.EditionComparison.TargetReached;
import io.impactsite.model.Indicator;
import io.impactsite.model.Partner;
import io.impactsite.model.SystemsChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares two analysed report cards: a pure function, each difference counted once. */
public final class EditionComparer {
    private EditionComparer() {}

    /**
     * @param year   the past edition's year
     * @param before the past edition, analysed
     * @param now    the current report card, analysed
     */
    public static EditionComparison compare(int year, SiteAnalysis before, SiteAnalysis now) {
        List<StatusMove> moves = new ArrayList<>();
        List<TargetReached> reached = new ArrayList<>();
        List<NewValue> values = new ArrayList<>();
        List<GapChange> gaps = new ArrayList<>();
        List<IndicatorAnalysis> added = new ArrayList<>();
        for (IndicatorAnalysis a : now.indicators()) {
            IndicatorAnalysis b = before.byIndicator().get(a.indicator().id());
            if (b == null) {
                added.add(a);
                continue;
            }
            Status.Code was = b.status().code();
            Status.Code is = a.status().code();
            if (is == Status.Code.TARGET_ACHIEVED && was != is) {
                reached.add(new TargetReached(a, was));
            } else if (was != is) {
                moves.add(new StatusMove(a, was, move(was, is)));
            }
            Status.Point then = b.status().latest();
            Status.Point latest = a.status().latest();
            if (latest != null && (then == null || !then.period().equals(latest.period())
                    || then.value().compareTo(latest.value()) != 0)) {
                values.add(new NewValue(a, then, latest));
            }
            gaps.addAll(gaps(b, a));
        }
        Set<String> ids = now.byIndicator().keySet();
        List<Indicator> dropped = before.indicators().stream().map(IndicatorAnalysis::indicator)
                .filter(i -> !ids.contains(i.id())).toList();
        Set<String> partners = before.site().partners().stream().map(Partner::id).collect(Collectors.toSet());
        Set<String> changes = before.site().changes().stream().map(EditionComparer::identity).collect(Collectors.toSet());
        return new EditionComparison(year, List.copyOf(moves), List.copyOf(reached), List.copyOf(values), List.copyOf(gaps),
                List.copyOf(added), dropped,
                now.site().partners().stream().filter(p -> !partners.contains(p.id())).toList(),
                now.site().changes().stream().filter(c -> !changes.contains(identity(c))).toList());
    }

    /** Up or down the scale from "moving away" to "target achieved"; "insufficient data" is on no scale. */
    static Move move(Status.Code was, Status.Code is) {
        if (was == Status.Code.INSUFFICIENT_DATA) return Move.NOW_MEASURED;
        if (is == Status.Code.INSUFFICIENT_DATA) return Move.NO_LONGER_MEASURED;
        return is.ordinal() < was.ordinal() ? Move.UP : Move.DOWN;   // the codes run from best to worst
    }

    /** The gaps of the headline series, per dimension in both, whose size changed. */
    private static List<GapChange> gaps(IndicatorAnalysis before, IndicatorAnalysis now) {
        if (before.headline() == null || now.headline() == null) return List.of();
        List<GapChange> changed = new ArrayList<>();
        for (Gap g : now.headline().gaps()) {
            before.headline().gaps().stream().filter(x -> x.dimension().equals(g.dimension())).findFirst()
                    .filter(x -> x.gap().compareTo(g.gap()) != 0)
                    .ifPresent(x -> changed.add(new GapChange(now, x, g)));
        }
        return changed;
    }

    /** A change is the same change when its date and title are: its wording may have been edited since. */
    private static String identity(SystemsChange c) {
        return c.date() + " " + Objects.requireNonNull(c.title());
    }
}

package io.impactsite.bench;

import io.impactsite.bench.format.PartnerDoc.Measure;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a contribution says beyond its goal and title: when it began (a year, now and then a month
 * or a day) and, for some, when it ended or ends; the amount of funding and in-kind support (in
 * dollars, a few in Canadian dollars, so that the totals per currency are exercised); and for
 * programmes the performance measures, labelled by programme so that partners running the same
 * programme report the same measure and a goal's page can add them up.
 */
final class ContributionDetail {
    private ContributionDetail() {}

    /** Who takes part in each of {@link Words#PROGRAMS}, in the same order. */
    static final String[] PARTICIPANTS = {"students", "families", "students", "students", "families", "students",
        "young people", "children", "students", "students", "seniors", "students", "parents", "children", "children",
        "teachers", "students", "young adults"};

    record Detail(String start, String end, BigDecimal amount, String currency, List<Measure> howMuch,
                  List<Measure> howWell, List<Measure> betterOff) {}

    static Detail draw(String kind, String program, int since, SplittableRandom r) {
        String start = Integer.toString(since);
        boolean month = false;
        double precision = r.nextDouble();
        if (precision < 0.05) {
            start = since + "-" + twoDigits(1 + r.nextInt(12)) + "-01";
        } else if (precision < 0.3) {
            start = since + "-" + twoDigits(1 + r.nextInt(12));
            month = true;
        }
        String end = null;
        int lastYear = Size.LAST_YEAR;
        if (r.nextDouble() < 0.3) {
            int endYear = since + 1 + r.nextInt(5);
            end = month ? endYear + "-" + twoDigits(1 + r.nextInt(12)) : Integer.toString(endYear);
            lastYear = Math.min(lastYear, endYear);
        }

        BigDecimal amount = null;
        String currency = null;
        if (kind.equals("funding") && r.nextDouble() < 0.85) {
            amount = BigDecimal.valueOf(1000L * Math.round(10 + Math.pow(r.nextDouble(), 2) * 1990));
        } else if (kind.equals("in-kind") && r.nextDouble() < 0.7) {
            amount = BigDecimal.valueOf(500L * Math.round(4 + r.nextDouble() * 296));
        }
        if (amount != null) {
            currency = r.nextDouble() < 0.05 ? "CAD" : "USD";
        }

        List<Measure> howMuch = null;
        List<Measure> howWell = null;
        List<Measure> betterOff = null;
        if (kind.equals("programme") && r.nextDouble() < 0.75) {
            String who = PARTICIPANTS[Arrays.asList(Words.PROGRAMS).indexOf(program)];
            // the latest full year it ran: its last, or now and then the one before (never before it began)
            boolean yearBefore = r.nextDouble() < 0.2 && lastYear == Size.LAST_YEAR && since < lastYear;
            String period = Integer.toString(yearBefore ? lastYear - 1 : lastYear);
            int reached = 20 + r.nextInt(1981);
            howMuch = List.of(new Measure(null, Slugs.cap(who) + " in " + program, BigDecimal.valueOf(reached), who, period));
            if (r.nextDouble() < 0.6) {
                howWell = List.of(new Measure(null, Slugs.cap(who) + " who completed " + program,
                        BigDecimal.valueOf(55 + r.nextInt(44)), "%", period));
            }
            if (r.nextDouble() < 0.45) {
                long better = Math.max(1, Math.round(reached * (0.2 + r.nextDouble() * 0.5)));
                betterOff = List.of(new Measure(null, Slugs.cap(who) + " doing better after " + program,
                        BigDecimal.valueOf(better), who, period));
            }
        }
        return new Detail(start, end, amount, currency, howMuch, howWell, betterOff);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}

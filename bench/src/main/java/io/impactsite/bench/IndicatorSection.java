package io.impactsite.bench;

import static io.impactsite.bench.Words.paragraphs;
import static io.impactsite.bench.Words.sentence;

import io.impactsite.bench.format.IndicatorDoc;
import io.impactsite.bench.format.IndicatorDoc.Baseline;
import io.impactsite.bench.format.IndicatorDoc.Source;
import io.impactsite.bench.format.IndicatorDoc.Target;
import io.impactsite.bench.format.ObservationRow;
import io.impactsite.bench.format.PlaceObservationRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@code indicators/<id>.yml} and {@code .csv}: indicators drawn from 30 realistic bases (repeated by
 * area beyond 30), each with a headline series per year, 4 race and 2 income groups; every fourth
 * also by district over the last 5 years (mapped by {@code site.map}); some with the story behind
 * the curve ({@link StorySection}).
 */
final class IndicatorSection {
    private IndicatorSection() {}

    static final String TARGET_PERIOD = "2030";

    /** Every this many indicators (the first, the fifth, ...) also have data by district. */
    static final int BY_PLACE_EVERY = 4;
    /** The last years that have data by district. */
    static final int PLACE_YEARS = 5;

    /** A kind of indicator: its goal (index), title, which way is better, measure, unit and value range. */
    record Base(int goal, String title, String direction, String measure, String unit, int low, int high) {}

    static final List<Base> BASES = List.of(
        new Base(0, "Kindergarten readiness", "increase", "percent", "%", 30, 70),
        new Base(0, "Pre-K enrollment", "increase", "percent", "%", 30, 70),
        new Base(0, "Low birth weight births", "decrease", "percent", "%", 6, 12),
        new Base(0, "Infant mortality", "decrease", "number", "Deaths per 1,000 live births", 3, 10),
        new Base(0, "Well-child visits", "increase", "percent", "%", 50, 85),
        new Base(0, "Licensed child care slots", "increase", "number", "Slots per 100 children under 5", 20, 50),
        new Base(1, "Third-grade reading proficiency", "increase", "percent", "%", 30, 70),
        new Base(1, "Third-grade math proficiency", "increase", "percent", "%", 30, 70),
        new Base(1, "Chronic absenteeism in elementary school", "decrease", "percent", "%", 8, 25),
        new Base(1, "Summer learning participation", "increase", "percent", "%", 15, 45),
        new Base(1, "Student mobility", "decrease", "percent", "%", 5, 20),
        new Base(1, "Elementary suspensions", "decrease", "number", "Suspensions per 100 students", 2, 10),
        new Base(2, "Eighth-grade math proficiency", "increase", "percent", "%", 25, 60),
        new Base(2, "Eighth-grade reading proficiency", "increase", "percent", "%", 30, 65),
        new Base(2, "Ninth graders on track", "increase", "percent", "%", 60, 85),
        new Base(2, "Chronic absenteeism in middle school", "decrease", "percent", "%", 10, 28),
        new Base(2, "Students reporting a caring adult mentor", "increase", "percent", "%", 40, 75),
        new Base(2, "Youth meeting fitness standards", "increase", "percent", "%", 35, 70),
        new Base(3, "Four-year graduation rate", "increase", "percent", "%", 60, 90),
        new Base(3, "Dropout rate", "decrease", "percent", "%", 3, 12),
        new Base(3, "College readiness benchmark met", "increase", "percent", "%", 20, 55),
        new Base(3, "FAFSA completion", "increase", "percent", "%", 40, 70),
        new Base(3, "Advanced coursework enrollment", "increase", "percent", "%", 15, 40),
        new Base(3, "Teen birth rate", "decrease", "number", "Births per 1,000 females aged 15-19", 10, 40),
        new Base(4, "College enrollment within a year of graduation", "increase", "percent", "%", 45, 75),
        new Base(4, "Postsecondary completion within six years", "increase", "percent", "%", 30, 60),
        new Base(4, "Youth unemployment", "decrease", "percent", "%", 8, 20),
        new Base(4, "Opportunity youth", "decrease", "percent", "%", 8, 18),
        new Base(4, "Median earnings at age 25", "increase", "currency", "USD", 25000, 45000),
        new Base(4, "Apprenticeship starts", "increase", "number", "Starts per 1,000 young adults", 2, 12));

    static final String[] RACES = {"Asian", "Black", "Hispanic", "White"};
    static final String[] INCOMES = {"Low income", "Not low income"};

    static final String[] SOURCES = {"Bench County Public Schools, state assessment",
        "Bench County Health Department, vital statistics", "State Department of Education",
        "National Student Clearinghouse", "American Community Survey, 1-year estimates",
        "Bench County Youth Survey", "State Workforce Commission", "Bench County Early Learning Coalition"};

    /** The indicators, in generation order, and their files. */
    record Indicators(List<Planned.Indicator> planned, List<ContentFile> files) {}

    /**
     * {@code stories} draws the stories behind the curves (for some indicators), naming
     * {@code partners}; {@code places} draws the values by district.
     */
    static Indicators generate(Size size, List<Planned.Partner> partners, SplittableRandom r,
                               SplittableRandom stories, SplittableRandom places) {
        List<Base> bases = new ArrayList<>(BASES);
        Draw.shuffle(r, bases);
        Set<String> ids = new HashSet<>();
        List<Planned.Indicator> planned = new ArrayList<>();
        List<ContentFile> files = new ArrayList<>();
        for (int i = 0; i < size.indicators; i++) {
            Base b = bases.get(i % bases.size());
            int round = i / bases.size();
            String title = round == 0 ? b.title() : b.title() + ", " + Words.AREAS[(round - 1) % Words.AREAS.length]
                    + (round > Words.AREAS.length ? " " + (1 + (round - 1) / Words.AREAS.length) : "");
            Planned.Indicator ind = new Planned.Indicator(Slugs.unique(ids, Slugs.slug(title)), title, b.goal());
            planned.add(ind);
            Series s = new Series(b, size);
            double[] head = s.headline(r);
            List<ObservationRow> rows = s.rows(r, head);
            String csv = "indicators/" + ind.id() + ".csv";
            files.add(i % BY_PLACE_EVERY == 0
                    ? new ContentFile.Csv(csv, PlaceObservationRow.class, s.withPlaces(rows, head, places))
                    : new ContentFile.Csv(csv, ObservationRow.class, rows));
            IndicatorDoc.Story story = StorySection.story(b.title(), partners, stories);
            files.add(new ContentFile.Yaml("indicators/" + ind.id() + ".yml", document(size, ind, s, head, story, r)));
        }
        return new Indicators(planned, files);
    }

    private static IndicatorDoc document(Size size, Planned.Indicator ind, Series s, double[] head,
                                         IndicatorDoc.Story story, SplittableRandom r) {
        String description = paragraphs(r, 1, 2, 3);
        Source source = new Source(Draw.pick(r, SOURCES), InitiativeSection.BASE_URL + "data/" + ind.id());
        String method = paragraphs(r, 1, 2, 4);
        Target target = null;
        if (r.nextDouble() < 0.85) {
            double step = s.good * (0.1 + r.nextDouble() * 0.3);
            double value = s.clamp(Series.round(head[0] * (1 + step), s.decimals));
            if (value == head[0]) {
                value = head[0] + s.good * Math.pow(10, -s.decimals) * 10;
            }
            target = new Target(null, TARGET_PERIOD, new BigDecimal(Series.format(value, s.decimals)), null, null, null);
        }
        String notes = r.nextDouble() < 0.3 ? sentence(r, "the " + size.firstYear() + " data") : null;
        Base b = s.base;
        return new IndicatorDoc(ind.title(), InitiativeSection.goalId(b.goal()), description, b.unit(), b.measure(),
                b.direction(), s.decimals, source, method, null, null, new Baseline(Integer.toString(size.firstYear())),
                target, null, null, notes, null, story, null, null, null);
    }

    /** The observations of one indicator: a compound trend with noise, and its groups around it. */
    private static final class Series {
        final Base base;
        final Size size;
        final int decimals;
        final int good;
        final boolean percent;

        Series(Base base, Size size) {
            this.base = base;
            this.size = size;
            this.decimals = "currency".equals(base.measure()) ? 0 : 1;
            this.good = "increase".equals(base.direction()) ? 1 : -1;
            this.percent = "percent".equals(base.measure());
        }

        /** The headline value of each year; the trend improves for about 70% of indicators. */
        double[] headline(SplittableRandom r) {
            double y0 = base.low() + r.nextDouble() * (base.high() - base.low());
            double rate = good * (0.004 + r.nextDouble() * 0.035) * (r.nextDouble() < 0.7 ? 1 : -1);
            double[] head = new double[size.years];
            for (int t = 0; t < size.years; t++) {
                double v = y0 * Math.pow(1 + rate, t) * (1 + Draw.gaussian(r) * 0.015);
                head[t] = clamp(round(v, decimals));
            }
            return head;
        }

        /** Each year's headline row, then a row per race group and per income group. */
        List<ObservationRow> rows(SplittableRandom r, double[] head) {
            double[] raceFactor = new double[RACES.length];
            for (int g = 0; g < RACES.length; g++) {
                raceFactor[g] = 0.7 + r.nextDouble() * 0.6;
            }
            double low = 1 + good * -(0.08 + r.nextDouble() * 0.2); // low income fares worse
            double[] incomeFactor = {low, 1 + (1 - low) * 0.8};
            List<ObservationRow> rows = new ArrayList<>();
            for (int t = 0; t < size.years; t++) {
                String period = Integer.toString(size.firstYear() + t);
                rows.add(new ObservationRow(period, format(head[t], decimals), "", ""));
                for (int g = 0; g < RACES.length; g++) {
                    double v = head[t] * raceFactor[g] * (1 + Draw.gaussian(r) * 0.02);
                    rows.add(new ObservationRow(period, group(r, v), RACES[g], ""));
                }
                for (int g = 0; g < INCOMES.length; g++) {
                    double v = head[t] * incomeFactor[g] * (1 + Draw.gaussian(r) * 0.02);
                    rows.add(new ObservationRow(period, group(r, v), "", INCOMES[g]));
                }
            }
            return rows;
        }

        /**
         * The rows, and after each of the last {@link #PLACE_YEARS} years' rows a value for every
         * district, around the headline (never suppressed: a map's place without a value is a gap).
         */
        List<PlaceObservationRow> withPlaces(List<ObservationRow> rows, double[] head, SplittableRandom r) {
            double[] factor = new double[Districts.DISTRICTS.length];
            for (int d = 0; d < factor.length; d++) {
                factor[d] = 0.75 + r.nextDouble() * 0.5;
            }
            int perYear = rows.size() / size.years;
            List<PlaceObservationRow> out = new ArrayList<>();
            for (int t = 0; t < size.years; t++) {
                for (ObservationRow o : rows.subList(t * perYear, (t + 1) * perYear)) {
                    out.add(new PlaceObservationRow(o.period(), o.value(), o.race(), o.income(), ""));
                }
                if (t >= size.years - PLACE_YEARS) {
                    String period = Integer.toString(size.firstYear() + t);
                    for (int d = 0; d < factor.length; d++) {
                        double v = head[t] * factor[d] * (1 + Draw.gaussian(r) * 0.02);
                        out.add(new PlaceObservationRow(period, format(clamp(round(v, decimals)), decimals), "", "",
                                Districts.name(d)));
                    }
                }
            }
            return out;
        }

        /** About 1% of group cells are suppressed: a missing value, never a zero. */
        private String group(SplittableRandom r, double v) {
            return r.nextDouble() < 0.01 ? "NA" : format(clamp(round(v, decimals)), decimals);
        }

        double clamp(double v) {
            double min = Math.pow(10, -decimals) * 5;
            double max = percent ? 99.5 : Double.MAX_VALUE;
            return Math.max(min, Math.min(max, v));
        }

        static double round(double v, int decimals) {
            double f = Math.pow(10, decimals);
            return Math.round(v * f) / f;
        }

        static String format(double v, int decimals) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
    }
}

package io.impactsite.chart;

import io.impactsite.model.Geography;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a map by place shows, for both its drawings (the ECharts option and the static SVG): each
 * place's value for one period and the class it falls in.
 *
 * <p>Classes are equal steps between round numbers (the ticks of a {@link Scale} over the values,
 * at most five): with a handful of places, quantiles would give classes of one or two places each
 * with breaks at odd values, and two places whose values differ by a hair could get colours far
 * apart. Each class holds values from its lower break up to the next (the last one includes its
 * upper break); a value is classed as the page writes it (rounded to the indicator's decimals), so
 * the colour always agrees with the number in the table.
 *
 * @param period the period the values are for ("2024")
 * @param unit   what the values are in
 * @param areas  every place of the shapes, in their file's order
 * @param bands  the classes, lowest first
 */
public record MapData(String name, String period, String unit, Geography geography, List<Area> areas, List<Band> bands,
                      String noData) {

    /** Most classes a map has: more cannot be told apart by lightness alone. */
    static final int MAX_CLASSES = 5;

    /**
     * A place and its value.
     *
     * @param value as classed (rounded to the indicator's decimals); null when the place has none
     * @param text  the value as the page writes it; "" without one
     * @param band  its class, 0-based; -1 without a value
     */
    public record Area(Geography.Place place, BigDecimal value, String text, int band) {
        public boolean hasValue() {
            return value != null;
        }
    }

    /**
     * A class: values from {@code from} up to {@code to} (below it, but for the last class).
     *
     * @param slot  its colour, 1 (lightest) to 5
     * @param label "15.0–19.9"
     */
    public record Band(BigDecimal from, BigDecimal to, int slot, String label) {}

    public MapData {
        areas = List.copyOf(areas);
        bands = List.copyOf(bands);
    }

    /**
     * The map of the values by place code.
     *
     * @param values   the value of each place that has one, by code, as written
     * @param texts    the same values as the page writes them, by code
     * @param decimals digits the indicator shows
     * @param noData   the words for a place without a value
     */
    public static MapData of(String name, String period, String unit, Geography geography, Map<String, BigDecimal> values,
                             Map<String, String> texts, int decimals, NumberStyle style, String noData) {
        List<BigDecimal> shown = values.values().stream().map(v -> v.setScale(decimals, RoundingMode.HALF_UP)).sorted().toList();
        List<Band> bands = bands(shown, decimals, style);
        List<Area> areas = new ArrayList<>();
        for (Geography.Place p : geography.places()) {
            BigDecimal v = values.get(p.code());
            BigDecimal rounded = v == null ? null : v.setScale(decimals, RoundingMode.HALF_UP);
            areas.add(new Area(p, rounded, v == null ? "" : texts.get(p.code()), rounded == null ? -1 : band(bands, rounded)));
        }
        return new MapData(name, period, unit, geography, areas, bands, noData);
    }

    /** The classes of the (rounded, sorted) values: one for a single value, else the steps of a nice scale. */
    static List<Band> bands(List<BigDecimal> values, int decimals, NumberStyle style) {
        if (values.isEmpty()) return List.of();
        BigDecimal lo = values.get(0);
        BigDecimal hi = values.get(values.size() - 1);
        if (lo.compareTo(hi) == 0) {
            return List.of(new Band(lo, hi, 3, style.fixed(lo.doubleValue(), decimals)));
        }
        Scale scale = Scale.nice(lo.doubleValue(), hi.doubleValue(), MAX_CLASSES, false, Scale.Bounds.NONE);
        List<Double> ticks = scale.ticks();
        int shown = Math.max(decimals, scale.decimals());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(shown);
        int n = ticks.size() - 1;
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal from = BigDecimal.valueOf(ticks.get(i)).setScale(shown, RoundingMode.HALF_UP);
            BigDecimal to = BigDecimal.valueOf(ticks.get(i + 1)).setScale(shown, RoundingMode.HALF_UP);
            BigDecimal top = i == n - 1 ? to : to.subtract(unit);
            int slot = n == 1 ? 3 : 1 + (int) Math.round(i * (MAX_CLASSES - 1) / (double) (n - 1));
            String label = top.compareTo(from) == 0 ? style.fixed(from.doubleValue(), shown)
                    : style.fixed(from.doubleValue(), shown) + "\u2013" + style.fixed(top.doubleValue(), shown);
            bands.add(new Band(from, to, slot, label));
        }
        return bands;
    }

    /** The class of a value: the last whose lower break it reaches. */
    static int band(List<Band> bands, BigDecimal value) {
        for (int i = bands.size() - 1; i > 0; i--) {
            if (value.compareTo(bands.get(i).from()) >= 0) return i;
        }
        return 0;
    }

    /** Whether some place has no value (the legend then has a "no data" entry). */
    public boolean anyMissing() {
        return areas.stream().anyMatch(a -> !a.hasValue());
    }
}

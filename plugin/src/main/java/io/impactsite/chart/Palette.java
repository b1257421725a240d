package io.impactsite.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Okabe and Ito's colour-blind-safe palette (2008), darkest first so that the headline series has
 * the most contrast against the page; charts also turn on ECharts' decal patterns on request.
 * The theme's CSS holds the same colours as custom properties ({@code --chart-1} ... {@code
 * --chart-bg}, light and dark), which the static SVG uses and the theme's script swaps into the
 * ECharts options, so both follow the reader's colour scheme.
 */
final class Palette {
    static final String[] COLOURS = {"#0b4f8a", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442"};
    static final String TARGET = "#6b3fa0";
    static final String TREND = "#555555";
    /** Text, secondary text, grid lines and background: the page's own colours (site.css :root). */
    static final String INK = "#1b1f24";
    static final String MUTED = "#555d66";
    static final String GRID = "#d0d7de";
    static final String BG = "#ffffff";

    /** The same hues, lighter, for a dark background: each at least 4.5:1 on #16191d. */
    static final String[] DARK = {"#56b4e9", "#ff8b4d", "#2fd3a5", "#e7a6cb", "#f0b429", "#9fd4f5", "#f2f2f2", "#f0e442"};
    static final String TARGET_DARK = "#c6a4f0";
    static final String TREND_DARK = "#b8bec6";

    /**
     * A map's classes, lowest first: one sequential hue (ColorBrewer's Blues), which every kind of
     * colour vision orders by lightness. Text on classes 1 to 3 is dark, on 4 and 5 white, each at
     * least 4.5:1.
     */
    static final String[] MAP = {"#eff3ff", "#bdd7e7", "#6baed6", "#2171b5", "#08519c"};
    /**
     * The same on a dark page, lowest darkest, so that more is always brighter against the page:
     * text on classes 1 and 2 is light, on 3 to 5 dark, each at least 4.5:1.
     */
    static final String[] MAP_DARK = {"#17324d", "#1f5a8a", "#3d8bcc", "#7fb8e6", "#c6e2f7"};
    /** Classes whose labels are white (light page): the darker ones. */
    static final int MAP_LIGHT_TEXT_FROM = 4;

    /** The names of the CSS custom properties ({@code --chart-<name>}), in the order of {@link #light()}. */
    static final List<String> SLOTS = List.of("1", "2", "3", "4", "5", "6", "7", "8",
            "target", "trend", "ink", "muted", "grid", "bg", "m1", "m2", "m3", "m4", "m5");

    private Palette() {}

    /** The colours of {@link #SLOTS}, as the options and the SVG's fallback paint hold them. */
    static List<String> light() {
        List<String> all = new ArrayList<>(Arrays.asList(COLOURS));
        all.addAll(List.of(TARGET, TREND, INK, MUTED, GRID, BG));
        all.addAll(Arrays.asList(MAP));
        return all;
    }

    /** The colour of data slot 1 to 8 (and on, cycling). */
    static String colour(int slot) {
        return COLOURS[(slot - 1) % COLOURS.length];
    }

    /** Slot 1 to 8 for the n-th series (0-based), cycling. */
    static int slot(int n) {
        return n % COLOURS.length + 1;
    }
}

package io.impactsite.chart;

/**
 * Okabe and Ito's colour-blind-safe palette (2008), darkest first so that the headline series has
 * the most contrast against the page; charts also turn on ECharts' decal patterns on request.
 */
final class Palette {
    static final String[] COLOURS = {"#0b4f8a", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442"};
    static final String TARGET = "#6b3fa0";
    static final String TREND = "#555555";

    private Palette() {}
}

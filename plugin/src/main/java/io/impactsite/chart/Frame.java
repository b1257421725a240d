package io.impactsite.chart;

/**
 * The size a static chart is drawn for. The narrow drawing fits a 320 px screen exactly (its
 * 288 px column at 12 px text); the wide one a tablet, a laptop and a printed page. The page
 * shows one or the other by width, so text never shrinks below what it was drawn at by much.
 *
 * @param font the text size in px of the drawing
 * @param plot the height of the plotting area of a line chart, or of a bar's row of a bar chart
 */
record Frame(String variant, int width, double font, double plot) {
    static final Frame NARROW = new Frame("narrow", 288, 12, 170);
    static final Frame WIDE = new Frame("wide", 640, 13, 240);

    /** The distance between two lines of text. */
    double lineHeight() {
        return Math.round(font * 1.35);
    }
}

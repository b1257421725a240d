package io.impactsite.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide a label will be, without a font at build time: the advance widths of DejaVu Sans, the
 * widest of the fonts a reader's {@code system-ui} may resolve to (Segoe UI, SF, Roboto and
 * Liberation Sans are narrower), so a label measured here never takes more room in a browser.
 */
final class Glyphs {
    /** DejaVu Sans advance widths of ' ' (U+0020) to '~' (U+007E), in thousandths of an em. */
    private static final int[] ASCII = {
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};
    private static final int LATIN = 700;   // accented letters and other alphabets
    private static final int WIDE = 1000;   // CJK, emoji: a full em
    private static final double BOLD = 1.1; // DejaVu Sans Bold is at most 10% wider

    private Glyphs() {}

    /** Width in px of {@code text} at {@code size} px. */
    static double width(String text, double size) {
        long thousandths = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x20 && c <= 0x7e) thousandths += ASCII[c - 0x20];
            else if (c >= 0x1100 && Character.isIdeographic(c) || c >= 0x1f000) thousandths += WIDE;
            else if (Character.getType(c) == Character.NON_SPACING_MARK) thousandths += 0;
            else thousandths += LATIN;
        }
        return thousandths * size / 1000.0;
    }

    static double width(String text, double size, boolean bold) {
        return width(text, size) * (bold ? BOLD : 1);
    }

    /**
     * The text in lines no wider than {@code max} px, broken between words; a word wider than a
     * line is broken between characters. Never an empty list.
     */
    static List<String> wrap(String text, double size, boolean bold, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, size, bold) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) lines.add(line.toString());
            line.setLength(0);
            for (int i = 0; i < word.length(); ) {
                int c = word.codePointAt(i);
                String next = line.toString() + Character.toString(c);
                if (line.length() > 0 && width(next, size, bold) > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(c);
                i += Character.charCount(c);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }
}

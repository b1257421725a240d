package io.impactsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The theme's CSS colours charts with the same palette as the options: light as Palette.java, dark lighter. */
class PaletteTest {
    private static final Path CSS = Path.of("../site-template/src/main/resources/impactsite/theme/static/site.css");

    private static List<String> values(String block) {
        List<String> out = new ArrayList<>();
        for (String slot : Palette.SLOTS.subList(0, 10)) {
            Matcher m = Pattern.compile("--chart-" + slot + ":\\s*(#[0-9a-fA-F]{6})").matcher(block);
            assertTrue(m.find(), "--chart-" + slot + " in " + block.substring(0, Math.min(80, block.length())));
            out.add(m.group(1).toLowerCase());
        }
        return out;
    }

    @Test
    void lightAndDarkColoursInTheCssAreThePalettes() throws Exception {
        String css = Files.readString(CSS);
        int dark = css.indexOf("@media (prefers-color-scheme: dark)");
        assertTrue(dark > 0);
        assertEquals(Palette.light().subList(0, 10), values(css.substring(0, dark)));
        List<String> expected = new ArrayList<>(List.of(Palette.DARK));
        expected.add(Palette.TARGET_DARK);
        expected.add(Palette.TREND_DARK);
        assertEquals(expected, values(css.substring(dark)));
    }

    /** WCAG 2.1 contrast of each dark colour on a dark page (#16191d): at least 4.5:1. */
    @Test
    void darkColoursStandOutOnADarkPage() {
        List<String> dark = new ArrayList<>(List.of(Palette.DARK));
        dark.add(Palette.TARGET_DARK);
        dark.add(Palette.TREND_DARK);
        for (String c : dark) {
            double ratio = (luminance(c) + 0.05) / (luminance("#16191d") + 0.05);
            assertTrue(ratio >= 4.5, c + ": " + ratio);
        }
    }

    static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}

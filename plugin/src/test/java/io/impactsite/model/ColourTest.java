package io.impactsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** WCAG contrast as the specification computes it, and the theme's colours as site.css has them. */
class ColourTest {
    private static final Path CSS = Path.of("../site-template/src/main/resources/impactsite/theme/static/site.css");

    private static Colour c(String hex) {
        return Colour.parse(hex).orElseThrow();
    }

    @Test
    void contrastRatios() {
        assertEquals(21.0, Colour.BLACK.contrast(Colour.WHITE), 1e-9);
        assertEquals(4.48, c("#777777").contrast(Colour.WHITE), 0.01); // the classic just-failing grey
        assertEquals(c("#ffffff"), c("#FFF"));
        assertTrue(Colour.parse("teal").isEmpty() && Colour.parse("#12345").isEmpty());
        assertEquals("#808080", Colour.BLACK.mix(Colour.WHITE, 0.5).css()); // 127.5 rounds up, as CSS does
    }

    @Test
    void aReadableShadeKeepsTheHueAndPasses() {
        Colour pale = c("#7fb2d9");
        Colour light = Colours.readable(pale, Colours.Role.ACCENT, false, pale);
        assertTrue(Colours.contrast(light, Colours.Role.ACCENT, false, light) >= Colours.AA, light.css());
        assertTrue(light.blue() > light.red(), "still a blue: " + light.css());
        Colour dark = Colours.readable(c("#00577d"), Colours.Role.LINK, true, Colours.DARK_ACCENT);
        assertTrue(Colours.contrast(dark, Colours.Role.LINK, true, Colours.DARK_ACCENT) >= Colours.AA, dark.css());
        assertEquals(Colours.ACCENT, Colours.readable(Colours.ACCENT, Colours.Role.ACCENT, false, Colours.ACCENT),
                "a passing colour stays");
    }

    /** The backgrounds the brand colours are checked against are the ones site.css paints. */
    @Test
    void theThemesColoursAreSiteCss() throws Exception {
        String css = Files.readString(CSS);
        int dark = css.indexOf("@media screen and (prefers-color-scheme: dark)");
        assertTrue(dark > 0);
        String light = css.substring(0, dark);
        String darkBlock = css.substring(dark, css.indexOf("/* ==== 2. Base", dark));
        assertEquals(Colours.ACCENT, token(light, "accent"));
        assertEquals(Colours.LINK, token(light, "link"));
        assertEquals(Colours.BACKGROUND, token(light, "bg"));
        assertEquals(Colours.SURFACE, token(light, "surface"));
        assertEquals(Colours.DARK_ACCENT, token(darkBlock, "accent"));
        assertEquals(Colours.DARK_LINK, token(darkBlock, "link"));
        assertEquals(Colours.DARK_BACKGROUND, token(darkBlock, "bg"));
        assertEquals(Colours.DARK_SURFACE, token(darkBlock, "surface"));
        assertTrue(light.contains("--tint: color-mix(in srgb, var(--accent) 8%, var(--bg));"));
        assertTrue(darkBlock.contains("--tint: color-mix(in srgb, var(--accent) 14%, var(--bg));"));
        for (boolean d : new boolean[] {false, true}) {
            Colour accent = d ? Colours.DARK_ACCENT : Colours.ACCENT;
            assertTrue(Colours.contrast(accent, Colours.Role.ACCENT, d, accent) >= Colours.AA, "the accent passes, dark " + d);
            assertTrue(Colours.contrast(d ? Colours.DARK_LINK : Colours.LINK, Colours.Role.LINK, d, accent) >= Colours.AA,
                    "links, dark " + d);
        }
    }

    private static Colour token(String block, String name) {
        Matcher m = Pattern.compile("--" + name + ":\\s*(#[0-9a-fA-F]{3,6})\\b").matcher(block);
        assertTrue(m.find(), "--" + name);
        return c(m.group(1));
    }
}

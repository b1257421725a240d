package io.impactsite.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site's brand colours (initiative.yml {@code site.colors}): the accent (the bar above the header,
 * the current menu entry, large figures, selected filters) and the links, for light pages and for dark
 * mode. Null where the theme's own colour stays.
 *
 * <p>The default theme's own colours and backgrounds are here too (site.css has the same values; a
 * test keeps them equal), so that a brand colour can be checked against the backgrounds it is used
 * on, and a dark-mode shade derived from it.
 */
public record Colours(Colour accent, Colour link, Colour darkAccent, Colour darkLink) {
    public static final Colours NONE = new Colours(null, null, null, null);

    public static final Colour ACCENT = css("#00577d");
    public static final Colour LINK = css("#0b5cad");
    public static final Colour DARK_ACCENT = css("#6cc3e8");
    public static final Colour DARK_LINK = css("#8ab8f0");
    public static final Colour BACKGROUND = Colour.WHITE;
    public static final Colour SURFACE = css("#f4f6f8");
    public static final Colour DARK_BACKGROUND = css("#121417");
    public static final Colour DARK_SURFACE = css("#1b1f23");
    /** Tinted panels are this share of the accent over the page's background. */
    public static final double TINT = 0.08;
    public static final double DARK_TINT = 0.14;
    /** WCAG 2.1 AA for text of normal size. */
    public static final double AA = 4.5;

    /** What a colour is used for, which decides the backgrounds its text is set on. */
    public enum Role { ACCENT, LINK }

    public boolean isEmpty() {
        return accent == null && link == null && darkAccent == null && darkLink == null;
    }

    /** The accent of light pages: the site's or the theme's. */
    public Colour lightAccent() {
        return accent == null ? ACCENT : accent;
    }

    /** The accent of dark mode: the site's, or one derived from its light accent, or the theme's. */
    public Colour resolvedDarkAccent() {
        if (darkAccent != null) return darkAccent;
        return accent == null ? DARK_ACCENT : readable(accent, Role.ACCENT, true, accent);
    }

    /** The links of dark mode: the site's, or derived from its light links, or the theme's. */
    public Colour resolvedDarkLink() {
        if (darkLink != null) return darkLink;
        return link == null ? DARK_LINK : readable(link, Role.LINK, true, resolvedDarkAccent());
    }

    /**
     * The backgrounds text in a brand colour is set on, by what they are: the page and the tinted
     * panels (made from the accent) for both; for links also the footer and table headings
     * (surface). Text on a filled accent background is the page's background colour, so the page
     * row covers it too.
     */
    public static Map<String, Colour> backgrounds(Role role, boolean dark, Colour accent) {
        Map<String, Colour> out = new LinkedHashMap<>();
        Colour page = dark ? DARK_BACKGROUND : BACKGROUND;
        out.put("page", page);
        if (role == Role.LINK) out.put("surface", dark ? DARK_SURFACE : SURFACE);
        out.put("tint", accent.mix(page, dark ? DARK_TINT : TINT));
        return out;
    }

    /** The lowest contrast of a colour on the backgrounds of its role. */
    public static double contrast(Colour c, Role role, boolean dark, Colour accent) {
        return backgrounds(role, dark, accent).values().stream().mapToDouble(c::contrast).min().orElseThrow();
    }

    /**
     * The nearest shade of a colour that reaches AA on every background of the mode: darker for light
     * pages, lighter for dark mode, in steps of 2% black or white. The colour itself when it already does.
     *
     * @param accent the accent the tinted panels are made from (ignored for the accent itself)
     */
    public static Colour readable(Colour c, Role role, boolean dark, Colour accent) {
        Colour towards = dark ? Colour.WHITE : Colour.BLACK;
        for (int step = 0; step <= 50; step++) {
            Colour shade = c.mix(towards, 1 - step * 0.02);
            if (contrast(shade, role, dark, role == Role.ACCENT ? shade : accent) >= AA) return shade;
        }
        return towards;
    }

    private static Colour css(String hex) {
        return Colour.parse(hex).orElseThrow();
    }
}

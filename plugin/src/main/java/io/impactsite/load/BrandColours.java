package io.impactsite.load;

import io.impactsite.load.Documents.ColorsDoc;
import io.impactsite.load.Documents.DarkColorsDoc;
import io.impactsite.model.Colour;
import io.impactsite.model.Colours;
import io.impactsite.model.Colours.Role;
import java.util.Locale;
import java.util.Map;

/**
 * initiative.yml {@code site.colors}: the brand's accent and link colours, each checked against the
 * backgrounds the theme sets text in it on. A colour that cannot be read is an error; one with less
 * than WCAG AA contrast (4.5:1) is a warning that names the background and a shade that would pass.
 */
final class BrandColours {
    private BrandColours() {}

    static Colours read(ColorsDoc doc, YamlReader.Lines lines, Fields f) {
        if (doc == null) return Colours.NONE;
        DarkColorsDoc dark = doc.dark();
        Colour accent = colour(doc.accent(), doc, "accent", "site.colors.accent", lines, f);
        Colour link = colour(doc.link(), doc, "link", "site.colors.link", lines, f);
        Colour darkAccent = dark == null ? null : colour(dark.accent(), dark, "accent", "site.colors.dark.accent", lines, f);
        Colour darkLink = dark == null ? null : colour(dark.link(), dark, "link", "site.colors.dark.link", lines, f);
        Colours colours = new Colours(accent, link, darkAccent, darkLink);
        check(accent, Role.ACCENT, false, colours.lightAccent(), "site.colors.accent", lines.of(doc, "accent"), f);
        check(link, Role.LINK, false, colours.lightAccent(), "site.colors.link", lines.of(doc, "link"), f);
        if (dark != null) {
            check(darkAccent, Role.ACCENT, true, colours.resolvedDarkAccent(), "site.colors.dark.accent",
                    lines.of(dark, "accent"), f);
            check(darkLink, Role.LINK, true, colours.resolvedDarkAccent(), "site.colors.dark.link", lines.of(dark, "link"), f);
        }
        return colours;
    }

    private static Colour colour(String value, Object doc, String field, String name, YamlReader.Lines lines, Fields f) {
        int line = lines.of(doc, field);
        if (value == null || value.isBlank()) {
            if (lines.has(doc, field)) {
                f.error(line, "`" + name + "` has no value. Write the colour in quotes, such as `" + field
                        + ": \"#00577d\"`: in YAML a # after a space starts a comment.");
            }
            return null;
        }
        return Colour.parse(value).orElseGet(() -> {
            f.error(line, "`" + name + "` is `" + value.strip() + "`, but a colour is written as # and six hexadecimal "
                    + "digits, in quotes, such as `" + field + ": \"#00577d\"`.");
            return null;
        });
    }

    /** Warns, once per colour, at the background it contrasts least with. */
    private static void check(Colour c, Role role, boolean dark, Colour accent, String name, int line, Fields f) {
        if (c == null) return;
        Map.Entry<String, Colour> worst = Colours.backgrounds(role, dark, role == Role.ACCENT ? c : accent).entrySet()
                .stream().min(java.util.Comparator.comparingDouble(e -> c.contrast(e.getValue()))).orElseThrow();
        double ratio = c.contrast(worst.getValue());
        if (ratio >= Colours.AA) return;
        Colour better = Colours.readable(c, role, dark, accent);
        String where = switch (worst.getKey()) {
            case "page" -> dark ? "the dark page background" : "the page background";
            case "surface" -> dark ? "the dark footer and table background" : "the footer and table background";
            default -> dark ? "the dark tinted panels" : "the tinted panels";
        };
        f.problems().warning(f.file(), line, String.format(Locale.ROOT, "`%s` %s has a contrast of %.1f:1 on %s (%s), "
                + "where its text needs at least 4.5:1 (WCAG AA). A %s shade that passes: \"%s\".", name, c.css(), ratio,
                where, worst.getValue().css(), dark ? "lighter" : "darker", better.css()));
    }
}

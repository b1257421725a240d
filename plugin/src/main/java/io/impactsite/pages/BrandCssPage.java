package io.impactsite.pages;

import io.impactsite.model.Colours;
import io.impactsite.model.Message;
import java.util.Set;

/**
 * theme/brand.css: the site's brand colours as the theme's custom properties, for light pages and for
 * dark mode (a shade derived from the light colour where the site gives none), loaded after site.css.
 * A file rather than inline styles, so that a strict Content-Security-Policy allows it.
 */
public record BrandCssPage(Colours colours) implements Page {
    public static final Address AT = Address.file("theme/brand.css");

    /** Each "#rrggbb", or "" where the theme's own colour stays. */
    public record View(String accent, String link, String darkAccent, String darkLink) {}

    @Override public Kind kind() {
        return Kind.BRAND_CSS;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.text("brand.css");
    }

    @Override public Address parent() {
        return null;
    }

    @Override public View view(ViewContext c) {
        return new View(colours.accent() == null ? "" : colours.accent().css(),
                colours.link() == null ? "" : colours.link().css(),
                colours.accent() == null && colours.darkAccent() == null ? "" : colours.resolvedDarkAccent().css(),
                colours.link() == null && colours.darkLink() == null ? "" : colours.resolvedDarkLink().css());
    }
}

package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.model.Initiative;

/**
 * How a page is found: the link to the site's search page (the theme's search-link.ftlh), and what
 * the page tells the sites it is shared on and search engines (discovery-meta.ftlh): Open Graph
 * type, site name and locale; on an indicator page its social card as og:image, an absolute
 * address, so only with a base URL; the Twitter card kind; and the page's schema.org JSON-LD
 * ({@link StructuredData}), or null.
 *
 * @param search    the search page, from the site root; "" on the search page itself (its form is the search)
 * @param published an update's date (article:published_time), or ""
 */
public record Discovery(String search, String type, String siteName, String locale, String published, String image,
                        String imageAlt, String twitterCard, TemplateHTMLOutputModel jsonLd) {

    public static Discovery of(Page page, ViewContext c) {
        Initiative in = c.site().initiative();
        String base = in.settings().baseUrl();
        String image = "";
        String alt = "";
        if (page instanceof IndicatorPage i && !base.isEmpty()) {
            image = SocialCardPage.at(i.analysis().indicator()).absolute(base);
            alt = SocialCards.alt(c, i.analysis());
        }
        String published = page instanceof UpdatePage u ? u.update().date().toString() : "";
        String search = page instanceof SearchPage || !c.tree().has(SearchPage.AT) ? "" : c.href(SearchPage.AT);
        return new Discovery(search, published.isEmpty() ? "website" : "article", in.name(), in.settings().locale().toString(),
                published, image, alt, image.isEmpty() ? "summary" : "summary_large_image", StructuredData.of(page, c));
    }
}

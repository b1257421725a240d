package io.impactsite.pages;

import io.impactsite.model.Indicator;
import io.impactsite.model.Period;

/**
 * A chart's downloads beyond its picture: its numbers as CSV, its own page to embed, a citation.
 * Addresses are absolute where the site has a base URL (what another site needs); otherwise the
 * theme's script makes them absolute from the address the page is read at.
 */
final class ChartShares {
    /** The embed's height beyond its drawing: title, summary, the link back; the table scrolls below. */
    private static final int EMBED_EXTRA = 190;

    private ChartShares() {}

    /**
     * The chart's share, or null where it has no page of its own (a chart on a goal page is
     * shared from its indicator's page).
     */
    static View.Share of(ViewContext c, Indicator i, String chartId, String title, Period latest, int height) {
        Address embed = EmbedPage.at(i.id(), chartId);
        if (!c.tree().has(embed)) return null;
        String base = c.site().initiative().settings().baseUrl();
        String embedUrl = base.isEmpty() ? c.href(embed) : embed.absolute(base);
        String page = base.isEmpty() ? c.href(IndicatorPage.at(i.id())) : IndicatorPage.at(i.id()).absolute(base);
        String code = "<iframe src=\"" + embedUrl + "\" title=\"" + attribute(title) + "\" width=\"100%\" height=\""
                + (height + EMBED_EXTRA) + "\" style=\"border:0\" loading=\"lazy\"></iframe>";
        String citation = c.strings().format("share.citation", c.site().initiative().name(),
                latest == null ? "" : String.valueOf(year(latest)), title);
        return new View.Share(c.href(ChartDataPage.at(i.id(), chartId)), c.href(embed), code, title, citation, page,
                !base.isEmpty());
    }

    /** The year a period's data can first be published in: the year it ends. */
    static int year(Period p) {
        return switch (p.kind()) {
            case SCHOOL_YEAR -> p.year() + 1;
            case RANGE -> p.year() + p.sub();
            default -> p.year();
        };
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}

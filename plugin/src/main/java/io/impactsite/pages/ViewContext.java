package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.chart.SocialCard;
import io.impactsite.markdown.MarkdownIndex;
import io.impactsite.model.Markdown;
import io.impactsite.model.Message;
import io.impactsite.model.Site;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page's view is built from: the analysed site, the page tree (every address and link),
 * the site's words and its Markdown, and the root of the page being built ("../../"). Immutable;
 * one per page rendered, on the thread that renders it. {@code preview}: rendered for the preview
 * server, which adds its reload script.
 */
public record ViewContext(SiteAnalysis analysis, PageTree tree, Strings strings, Format format, MarkdownIndex texts,
                          String root, boolean preview, Shared shared) {

    /**
     * What several pages of one render show alike, made once: the report-card rows (the report card,
     * its lists by status, the print version and the goal pages) and the search's entries (the search
     * page and search.json). Both are the same on every page, their links being from the site root.
     * And the social cards' PNGs, which a preview keeps from one render to the next: a card is a pure
     * function of its record, and encoding one costs more than rendering a page.
     */
    public static final class Shared {
        private final Map<IndicatorAnalysis, View.IndicatorRow> made = Collections.synchronizedMap(new IdentityHashMap<>());
        private volatile List<SearchEntries.Group> search;
        private final Map<SocialCard, byte[]> cardsBefore;
        private final Map<SocialCard, byte[]> cards;

        /** For one render (a build): no card kept, each is drawn once anyway. */
        public Shared() {
            this(Map.of(), null);
        }

        /**
         * @param cardsBefore the cards of earlier renders, reused when equal
         * @param cards       where this render's cards go (may be {@code cardsBefore} itself); null keeps none
         */
        public Shared(Map<SocialCard, byte[]> cardsBefore, Map<SocialCard, byte[]> cards) {
            this.cardsBefore = cardsBefore;
            this.cards = cards;
        }

        byte[] png(SocialCard card) {
            byte[] png = cardsBefore.get(card);
            if (png == null) png = card.png();
            if (cards != null) cards.put(card, png);
            return png;
        }

        View.IndicatorRow of(ViewContext c, IndicatorAnalysis a) {
            View.IndicatorRow row = made.get(a);
            if (row == null) {
                row = IndicatorViews.row(c, a);
                made.put(a, row);
            }
            return row;
        }

        synchronized List<SearchEntries.Group> search(ViewContext c) {
            if (search == null) search = SearchEntries.groups(c);
            return search;
        }
    }

    /** An indicator's report-card row. */
    public View.IndicatorRow row(IndicatorAnalysis a) {
        return shared.of(this, a);
    }

    /** What the site's search finds, by kind. */
    List<SearchEntries.Group> search() {
        return shared.search(this);
    }

    public Site site() {
        return analysis.site();
    }

    /** Markdown as HTML for this page, a value templates print as it is. */
    public TemplateHTMLOutputModel html(Markdown text) {
        return text == null || text.isBlank() ? Html.EMPTY : Html.of(texts.html(text, root, figures()));
    }

    /** What the texts' live figures say on this page: the data it is rendered with. */
    public java.util.function.Function<io.impactsite.markdown.LiveFigure, String> figures() {
        return f -> LiveFigures.value(this, f);
    }

    /** Markdown as plain text, shortened for a meta description. */
    public String plain(Markdown text) {
        return texts.plainText(text, 200, figures());
    }

    public String text(Message message) {
        if (message.isText() && message.args().get(0) instanceof Markdown m) return plain(m);
        return strings.text(message);
    }

    /** The link to a page, from the site root (templates put the page's root in front). */
    public String href(Address address) {
        return tree.href(address);
    }

    public Links links() {
        return tree.links();
    }
}

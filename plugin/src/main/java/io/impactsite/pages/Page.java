package io.impactsite.pages;

import io.impactsite.model.Markdown;
import io.impactsite.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A page of the site: one record per kind, each knowing its address, title, template candidates,
 * the content files it is made from, and how to build its view (a record the template receives).
 * The whole site is a {@link PageTree} of them, built once from the analysed site.
 */
public sealed interface Page permits HomePage, AgendaPage, GoalsPage, GoalPage, ReportCardPage, IndicatorPage,
        MethodologyPage, ReportingStatusPage, OpenDataPage, PartnersPage, PartnerPage, ActivitiesPage, UpdatesPage, UpdatePage,
        SystemsChangePage, AboutPage, NarrativePage, NotFoundPage, FeedPage, SitemapPage, RobotsPage, DataJsonPage,
        DataPackagePage, CombinedCsvPage, DataFilePage, AssetPage, EditionsPage, ChangesSincePage, EditionPage,
        NetworkPage, TagsPage, TopicFeedPage, SocialCardPage, SearchPage, SearchIndexPage, EmbedPage, ChartDataPage,
        PrintReportCardPage, BrandCssPage, AccessibilityPage {

    Kind kind();

    Address address();

    Message title();

    /** The meta description; {@link Message#NONE} for none. */
    default Message description() {
        return Message.NONE;
    }

    /**
     * The page above this one, which decides its breadcrumbs and its menu section; null for the
     * home page and for files that are not pages (feeds, downloads).
     */
    default Address parent() {
        return Address.HOME;
    }

    /**
     * The content files it is made from, relative to the content folder; a folder ("updates/")
     * stands for every file in it. Every page also depends on initiative.yml and the theme.
     */
    default Set<String> sources() {
        return Set.of();
    }

    /** Its own Atom feed (a goal's, an indicator's), which its head links to; null for none. */
    default Address feed() {
        return null;
    }

    /** Whether it loads the theme's script: to draw charts, or to filter a list in place. */
    default boolean script() {
        return false;
    }

    /** Whether its charts need the full chart library (a Sankey diagram) rather than the common build. */
    default boolean allChartTypes() {
        return false;
    }

    /** Markdown texts shown as the page's body: their headings are fragments a link may name. */
    default List<Markdown> bodies() {
        return List.of();
    }

    /**
     * Fragments the page's template writes that a link may name ("strategy-x"); with
     * {@link #bodies()}, the complete list, or empty when the page's fragments are not known.
     */
    default Set<String> anchors() {
        return Set.of();
    }

    /** What makes this page's more specific template: "reading" for goal-reading.ftlh; "" for none. */
    default String key() {
        return "";
    }

    /** The templates to try, most specific first; each is looked up in the site's templates/, then the theme. */
    default List<String> templates() {
        String ext = kind().output().extension();
        List<String> names = new ArrayList<>();
        if (!key().isEmpty()) names.add(kind().template() + "-" + key() + ext);
        names.add(kind().template() + ext);
        return List.copyOf(names);
    }

    /** The view its template receives as {@code page}: for JSON pages, what is serialised; for copies, the file. */
    Object view(ViewContext context);
}

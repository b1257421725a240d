package io.impactsite.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.analyse.SiteAnalyser;
import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.load.ContentLoader;
import io.impactsite.model.Site;
import io.impactsite.problem.Problem;
import io.impactsite.problem.Problems;

import io.impactsite.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page tree of a small site, kind by kind and address by address: any change to an address, a
 * kind, the menu, breadcrumbs or a template name fails here first.
 */
class PageTreeTest {
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static PageTree tree;

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        Path content = Folders.copy(MINIMAL, dir.resolve("site"));
        write(content.resolve("pages/approach.md"), "---\ntitle: Our approach\nmenu: 1\n---\n# How we work\n\nText.\n");
        write(content.resolve("pages/about.md"), "---\ntitle: About us\n---\nWho we are.\n");
        write(content.resolve("updates/2024-05-02-reading-fair.md"), "---\ntitle: Reading fair\ntags: [events]\n---\nFun.\n");
        write(content.resolve("updates/2024-06-01-new-library.md"), "---\ntitle: New library\n---\nBooks.\n");
        write(content.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write(content.resolve("networks/readers.yml"), "name: Readers\ngoals: [reading]\n");
        write(content.resolve("changes.yml"), "- date: 2020-05-01\n  kind: services\n  title: Libraries open on Sundays\n"
                + "  indicators: [school-readiness]\n");
        tree = treeOf(content, new Problems());
    }

    static PageTree treeOf(Path content, Problems problems) {
        Site site = new ContentLoader().load(content, problems).orElseThrow();
        SiteAnalysis analysis = SiteAnalyser.analyse(site);
        return TreeBuilder.build(analysis, problems);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String entry(Page p) {
        return p.kind() + " " + p.address();
    }

    @Test
    void everyPageHasItsKindAndAddress() {
        assertEquals(List.of(
                "HOME /",
                "AGENDA /agenda/",
                "GOALS /goals/",
                "GOAL /goals/school-ready/",
                "GOAL /goals/reading/",
                "REPORT_CARD /indicators/",
                "PRINT_REPORT_CARD /indicators/print/",
                "STATUS_FILTER /indicators/status/improving/",
                "INDICATOR /indicators/school-readiness/",
                "EMBED /indicators/school-readiness/embed/chart-series-1/",
                "CHART_DATA /indicators/school-readiness/chart-series-1.csv",
                "EMBED /indicators/school-readiness/embed/equity-series-1/",
                "CHART_DATA /indicators/school-readiness/equity-series-1.csv",
                "METHODOLOGY /methodology/",
                "REPORTING_STATUS /reporting-status/",
                "OPEN_DATA /data/",
                "PARTNERS /partners/",
                "PARTNER /partners/lakeside-library/",
                "ACTIVITIES /activities/",
                "NETWORK /networks/readers/",
                "UPDATES /updates/",
                "TAGS /updates/tags/",
                "UPDATE /updates/new-library/",
                "UPDATE /updates/reading-fair/",
                "TAG /updates/tags/events/",
                "SYSTEMS_CHANGE /systems-change/",
                "CHANGE_KIND /systems-change/services/",
                "ABOUT /about/",
                "ACCESSIBILITY /accessibility/",
                "NARRATIVE /approach/",
                "NOT_FOUND /404.html",
                "FEED /feed.xml",
                "TOPIC_FEED /goals/school-ready/feed.xml",
                "TOPIC_FEED /goals/reading/feed.xml",
                "TOPIC_FEED /indicators/school-readiness/feed.xml",
                "ROBOTS /robots.txt",
                "DATA_FILE /data/school-readiness.csv",
                "DATA_JSON /data/school-readiness.json",
                "DATA_COMBINED /data/all-indicators.csv",
                "DATA_PACKAGE /data/datapackage.json",
                "SOCIAL_CARD /indicators/school-readiness/card.png",
                "SEARCH /search/",
                "SEARCH_INDEX /search.json",
                "ASSET /assets/logo.svg"), tree.pages().stream().map(PageTreeTest::entry).toList());
    }

    @Test
    void aNarrativePageAtTheAboutPagesAddressIsItsIntroduction() {
        AboutPage about = (AboutPage) tree.get(AboutPage.AT).orElseThrow();
        assertEquals("About us", about.intro().orElseThrow().title());
        assertTrue(tree.pages().stream().noneMatch(p -> p instanceof NarrativePage n && n.narrative().slug().equals("about")));
    }

    @Test
    void theMenuHasTheSectionsThenThePagesThatAskForAPlace() {
        assertEquals(List.of("/agenda/", "/indicators/", "/partners/", "/activities/", "/updates/", "/systems-change/",
                "/approach/", "/about/", "/data/"), tree.menu().stream().map(p -> p.address().toString()).toList());
    }

    @Test
    void breadcrumbsAndSectionsFollowTheParents() {
        Page goal = tree.get(GoalPage.at("reading")).orElseThrow();
        assertEquals(List.of("/", "/agenda/", "/goals/"), tree.ancestors(goal).stream().map(p -> p.address().toString()).toList());
        assertEquals(AgendaPage.AT, tree.section(goal).address());
        Page methodology = tree.get(MethodologyPage.AT).orElseThrow();
        assertEquals(ReportCardPage.AT, tree.section(methodology).address());
        Page tag = tree.get(UpdatesPage.at("events", 1)).orElseThrow();
        assertEquals(List.of("/", "/updates/", "/updates/tags/"), tree.ancestors(tag).stream().map(p -> p.address().toString())
                .toList(), "a tag's page is under the page of every tag");
        Page network = tree.get(NetworkPage.at("readers")).orElseThrow();
        assertEquals(ActivitiesPage.AT, tree.section(network).address());
        Page kind = tree.get(SystemsChangePage.at(io.impactsite.model.SystemsChange.Kind.SERVICES)).orElseThrow();
        assertEquals(List.of("/", "/systems-change/"), tree.ancestors(kind).stream().map(p -> p.address().toString()).toList());
        Page home = tree.get(Address.HOME).orElseThrow();
        assertEquals(List.of(), tree.ancestors(home));
        assertEquals(List.of(), tree.ancestors(tree.get(AgendaPage.AT).orElseThrow()), "top-level pages have no crumbs");
    }

    @Test
    void linksEndInIndexHtmlUnlessTheSiteHasPrettyLinks() {
        assertFalse(tree.prettyLinks());
        assertEquals("goals/reading/index.html", tree.href(GoalPage.at("reading")));
        assertEquals("index.html", tree.links().home());
        assertEquals("feed.xml", tree.href(FeedPage.AT));
        assertEquals("goals/reading/", GoalPage.at("reading").href(true));
        assertEquals("./", Address.HOME.href(true));
        assertEquals("../../", GoalPage.at("reading").root());
        assertEquals("", FeedPage.AT.root());
    }

    @Test
    void aLinkToAPageThatIsNotInTheTreeIsABug() {
        assertThrows(IllegalStateException.class, () -> tree.links().goal("no-such-goal"));
    }

    @Test
    void templatesAreTriedMostSpecificFirst() {
        assertEquals(List.of("goal-reading.ftlh", "goal.ftlh"), tree.get(GoalPage.at("reading")).orElseThrow().templates());
        assertEquals(List.of("page-approach.ftlh", "page.ftlh"), tree.get(NarrativePage.at("approach")).orElseThrow().templates());
        assertEquals(List.of("home.ftlh"), tree.get(Address.HOME).orElseThrow().templates());
        assertEquals(List.of("feed.ftlx"), tree.get(FeedPage.AT).orElseThrow().templates());
        assertEquals(List.of("indicators-improving.ftlh", "indicators.ftlh"),
                tree.get(ReportCardPage.at(io.impactsite.analyse.Standing.IMPROVING)).orElseThrow().templates());
        assertEquals(List.of("network-readers.ftlh", "network.ftlh"), tree.get(NetworkPage.at("readers")).orElseThrow().templates());
        assertEquals(List.of("systems-change-services.ftlh", "systems-change.ftlh"),
                tree.get(SystemsChangePage.at(io.impactsite.model.SystemsChange.Kind.SERVICES)).orElseThrow().templates());
        assertEquals(List.of("tags.ftlh"), tree.get(TagsPage.AT).orElseThrow().templates());
        assertEquals(List.of("feed.ftlx"), tree.get(TopicFeedPage.ofGoal("reading")).orElseThrow().templates());
    }

    @Test
    void goalAndIndicatorPagesHaveTheirOwnFeedBesideThem() {
        assertEquals(TopicFeedPage.ofGoal("reading"), tree.get(GoalPage.at("reading")).orElseThrow().feed());
        assertEquals("goals/reading/feed.xml", tree.href(TopicFeedPage.ofGoal("reading")));
        assertEquals(TopicFeedPage.ofIndicator("school-readiness"),
                tree.get(IndicatorPage.at("school-readiness")).orElseThrow().feed());
        assertEquals(null, tree.get(PartnersPage.AT).orElseThrow().feed());
        assertEquals(null, tree.get(TopicFeedPage.ofGoal("reading")).orElseThrow().parent(), "a feed is no page of the menu");
    }

    @Test
    void pagesKnowTheContentFilesTheyAreMadeFrom() {
        assertTrue(tree.get(IndicatorPage.at("school-readiness")).orElseThrow().sources()
                .containsAll(List.of("indicators/school-readiness.yml", "indicators/school-readiness.csv")));
        assertEquals(java.util.Set.of("pages/approach.md"), tree.get(NarrativePage.at("approach")).orElseThrow().sources());
        assertEquals(java.util.Set.of("updates/2024-05-02-reading-fair.md"),
                tree.get(UpdatePage.at("reading-fair")).orElseThrow().sources());
    }

    @Test
    void aNarrativePageAtAGeneratedPagesAddressIsAnError(@TempDir Path dir) throws IOException {
        Path content = Folders.copy(MINIMAL, dir.resolve("site"));
        write(content.resolve("pages/partners.md"), "---\ntitle: Partners\n---\nText.\n");
        Problems problems = new Problems();
        PageTree withClash = treeOf(content, problems);
        assertEquals(List.of("pages/partners.md: the site already has a /partners/ section, so this page would "
                + "overwrite it. Rename the file."), problems.errors().stream().map(Problem::toString).toList());
        assertEquals(Kind.PARTNERS, withClash.get(PartnersPage.AT).orElseThrow().kind());
    }

    @Test
    void aSitemapOnlyWithABaseUrl(@TempDir Path dir) throws IOException {
        assertTrue(tree.get(SitemapPage.AT).isEmpty(), "the fixture has no baseUrl");
        Path content = Folders.copy(MINIMAL, dir.resolve("site"));
        Files.writeString(content.resolve("initiative.yml"), Files.readString(content.resolve("initiative.yml"))
                + "site:\n  baseUrl: https://example.org/lakeside/\n");
        Problems problems = new Problems();
        PageTree withBaseUrl = treeOf(content, problems);
        assertEquals(List.of(), problems.errors());
        assertEquals(Kind.SITEMAP, withBaseUrl.get(SitemapPage.AT).orElseThrow().kind());
        assertEquals("/sitemap.xml", SitemapPage.AT.toString());
    }
}

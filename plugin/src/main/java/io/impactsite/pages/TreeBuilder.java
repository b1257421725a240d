package io.impactsite.pages;

import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.analyse.Standing;
import io.impactsite.model.Contribution;
import io.impactsite.model.Goal;
import io.impactsite.model.Indicator;
import io.impactsite.model.Partner;
import io.impactsite.model.Initiative;
import io.impactsite.model.Narrative;
import io.impactsite.model.Sector;
import io.impactsite.model.Site;
import io.impactsite.model.Update;
import io.impactsite.problem.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the page tree from the analysed site, once. The one place that decides which pages a
 * site has: a new page kind is added here. A narrative page at the address of a generated page
 * that takes an introduction (about, methodology, accessibility) becomes that introduction; at any other taken
 * address it is an error naming the file.
 */
public final class TreeBuilder {
    private final SiteAnalysis analysis;
    private final Editions editions;
    private final Problems problems;
    private final List<Page> pages = new ArrayList<>();
    private final Map<Address, Page> taken = new LinkedHashMap<>();

    private TreeBuilder(SiteAnalysis analysis, Editions editions, Problems problems) {
        this.analysis = analysis;
        this.editions = editions;
        this.problems = problems;
    }

    public static PageTree build(SiteAnalysis analysis, Problems problems) {
        return build(analysis, Editions.NONE, problems);
    }

    /** The tree of the current site with its past editions, or of a past edition. */
    public static PageTree build(SiteAnalysis analysis, Editions editions, Problems problems) {
        return new TreeBuilder(analysis, editions, problems).build();
    }

    private PageTree build() {
        Site site = analysis.site();
        Initiative in = site.initiative();
        Map<Address, Narrative> narratives = new LinkedHashMap<>();
        site.pages().forEach(n -> narratives.put(NarrativePage.at(n.slug()), n));

        add(new HomePage(in));
        add(new AgendaPage(in.agenda()));
        add(new GoalsPage(in.agenda().goals()));
        var activities = analysis.activities();
        for (Goal g : in.agenda().goals()) {
            add(new GoalPage(g, activities.asOf(),
                    activities.aboutGoal(g.id()).updates().stream().limit(GoalPage.NEWS).toList()));
        }
        add(new ReportCardPage(Optional.empty()));
        add(new PrintReportCardPage());
        for (Standing s : analysis.statusCounts().present()) add(new ReportCardPage(Optional.of(s)));
        analysis.indicators().forEach(a -> add(new IndicatorPage(a, activities.asOf(),
                activities.aboutIndicator(a.indicator().id()).updates().stream().limit(GoalPage.NEWS).toList(),
                indicatorSources(a.indicator()))));
        analysis.indicators().forEach(a -> {   // each chart's embed and numbers
            Set<String> sources = indicatorSources(a.indicator());
            IndicatorPage.charts(a).forEach(chart -> {
                add(new EmbedPage(a, chart, sources));
                add(new ChartDataPage(a, chart, sources));
            });
        });
        add(new MethodologyPage(in.settings().thresholds(), site.indicators(),
                Optional.ofNullable(narratives.remove(MethodologyPage.AT))));
        add(new ReportingStatusPage(in.agenda().goals()));
        add(new OpenDataPage(analysis.indicators()));
        add(new PartnersPage(in.sectors()));
        site.partners().forEach(p -> add(new PartnerPage(p, sectorName(in, p.sector()), activities.asOf(), partnerSources(p))));
        add(new ActivitiesPage(site.networks()));
        site.networks().forEach(n -> add(new NetworkPage(n, activities.asOf())));
        updates(site.updates(), in.settings().updatesPerPage());
        add(new SystemsChangePage(site.changes(), Optional.empty()));
        io.impactsite.analyse.ChangeCounts.kinds(site.changes()).forEach(k -> add(new SystemsChangePage(site.changes(), Optional.of(k))));
        add(new AboutPage(in, Optional.ofNullable(narratives.remove(AboutPage.AT))));
        add(new AccessibilityPage(in, Optional.ofNullable(narratives.remove(AccessibilityPage.AT))));
        narratives.values().forEach(n -> add(new NarrativePage(n)));
        boolean past = editions instanceof Editions.Past;
        if (!past) add(new NotFoundPage());   // a host serves the site's own 404 page, robots.txt and sitemap only
        add(new FeedPage(in, site.updates()));
        topicFeeds(in);
        if (!past) add(new RobotsPage(in.settings().baseUrl()));
        if (!in.settings().colours().isEmpty()) add(new BrandCssPage(in.settings().colours()));
        if (!past && !in.settings().baseUrl().isEmpty()) add(new SitemapPage(in.settings().baseUrl()));
        if (editions instanceof Editions.Current current) editions(current);
        analysis.indicators().forEach(a -> {
            if (!a.indicator().dataFile().isEmpty()) add(new DataFilePage(a.indicator()));   // a planned one may have none
            add(new DataJsonPage(a));
        });
        add(new CombinedCsvPage(analysis.indicators()));
        add(new DataPackagePage(in.name(), analysis.indicators()));
        analysis.indicators().forEach(a -> add(new SocialCardPage(a)));
        add(new SearchPage());
        add(new SearchIndexPage());
        site.assets().forEach(a -> add(new AssetPage(a)));

        List<Address> menu = new ArrayList<>(List.of(AgendaPage.AT, ReportCardPage.AT, PartnersPage.AT, ActivitiesPage.AT,
                UpdatesPage.AT, SystemsChangePage.AT));
        pages.stream().filter(p -> p instanceof NarrativePage n && n.narrative().menu() > 0)
                .map(p -> ((NarrativePage) p).narrative())
                .sorted(Comparator.comparingInt(Narrative::menu).thenComparing(Narrative::slug))
                .forEach(n -> menu.add(NarrativePage.at(n.slug())));
        menu.add(AboutPage.AT);
        menu.add(OpenDataPage.AT);
        return new PageTree(pages, menu, in.settings().prettyLinks(), editions);
    }

    /** The list of past editions, what changed since the newest, and the pages of theirs it links to. */
    private void editions(Editions.Current current) {
        if (current.years().isEmpty()) return;
        add(new EditionsPage(current.years(), current.since().isPresent()));
        for (int year : current.years()) {
            add(new EditionPage(year, EditionPage.at(year)));
            add(new EditionPage(year, EditionPage.at(year, ReportCardPage.AT)));
        }
        current.since().ifPresent(since -> {
            add(new ChangesSincePage(since));
            since.dropped().forEach(i -> add(new EditionPage(since.year(), EditionPage.at(since.year(), IndicatorPage.at(i.id())))));
        });
    }

    /** The feed of each goal and each indicator, beside its page. */
    private void topicFeeds(Initiative in) {
        var activities = analysis.activities();
        for (Goal g : in.agenda().goals()) {
            var news = activities.aboutGoal(g.id());
            add(new TopicFeedPage(TopicFeedPage.ofGoal(g.id()), GoalPage.at(g.id()), g.title(), in, news.updates(),
                    news.changes()));
        }
        analysis.indicators().forEach(a -> {
            var news = activities.aboutIndicator(a.indicator().id());
            add(new TopicFeedPage(TopicFeedPage.ofIndicator(a.indicator().id()), IndicatorPage.at(a.indicator().id()),
                    a.indicator().title(), in, news.updates(), news.changes()));
        });
    }

    /** Every update, a page each; the lists of all updates and of each tag, paged; every tag with its count. */
    private void updates(List<Update> updates, int perPage) {
        // each tag's updates, newest first, in one pass over the updates
        Map<String, List<Update>> byTag = new TreeMap<>();
        updates.forEach(u -> new LinkedHashSet<>(u.tags()).forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(u)));
        List<String> tags = List.copyOf(byTag.keySet());
        paged("", updates, perPage, tags);
        if (!tags.isEmpty()) {
            add(new TagsPage(tags.stream().map(t -> new TagsPage.Tag(t, byTag.get(t).size())).toList()));
        }
        for (int i = 0; i < updates.size(); i++) {
            Update u = updates.get(i);
            add(new UpdatePage(u, i > 0 ? Optional.of(updates.get(i - 1)) : Optional.empty(),
                    i + 1 < updates.size() ? Optional.of(updates.get(i + 1)) : Optional.empty(), u.body().file()));
        }
        for (String tag : tags) paged(tag, List.copyOf(byTag.get(tag)), perPage, List.of());
    }

    private void paged(String tag, List<Update> updates, int perPage, List<String> tags) {
        int pageCount = Math.max(1, (updates.size() + perPage - 1) / perPage);
        for (int n = 1; n <= pageCount; n++) {
            add(new UpdatesPage(tag, n, pageCount, updates.subList((n - 1) * perPage, Math.min(updates.size(), n * perPage)),
                    tags));
        }
    }

    /** An indicator's files, its contributors' and those of the indicators their contributions also name. */
    private Set<String> indicatorSources(Indicator i) {
        // changes.yml: the changes marked on its chart; a story's partners: their names
        Set<String> files = new TreeSet<>(i.files());
        files.add("changes.yml");
        i.story().partners().forEach(r -> {
            if (!r.partner().isEmpty()) files.add("partners/" + r.partner() + ".yml");
        });
        if (i.map() != null) files.add(i.map().shapes());
        for (Contribution c : analysis.toIndicator().getOrDefault(i.id(), List.of())) {
            files.add("partners/" + c.partner() + ".yml");
            c.indicators().forEach(other -> files.add("indicators/" + other + ".yml"));
        }
        return Set.copyOf(files);
    }

    /** A partner's file, the networks' (their names show) and those of the indicators its contributions name. */
    private static Set<String> partnerSources(Partner p) {
        Set<String> files = new TreeSet<>(List.of("partners/" + p.id() + ".yml", "networks/", "changes.yml"));
        p.contributions().forEach(c -> c.indicators().forEach(i -> files.add("indicators/" + i + ".yml")));
        return Set.copyOf(files);
    }

    private static String sectorName(Initiative in, String id) {
        return in.sectors().stream().filter(s -> s.id().equals(id)).map(Sector::name).findFirst().orElse(id);
    }

    /**
     * Adds a page whose address is free. A page of another kind at a taken address is reported;
     * two of one kind (two goals with one id, two updates with one slug) are the loader's to report,
     * as ids are unique per kind.
     */
    private void add(Page page) {
        Page earlier = taken.putIfAbsent(page.address(), page);
        if (earlier == null) {
            pages.add(page);
        } else if (page instanceof EditionPage e && earlier.kind() != Kind.EDITION) {
            String other = earlier.sources().stream().filter(f -> !f.endsWith("/")).findFirst().orElse("a page of the site");
            problems.error("initiative.yml", 0, "the edition " + e.year() + " is published at " + e.address() + ", where "
                    + other + " would be too. Rename the page, or give the edition another year.");
        } else if (earlier.kind() != page.kind()) {
            String file = page.sources().stream().filter(f -> !f.endsWith("/")).findFirst().orElse("");
            problems.error(file, 0, "the site already has a " + page.address() + " section, so this page would "
                    + "overwrite it. Rename the file.");
        }
    }
}

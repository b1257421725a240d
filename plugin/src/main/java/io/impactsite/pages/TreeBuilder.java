package io.impactsite.pages;

import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.analyse.Standing;
import io.impactsite.model.Goal;
import io.impactsite.model.Initiative;
import io.impactsite.model.Narrative;
import io.impactsite.model.Sector;
import io.impactsite.model.Site;
import io.impactsite.model.Update;
import io.impactsite.problem.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds the page tree from the analysed site, once. The one place that decides which pages a
 * site has: a new page kind is added here. A narrative page at the address of a generated page
 * that takes an introduction (about, methodology) becomes that introduction; at any other taken
 * address it is an error naming the file.
 */
public final class TreeBuilder {
    private final SiteAnalysis analysis;
    private final Problems problems;
    private final List<Page> pages = new ArrayList<>();
    private final Map<Address, Page> taken = new LinkedHashMap<>();

    private TreeBuilder(SiteAnalysis analysis, Problems problems) {
        this.analysis = analysis;
        this.problems = problems;
    }

    public static PageTree build(SiteAnalysis analysis, Problems problems) {
        return new TreeBuilder(analysis, problems).build();
    }

    private PageTree build() {
        Site site = analysis.site();
        Initiative in = site.initiative();
        Map<Address, Narrative> narratives = new LinkedHashMap<>();
        site.pages().forEach(n -> narratives.put(NarrativePage.at(n.slug()), n));

        add(new HomePage(in));
        add(new AgendaPage(in.agenda()));
        add(new GoalsPage(in.agenda().goals()));
        for (Goal g : in.agenda().goals()) add(new GoalPage(g));
        add(new ReportCardPage(Optional.empty()));
        add(new PrintReportCardPage());
        for (Standing s : analysis.statusCounts().present()) add(new ReportCardPage(Optional.of(s)));
        analysis.indicators().forEach(a -> add(new IndicatorPage(a)));
        add(new MethodologyPage(in.settings().thresholds(), site.indicators(),
                Optional.ofNullable(narratives.remove(MethodologyPage.AT))));
        add(new OpenDataPage(analysis.indicators()));
        add(new PartnersPage(in.sectors()));
        site.partners().forEach(p -> add(new PartnerPage(p, sectorName(in, p.sector()))));
        add(new ActivitiesPage(site.networks()));
        updates(site.updates(), in.settings().updatesPerPage());
        add(new SystemsChangePage(site.changes()));
        add(new AboutPage(in, Optional.ofNullable(narratives.remove(AboutPage.AT))));
        narratives.values().forEach(n -> add(new NarrativePage(n)));
        add(new NotFoundPage());
        add(new FeedPage(in, site.updates()));
        add(new RobotsPage(in.settings().baseUrl()));
        if (!in.settings().colours().isEmpty()) add(new BrandCssPage(in.settings().colours()));
        if (!in.settings().baseUrl().isEmpty()) add(new SitemapPage(in.settings().baseUrl()));
        analysis.indicators().forEach(a -> {
            add(new DataFilePage(a.indicator()));
            add(new DataJsonPage(a));
        });
        add(new CombinedCsvPage(analysis.indicators()));
        add(new DataPackagePage(in.name(), analysis.indicators()));
        site.assets().forEach(a -> add(new AssetPage(a)));

        List<Address> menu = new ArrayList<>(List.of(AgendaPage.AT, ReportCardPage.AT, PartnersPage.AT, ActivitiesPage.AT,
                UpdatesPage.AT, SystemsChangePage.AT));
        pages.stream().filter(p -> p instanceof NarrativePage n && n.narrative().menu() > 0)
                .map(p -> ((NarrativePage) p).narrative())
                .sorted(Comparator.comparingInt(Narrative::menu).thenComparing(Narrative::slug))
                .forEach(n -> menu.add(NarrativePage.at(n.slug())));
        menu.add(AboutPage.AT);
        menu.add(OpenDataPage.AT);
        return new PageTree(pages, menu, in.settings().prettyLinks());
    }

    /** Every update, a page each; the lists of all updates and of each tag, paged. */
    private void updates(List<Update> updates, int perPage) {
        TreeSet<String> tags = new TreeSet<>();
        updates.forEach(u -> tags.addAll(u.tags()));
        paged("", updates, perPage, List.copyOf(tags));
        for (int i = 0; i < updates.size(); i++) {
            Update u = updates.get(i);
            add(new UpdatePage(u, i > 0 ? Optional.of(updates.get(i - 1)) : Optional.empty(),
                    i + 1 < updates.size() ? Optional.of(updates.get(i + 1)) : Optional.empty(), u.body().file()));
        }
        for (String tag : tags) paged(tag, updates.stream().filter(u -> u.tags().contains(tag)).toList(), perPage, List.of());
    }

    private void paged(String tag, List<Update> updates, int perPage, List<String> tags) {
        int pageCount = Math.max(1, (updates.size() + perPage - 1) / perPage);
        for (int n = 1; n <= pageCount; n++) {
            add(new UpdatesPage(tag, n, pageCount, updates.subList((n - 1) * perPage, Math.min(updates.size(), n * perPage)),
                    tags));
        }
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
        } else if (earlier.kind() != page.kind()) {
            String file = page.sources().stream().filter(f -> !f.endsWith("/")).findFirst().orElse("");
            problems.error(file, 0, "the site already has a " + page.address() + " section, so this page would "
                    + "overwrite it. Rename the file.");
        }
    }
}

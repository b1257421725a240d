package io.impactsite.pages;

import io.impactsite.model.Initiative;
import io.impactsite.pages.View.Layout;
import io.impactsite.pages.View.Link;
import io.impactsite.pages.View.NavItem;
import io.impactsite.pages.View.SiteInfo;
import java.util.ArrayList;
import java.util.List;

/** The frame of every HTML page: title, canonical address, the menu with its current entry, breadcrumbs. */
public final class Frame {
    private Frame() {}

    public static Layout of(Page page, ViewContext c) {
        Initiative in = c.site().initiative();
        PageTree tree = c.tree();
        String base = in.settings().baseUrl();
        String canonical = base.isEmpty() || !page.address().isHtml() ? "" : page.address().absolute(base);
        Page section = tree.section(page);
        List<NavItem> nav = menu(tree.menu(), section, c);
        String title = page.kind() == Kind.HOME ? in.name() : c.text(page.title()) + " \u2014 " + in.shortName();
        SiteInfo site = new SiteInfo(in.name(), in.shortName(), in.tagline(), in.settings().logo(),
                in.communication().email(),
                in.communication().links().stream().map(l -> new Link(l.label(), l.url())).toList(),
                in.backbone().name(), c.links().home(), c.href(OpenDataPage.AT), c.href(AccessibilityPage.AT));
        List<Link> crumbs = new ArrayList<>();
        for (Page p : tree.ancestors(page)) {
            String label = p.kind() == Kind.HOME ? c.strings().get("nav.home") : c.text(p.title());
            crumbs.add(new Link(label, c.href(p.address())));
        }
        return new Layout(in.settings().language(), title, c.text(page.description()), c.root(), canonical, nav, site,
                page.script(), page.allChartTypes() ? "theme/echarts.min.js" : "theme/echarts.common.min.js",
                FeedPage.AT.path(), List.copyOf(crumbs), c.preview(), archive(c), page.feed() == null ? null
                : new Link(c.strings().format("feed.title", c.text(page.title())), c.href(page.feed())),
                Discovery.of(page, c), tree.has(BrandCssPage.AT) ? c.href(BrandCssPage.AT) : "");
    }

    private static View.Archive archive(ViewContext c) {
        if (c.tree().editions() instanceof Editions.Past past) {
            String year = Integer.toString(past.year());
            return new View.Archive(year, c.strings().format("edition.banner", year), past.currentHome(), past.list(), "", "");
        }
        Editions.Current current = (Editions.Current) c.tree().editions();
        if (current.years().isEmpty()) return null;
        String year = current.years().get(0).toString();
        return new View.Archive("", "", "", c.href(EditionsPage.AT),
                current.since().isPresent() ? c.href(ChangesSincePage.at(current.years().get(0))) : "",
                c.strings().format("since.title", year));
    }

    /**
     * The main menu, short enough for one row on a laptop: the site's own narrative pages that ask for
     * a place in the menu are grouped with the About page under its name, a menu of their own.
     */
    private static List<NavItem> menu(List<Page> menu, Page section, ViewContext c) {
        List<Page> about = menu.stream().filter(p -> p.kind() == Kind.ABOUT || p.kind() == Kind.NARRATIVE).toList();
        Page aboutPage = about.stream().filter(p -> p.kind() == Kind.ABOUT).findFirst().orElse(null);
        List<NavItem> nav = new ArrayList<>();
        for (Page p : menu) {
            if (about.size() > 1 && aboutPage != null && holds(about, p)) {
                if (p != aboutPage) continue;
                List<NavItem> children = new ArrayList<>();
                children.add(item(aboutPage, section, c));
                about.stream().filter(x -> x != aboutPage).forEach(x -> children.add(item(x, section, c)));
                nav.add(new NavItem(c.text(aboutPage.title()), c.href(aboutPage.address()), holds(about, section),
                        List.copyOf(children)));
            } else {
                nav.add(item(p, section, c));
            }
        }
        return List.copyOf(nav);
    }

    /**
     * Whether the list holds this very page. The tree's pages are compared as themselves, as
     * {@link #item} does: a record's equality would compare whole narratives, on every page.
     */
    private static boolean holds(List<Page> pages, Page page) {
        return pages.stream().anyMatch(p -> p == page);
    }

    private static NavItem item(Page p, Page section, ViewContext c) {
        return new NavItem(c.text(p.title()), c.href(p.address()), p == section);
    }
}

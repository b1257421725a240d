package io.impactsite.render;

import io.impactsite.model.Backbone;
import io.impactsite.model.Initiative;
import io.impactsite.model.Page;
import io.impactsite.model.Update;
import io.impactsite.render.View.Link;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** About, the narrative pages, 404, and the machine-readable files: feed, sitemap, robots.txt. */
final class SitePages {
    private final RenderContext ctx;

    SitePages(RenderContext ctx) {
        this.ctx = ctx;
    }

    List<PageJob> jobs() {
        Strings s = ctx.strings();
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(PageJob.page("about/", "about.ftlh", s.get("nav.about"), s.get("about.description"), "about", false,
                List.of(), this::about));
        for (Page p : ctx.site().pages()) {
            if (p.slug().equals("about") || p.slug().equals("methodology")) continue;
            jobs.add(PageJob.page(p.slug() + "/", "page.ftlh", p.title(), p.description(), p.slug(), false, List.of(),
                    root -> new PageView.Narrative(p.title(), ctx.html(p.body(), root))));
        }
        jobs.add(new PageJob("404.html", "404.ftlh", s.get("notFound.title"), "", "", false, List.of(),
                root -> new PageView.NotFound(ctx.links().home())));
        jobs.add(new PageJob("feed.xml", "feed.ftlx", "", "", "", false, List.of(), root -> feed()));
        jobs.add(new PageJob("robots.txt", "robots.ftl", "", "", "", false, List.of(),
                root -> new PageView.Robots(baseUrl().isEmpty() ? "" : baseUrl() + "sitemap.xml")));
        return jobs;
    }

    /** The sitemap of the given pages; only with a base URL, since a sitemap's addresses are absolute. */
    PageJob sitemap(List<PageJob> pages) {
        List<String> urls = pages.stream().filter(p -> p.html() && !p.path().equals("404.html"))
                .map(p -> baseUrl() + (p.path().endsWith("index.html") ? p.path().substring(0, p.path().length() - 10) : p.path()))
                .sorted().toList();
        return new PageJob("sitemap.xml", "sitemap.ftlx", "", "", "", false, List.of(), root -> new PageView.Sitemap(urls));
    }

    String baseUrl() {
        return ctx.site().initiative().settings().baseUrl();
    }

    private PageView.About about(String root) {
        Initiative in = ctx.site().initiative();
        Backbone b = in.backbone();
        Page intro = ctx.site().pages().stream().filter(p -> p.slug().equals("about")).findFirst().orElse(null);
        return new PageView.About(intro == null ? Html.EMPTY : ctx.html(intro.body(), root), b.name(), b.url(),
                ctx.html(b.description(), root),
                b.functions().stream().map(f -> new PageView.Function(f.title(), ctx.html(f.description(), root))).toList(),
                b.staff().stream().map(x -> new PageView.Staff(x.name(), x.role(), x.email())).toList(),
                in.communication().email(), ctx.html(in.communication().meetings(), root),
                in.communication().links().stream().map(l -> new Link(l.label(), l.url())).toList());
    }

    /**
     * The Atom feed. Entry ids are stable: the page address under the base URL, or a name-based UUID
     * when the site has none. Markdown links are made absolute with the base URL.
     */
    private PageView.Feed feed() {
        Initiative in = ctx.site().initiative();
        String base = baseUrl();
        List<Update> updates = ctx.site().updates().stream().limit(20).toList();
        String updated = updates.isEmpty() ? in.started() + "-01-01T00:00:00Z" : timestamp(updates.get(0));
        List<PageView.FeedEntry> entries = updates.stream().map(u -> {
            String href = base + "updates/" + u.slug() + "/";
            return new PageView.FeedEntry(base.isEmpty() ? urn("update:" + u.slug()) : href, u.title(),
                    base.isEmpty() ? "updates/" + u.slug() + "/" : href, timestamp(u), u.summary(),
                    ctx.htmlFor(u.body(), base));
        }).toList();
        return new PageView.Feed(base.isEmpty() ? urn("feed") : base + "feed.xml", in.name(), updated,
                base.isEmpty() ? "feed.xml" : base + "feed.xml", base.isEmpty() ? "./" : base,
                in.backbone().name().isEmpty() ? in.name() : in.backbone().name(), entries);
    }

    private static String timestamp(Update u) {
        return u.date() + "T00:00:00Z";
    }

    private String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((ctx.site().initiative().name() + "/" + name)
                .getBytes(StandardCharsets.UTF_8));
    }
}

package io.impactsite.render;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.chart.Ordered;
import io.impactsite.problem.Problems;
import io.impactsite.model.Asset;
import io.impactsite.model.Initiative;
import io.impactsite.model.Page;
import io.impactsite.model.Site;
import io.impactsite.render.View.Layout;
import io.impactsite.render.View.Link;
import io.impactsite.render.View.NavItem;
import io.impactsite.write.SiteOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Renders the whole site into an output: every page through the theme, on all cores, plus the
 * theme's static files, ECharts, the content's assets and the open data.
 */
public final class SiteRenderer {
    private final Theme theme;

    public SiteRenderer(Theme theme) {
        this.theme = theme;
    }


    public void render(Site site, List<IndicatorAnalysis> analyses, Path contentRoot, Problems problems,
                       SiteOutput out) {
        Strings strings = new Strings(theme.strings(), site.initiative().settings().locale());
        RenderContext ctx = RenderContext.of(site, analyses, strings, problems);
        Cards cards = new Cards(ctx);
        SitePages sitePages = new SitePages(ctx);
        List<PageJob> jobs = new ArrayList<>();
        jobs.addAll(new AgendaPages(ctx, cards).jobs());
        jobs.addAll(new IndicatorPages(ctx, cards).jobs());
        jobs.addAll(new PartnerPages(ctx, cards).jobs());
        jobs.addAll(new NewsPages(ctx, cards).jobs());
        jobs.addAll(sitePages.jobs());
        if (!sitePages.baseUrl().isEmpty()) jobs.add(sitePages.sitemap(jobs));
        else problems.warning("initiative.yml", 0, "`site.baseUrl` is not set, so sitemap.xml is not written and the "
                + "feed's links are relative. Set it to the address the site is published at.");

        List<NavItem> nav = nav(ctx);
        renderAll(jobs, ctx, nav, out);

        theme.staticFiles().forEach((name, bytes) -> out.write("theme/" + name, bytes));
        out.write("theme/echarts.min.js", theme.echarts());
        for (Asset a : site.assets()) out.copy(a.path(), a.source());
        OpenData.write(site, analyses, contentRoot, out);
    }

    /**
     * Renders every page on all cores. A page that fails does not stop the others midway: every
     * worker finishes before the first failure is thrown, so nothing writes into the staging folder
     * after the build has given up on it.
     */
    private void renderAll(List<PageJob> jobs, RenderContext ctx, List<NavItem> nav, SiteOutput out) {
        List<RuntimeException> failures = jobs.parallelStream().map(job -> {
            try {
                out.write(job.path(), render(job, ctx, nav));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }).filter(java.util.Objects::nonNull).toList();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private byte[] render(PageJob job, RenderContext ctx, List<NavItem> nav) {
        String root = Links.rootOf(job.folder());
        Object view = job.view().apply(root);
        Map<String, Object> model = Ordered.map("layout", layout(job, ctx, nav, root), "page", view,
                "msg", ctx.strings().all());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            theme.render(job.template(), model, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Theme.TemplateError e) {
            throw new RenderException(e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private Layout layout(PageJob job, RenderContext ctx, List<NavItem> nav, String root) {
        Initiative in = ctx.site().initiative();
        String base = in.settings().baseUrl();
        String canonical = base.isEmpty() || !job.html() ? ""
                : base + (job.path().endsWith("index.html") ? job.path().substring(0, job.path().length() - 10) : job.path());
        List<NavItem> current = nav.stream().map(n -> new NavItem(n.label(), n.href(), sectionOf(n.href()).equals(job.section())
                && !job.section().isEmpty())).toList();
        String title = job.path().equals("index.html") ? in.name() : job.title() + " \u2014 " + in.shortName();
        var site = new View.SiteInfo(in.name(), in.shortName(), in.tagline(), in.settings().logo(),
                in.communication().email(),
                in.communication().links().stream().map(l -> new Link(l.label(), l.url())).toList(),
                in.backbone().name(), ctx.links().home(), ctx.links().page("data/"));
        List<Link> crumbs = job.breadcrumbs().isEmpty() ? List.of()
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(new Link(ctx.strings().get("nav.home"),
                ctx.links().home())), job.breadcrumbs().stream()).toList();
        return new Layout(in.settings().language(), title, job.description(), root, canonical, job.section(), current,
                site, job.charts() || job.path().equals("indicators/index.html"), "feed.xml", crumbs);
    }

    /** "indicators/index.html" belongs to section "indicators". */
    private static String sectionOf(String href) {
        int slash = href.indexOf('/');
        return slash < 0 ? "" : href.substring(0, slash);
    }

    private static List<NavItem> nav(RenderContext ctx) {
        Strings s = ctx.strings();
        Links l = ctx.links();
        List<NavItem> nav = new ArrayList<>(List.of(
                new NavItem(s.get("nav.agenda"), l.page("agenda/"), false),
                new NavItem(s.get("nav.indicators"), l.page("indicators/"), false),
                new NavItem(s.get("nav.partners"), l.page("partners/"), false),
                new NavItem(s.get("nav.activities"), l.page("activities/"), false),
                new NavItem(s.get("nav.updates"), l.page("updates/"), false),
                new NavItem(s.get("nav.changes"), l.page("systems-change/"), false)));
        ctx.site().pages().stream().filter(p -> p.menu() > 0).sorted(Comparator.comparingInt(Page::menu).thenComparing(Page::slug))
                .forEach(p -> nav.add(new NavItem(p.title(), l.page(p.slug() + "/"), false)));
        nav.add(new NavItem(s.get("nav.about"), l.page("about/"), false));
        nav.add(new NavItem(s.get("nav.data"), l.page("data/"), false));
        return nav;
    }

    /** A template failed to render: a bug in the theme or in a site's override, named by template:line:column. */
    public static final class RenderException extends RuntimeException {
        RenderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

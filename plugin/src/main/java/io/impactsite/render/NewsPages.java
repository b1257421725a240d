package io.impactsite.render;

import io.impactsite.model.SystemsChange;
import io.impactsite.model.Update;
import io.impactsite.render.View.Link;
import io.impactsite.render.View.NavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Updates (paged, by tag, one page each), the Atom feed and the systems-change timeline. */
final class NewsPages {
    private final RenderContext ctx;
    private final Cards cards;

    NewsPages(RenderContext ctx, Cards cards) {
        this.ctx = ctx;
        this.cards = cards;
    }

    List<PageJob> jobs() {
        Strings s = ctx.strings();
        List<Update> updates = ctx.site().updates();
        List<PageJob> jobs = new ArrayList<>(paged("updates/", s.get("nav.updates"), updates, List.of()));
        Link list = new Link(s.get("nav.updates"), ctx.links().page("updates/"));
        for (int i = 0; i < updates.size(); i++) {
            Update u = updates.get(i);
            Update newer = i > 0 ? updates.get(i - 1) : null;
            Update older = i + 1 < updates.size() ? updates.get(i + 1) : null;
            jobs.add(PageJob.page("updates/" + u.slug() + "/", "update.ftlh", u.title(), u.summary(), "updates", false,
                    List.of(list), root -> new PageView.Update(cards.update(u), ctx.html(u.body(), root),
                            newer == null ? null : new Link(newer.title(), ctx.links().update(newer.slug())),
                            older == null ? null : new Link(older.title(), ctx.links().update(older.slug())))));
        }
        TreeSet<String> tags = new TreeSet<>();
        updates.forEach(u -> tags.addAll(u.tags()));
        for (String tag : tags) {
            jobs.addAll(paged("updates/tags/" + tag + "/", s.format("updates.tag", tag),
                    updates.stream().filter(u -> u.tags().contains(tag)).toList(), List.of(list)));
        }
        jobs.add(PageJob.page("systems-change/", "systems-change.ftlh", s.get("nav.changes"), s.get("changes.description"),
                "systems-change", false, List.of(), this::changes));
        return jobs;
    }

    /** A list of updates split into pages: folder/, folder/page/2/, ... */
    private List<PageJob> paged(String folder, String heading, List<Update> updates, List<Link> breadcrumbs) {
        int size = ctx.site().initiative().settings().updatesPerPage();
        int pages = Math.max(1, (updates.size() + size - 1) / size);
        List<PageJob> jobs = new ArrayList<>();
        List<Link> tags = folder.equals("updates/") ? allTags() : List.of();
        for (int n = 1; n <= pages; n++) {
            int page = n;
            List<Update> slice = updates.subList((n - 1) * size, Math.min(updates.size(), n * size));
            String title = page == 1 ? heading : ctx.strings().format("updates.page", heading, page);
            jobs.add(PageJob.page(pageFolder(folder, n), "updates.ftlh", title, ctx.strings().get("updates.description"),
                    "updates", false, breadcrumbs, root -> new PageView.Updates(title,
                            slice.stream().map(cards::update).toList(), pager(folder, page, pages), tags)));
        }
        return jobs;
    }

    private static String pageFolder(String folder, int n) {
        return n == 1 ? folder : folder + "page/" + n + "/";
    }

    private View.Pager pager(String folder, int page, int pages) {
        if (pages == 1) return null;
        List<NavItem> items = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            items.add(new NavItem(String.valueOf(n), ctx.links().page(pageFolder(folder, n)), n == page));
        }
        return new View.Pager(page > 1 ? ctx.links().page(pageFolder(folder, page - 1)) : "",
                page < pages ? ctx.links().page(pageFolder(folder, page + 1)) : "", items);
    }

    private List<Link> allTags() {
        TreeSet<String> tags = new TreeSet<>();
        ctx.site().updates().forEach(u -> tags.addAll(u.tags()));
        return tags.stream().map(t -> new Link(t, ctx.links().tag(t))).toList();
    }

    private PageView.Changes changes(String root) {
        List<Link> kinds = new ArrayList<>();
        List<PageView.KindGroup> groups = new ArrayList<>();
        for (SystemsChange.Kind k : SystemsChange.Kind.values()) {
            List<View.ChangeView> of = ctx.site().changes().stream().filter(c -> c.kind() == k)
                    .sorted(java.util.Comparator.comparing(SystemsChange::date).reversed())
                    .map(c -> cards.change(c, root)).toList();
            if (of.isEmpty()) continue;
            String label = ctx.strings().get("change." + k.id());
            kinds.add(new Link(ctx.strings().format("changes.kind", label, of.size()), "#kind-" + k.id()));
            groups.add(new PageView.KindGroup(k.id(), label, of));
        }
        return new PageView.Changes(kinds, groups);
    }
}

package io.impactsite.pages;

import io.impactsite.model.Partner;
import io.impactsite.model.Update;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the site's search finds: the sections, goals, indicators, partners, updates and narrative
 * pages of the tree, each with its title, address, and a few words about it (its description, an
 * indicator's goal and status, a partner's sector, an update's date and topics). The same entries
 * make the search index (search.json) and the search page's list of everything, its no-script form.
 */
public final class SearchEntries {
    private SearchEntries() {}

    /** One thing the search finds. {@code kind}: section, goal, indicator, partner, update or page; {@code type} its name. */
    public record Entry(String kind, String type, String title, String href, String text) {}

    /** A kind of entry and its entries, as the search page lists them. */
    public record Group(String kind, String label, List<Entry> entries) {}

    static final List<String> KINDS = List.of("section", "goal", "indicator", "partner", "update", "page");

    private static final Set<Kind> SECTIONS = Set.of(Kind.AGENDA, Kind.GOALS, Kind.REPORT_CARD, Kind.METHODOLOGY,
            Kind.REPORTING_STATUS, Kind.OPEN_DATA, Kind.PARTNERS, Kind.ACTIVITIES, Kind.UPDATES, Kind.SYSTEMS_CHANGE,
            Kind.ABOUT);

    /** Every entry, grouped by kind in the order of {@link #KINDS}; in each, the tree's order (partners by name). */
    static List<Group> groups(ViewContext c) {
        Map<String, List<Entry>> byKind = new LinkedHashMap<>();
        KINDS.forEach(k -> byKind.put(k, new ArrayList<>()));
        for (Page p : c.tree().pages()) {
            String kind = kind(p);
            if (kind != null) byKind.get(kind).add(entry(c, p, kind));
        }
        byKind.get("partner").sort(Comparator.comparing(Entry::title, String.CASE_INSENSITIVE_ORDER));
        byKind.get("page").sort(Comparator.comparing(Entry::title, String.CASE_INSENSITIVE_ORDER));
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, entries) -> {
            if (!entries.isEmpty()) groups.add(new Group(kind, c.strings().get("search.kind." + kind), List.copyOf(entries)));
        });
        return List.copyOf(groups);
    }

    static List<Entry> all(ViewContext c) {
        return c.search().stream().flatMap(g -> g.entries().stream()).toList();
    }

    /** The kind of entry a page is, or null for pages the search leaves out (the home page, lists by status or tag, files). */
    private static String kind(Page p) {
        if (p instanceof ReportCardPage r) return r.only().isEmpty() ? "section" : null;
        if (p instanceof UpdatesPage u) return u.tag().isEmpty() && u.number() == 1 ? "section" : null;
        if (SECTIONS.contains(p.kind())) return "section";
        return switch (p.kind()) {
            case GOAL -> "goal";
            case INDICATOR -> "indicator";
            case PARTNER -> "partner";
            case UPDATE -> "update";
            case NARRATIVE -> "page";
            default -> null;
        };
    }

    private static Entry entry(ViewContext c, Page p, String kind) {
        List<String> words = new ArrayList<>();
        if (p instanceof IndicatorPage i) {
            // the goal's title and the status' words, not the whole report-card row (a sparkline, scales)
            words.add(c.analysis().goal(i.analysis().indicator().goal()).title());
            words.add(IndicatorViews.badge(c, i.analysis()).label());
        } else if (p instanceof PartnerPage pp) {
            Partner partner = pp.partner();
            c.site().initiative().sectors().stream().filter(s -> s.id().equals(partner.sector())).findFirst()
                    .ifPresent(s -> words.add(Cards.sector(c, s)));
        } else if (p instanceof UpdatePage u) {
            Update update = u.update();
            words.add(c.format().date(update.date()));
            words.addAll(update.tags());
            if (!update.summary().isEmpty()) words.add(update.summary());
        }
        String description = c.text(p.description());
        if (!description.isEmpty() && !words.contains(description)) words.add(description);
        return new Entry(kind, c.strings().get("search.type." + kind), c.text(p.title()), c.href(p.address()),
                String.join(" \u00b7 ", words.stream().filter(w -> !w.isBlank()).toList()));
    }
}

package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.chart.ProgressScale;
import io.impactsite.chart.Sparkline;
import io.impactsite.chart.StaticChart;
import java.util.List;

/**
 * The view model: what templates receive. Every value is ready to print (formatted, linked,
 * Markdown already HTML as a markup value that FreeMarker does not escape again), so templates
 * only lay things out and do no arithmetic.
 */
public final class View {
    private View() {}

    /**
     * What every page's frame needs. {@code root} goes in front of every site address.
     * {@code pageFeed}: the page's own Atom feed (a goal's, an indicator's), or null.
     */
    public record Layout(String lang, String title, String description, String root, String canonical,
                         List<NavItem> nav, SiteInfo site, boolean script, String charts, String feed,
                         List<Link> breadcrumbs, boolean preview, Archive archive, Link pageFeed,
                         Discovery discovery, String brandCss) {}

    /**
     * The site's report cards, as every page's frame links them; null for a site that keeps no past
     * ones. In a past edition, {@code year} is its year and {@code current} the current site (the
     * banner); in the current site, {@code year} is "". Every link is from the page's root.
     *
     * @param banner  what the banner of a past edition says ("" in the current site)
     * @param changes what changed since the newest past edition ("" in a past edition or without one)
     */
    public record Archive(String year, String banner, String current, String all, String changes, String changesLabel) {}

    public record SiteInfo(String name, String shortName, String tagline, String logo, String email,
                           List<Link> links, String backbone, String home, String data, String accessibility) {}

    /** A menu entry; {@code children}: the entries it groups (a menu of its own), empty for a link. */
    public record NavItem(String label, String href, boolean current, List<NavItem> children) {
        public NavItem(String label, String href, boolean current) {
            this(label, href, current, List.of());
        }
    }

    public record Link(String label, String href) {}

    /** A filter of a list: a link that works without script, and the value the script filters by. */
    public record Filter(String label, String href, String value, boolean current) {}

    public record Badge(String code, String label, String icon) {}

    /**
     * A chart: its option JSON (safe inside a script element) for the interactive version, and the
     * static SVG drawn at build time that every reader gets first (and on paper, and without script).
     */
    public record Chart(String id, TemplateHTMLOutputModel json, String unit, int decimals, String locale,
                        String label, StaticChart svg, Share share) {
        /** A chart without downloads of its data, an embed or a citation. */
        public Chart(String id, TemplateHTMLOutputModel json, String unit, int decimals, String locale, String label,
                     StaticChart svg) {
            this(id, json, unit, decimals, locale, label, svg, null);
        }
    }

    /**
     * What a reader may take away of a chart beyond its picture: its numbers as CSV, a page of the
     * chart alone to embed in another site, and a citation.
     *
     * @param csv       the CSV file, from the site root
     * @param embed     the chart's own page, from the site root
     * @param embedCode the iframe another site pastes (its address absolute where the site has a base URL,
     *                  else from the site root, for the theme's script to complete)
     * @param title     what the chart is, short: "Kindergarten readiness by group, 2024"
     * @param citation  "Publisher. (2024). Title [Data set]."; the address follows it
     * @param address   the indicator page's address: absolute, or from the site root where the site has no base URL
     * @param absolute  whether the addresses are absolute
     */
    public record Share(String csv, String embed, String embedCode, String title, String citation, String address,
                        boolean absolute) {}

    /**
     * A table of values: its caption, one header row or two (a dimension over its groups, with the
     * {@code <colgroup>} spans that make "Race" head its columns), its rows, and what is said once below
     * it: the notes every value shares ({@code common}), numbered footnotes, and the legend of the
     * missing-value and provisional markers where the table uses them. {@code note} ("" for none)
     * says what the table leaves out and where the rest is.
     *
     * @param id where its footnotes are ({@code id-note-1}); "" for a table without footnotes
     */
    public record Table(String id, String caption, List<Integer> colgroups, List<List<Head>> head, List<Row> rows,
                        String common, List<Note> notes, boolean missing, boolean provisional, String note) {
        /** A plain table: one header row, numbers right-aligned as in its first row, no notes. */
        public Table(String caption, List<String> head, List<Row> rows) {
            this("", caption, List.of(), List.of(plainHead(head, rows)), rows, "", List.of(), false, false, "");
        }

        private static List<Head> plainHead(List<String> head, List<Row> rows) {
            List<Head> out = new java.util.ArrayList<>();
            for (int i = 0; i < head.size(); i++) {
                boolean number = i > 0 && !rows.isEmpty() && rows.get(0).cells().size() > i && rows.get(0).cells().get(i).number();
                out.add(new Head(head.get(i), "", 1, 1, "col", number));
            }
            return List.copyOf(out);
        }
    }

    /**
     * A header cell. {@code prefix} is read before the label but not shown ("Race: " before "Black"
     * under "Race"), so the column is named as the chart names its series.
     */
    public record Head(String label, String prefix, int colspan, int rowspan, String scope, boolean number) {}

    public record Row(List<Cell> cells, boolean headline) {}

    /**
     * A table cell. {@code note}: the marker of its footnote ("1"), or ""; {@code missing}: no value,
     * shown as the table's one missing-value symbol.
     */
    public record Cell(String text, boolean number, boolean provisional, String note, boolean missing) {
        public Cell(String text, boolean number, boolean provisional, String note) {
            this(text, number, provisional, note, false);
        }
    }

    /** A footnote of a table: its marker and its text. */
    public record Note(String marker, String text) {}

    /** A value and the period it is of; both "" when there is none. */
    public record Figure(String value, String period) {}

    /**
     * A change since the baseline, with how it reads for the indicator's direction: {@code judgement}
     * is "better", "worse" or "same" ("" when unknown), {@code word} says it in the site's language.
     * {@code text} is short ("+9.8 pts"); {@code full} says the same in words ("+9.8 percentage points").
     */
    public record Change(String text, String full, String judgement, String word) {}

    /**
     * One indicator in a list: the report card's row, a goal page's summary, an indicator page's head.
     *
     * @param note     what the status rests on: the growth measured without a target ("improving by 2.1%
     *                 a year; no target set") or why data are insufficient; "" otherwise
     * @param reason   why data are insufficient; "" otherwise
     * @param progress the baseline-latest-target scale's words ("43% of the way"); "" without a target
     */
    /** @param unitWords the unit as it reads after the row's numbers ("places per 100 children"); "" when they carry it ("%", "$") */
    public record IndicatorRow(String id, String title, String href, String goalId, String goalTitle, String goalHref,
                               String unit, String unitWords, Figure baseline, Figure latest, Figure target, Change change, Badge status,
                               String note, String reason, Sparkline spark, String sparkLabel, ProgressScale scale,
                               String progress) {}

    public record StatusCount(Badge status, int count, String href) {}

    public record GoalCard(String id, String title, String href, TemplateHTMLOutputModel summary,
                           List<StatusCount> counts, String indicatorCount) {}

    /** An update in a list or on its page; {@code draft} only in a preview (or a build asked for drafts). */
    public record UpdateCard(String title, String href, String date, String isoDate, String summary, String author,
                             List<Link> tags, boolean draft) {}

    public record Pager(String previous, String next, List<NavItem> pages) {}

    /**
     * A contribution's card. {@code term}: when, in words ("since 2015", "2019 to 2023"); {@code ended}:
     * whether it has ended by the site's date; {@code amount}: money or value, "" for none.
     */
    /** @param goals the goals it serves, linked; one entry without a link for the whole initiative */
    public record Contribution(String partner, String partnerHref, List<Link> goals, String title,
                               String kind, TemplateHTMLOutputModel description, List<Link> indicators, String term,
                               boolean ended, String amount, List<ActivityViews.MeasureLine> measures) {}

    public record PartnerCard(String name, String href, String sector, TemplateHTMLOutputModel description,
                              String contributions, String logo) {}

    public record Sector(String id, String name, List<PartnerCard> partners) {}

    /** An action network in a list; {@code href}: its own page. */
    public record NetworkView(String id, String href, String name, TemplateHTMLOutputModel description, String meets,
                              Link convener, List<Link> members, List<Link> goals) {}

    /** A systems change; {@code href}: its place on the timeline, from the site root. */
    public record ChangeView(String id, String href, String date, String isoDate, String year, String kind,
                             String kindLabel, String title, TemplateHTMLOutputModel description, List<Link> goals,
                             List<Link> partners, List<Link> indicators) {}
}

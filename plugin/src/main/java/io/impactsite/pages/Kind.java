package io.impactsite.pages;

/**
 * The kinds of page a site has, as Hugo has home, section, page, taxonomy and term. The template
 * of a kind is {@code <template>.ftlh} (or {@code .ftlx}, {@code .ftl} for XML and text); a page
 * may have a more specific one first ({@code goal-reading.ftlh} before {@code goal.ftlh}).
 */
public enum Kind {
    HOME("home", Output.HTML),
    AGENDA("agenda", Output.HTML),
    GOALS("goals", Output.HTML),
    GOAL("goal", Output.HTML),
    REPORT_CARD("indicators", Output.HTML),
    STATUS_FILTER("indicators", Output.HTML),
    PRINT_REPORT_CARD("report-card-print", Output.HTML),
    INDICATOR("indicator", Output.HTML),
    METHODOLOGY("methodology", Output.HTML),
    REPORTING_STATUS("reporting-status", Output.HTML),
    OPEN_DATA("data", Output.HTML),
    PARTNERS("partners", Output.HTML),
    PARTNER("partner", Output.HTML),
    ACTIVITIES("activities", Output.HTML),
    UPDATES("updates", Output.HTML),
    TAG("updates", Output.HTML),
    UPDATE("update", Output.HTML),
    SYSTEMS_CHANGE("systems-change", Output.HTML),
    ABOUT("about", Output.HTML),
    ACCESSIBILITY("accessibility", Output.HTML),
    NARRATIVE("page", Output.HTML),
    NOT_FOUND("404", Output.HTML),
    EDITIONS("editions", Output.HTML),
    CHANGES_SINCE("changes-since", Output.HTML),
    EDITION("", Output.ELSEWHERE),
    EMBED("embed", Output.HTML),
    FEED("feed", Output.XML),
    SITEMAP("sitemap", Output.XML),
    ROBOTS("robots", Output.TEXT),
    BRAND_CSS("brand", Output.TEXT),
    DATA_JSON("", Output.JSON),
    DATA_PACKAGE("", Output.JSON),
    DATA_COMBINED("", Output.CSV),
    CHART_DATA("", Output.CSV),
    DATA_FILE("", Output.COPY),
    ASSET("", Output.COPY),
    CHANGE_KIND("systems-change", Output.HTML),
    NETWORK("network", Output.HTML),
    TAGS("tags", Output.HTML),
    TOPIC_FEED("feed", Output.XML),
    SOCIAL_CARD("", Output.IMAGE),
    SEARCH("search", Output.HTML),
    SEARCH_INDEX("", Output.JSON);

    /**
     * What the page is written as: through a template, serialised, or copied as it is; ELSEWHERE:
     * written by another build (a past edition's), in the tree so that links to it can be checked.
     */
    public enum Output {
        HTML(".ftlh"), XML(".ftlx"), TEXT(".ftl"), JSON(""), CSV(""), COPY(""), IMAGE(""), ELSEWHERE("");

        private final String extension;

        Output(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public boolean templated() {
            return !extension.isEmpty();
        }
    }

    private final String template;
    private final Output output;

    Kind(String template, Output output) {
        this.template = template;
        this.output = output;
    }

    /** The template's name without its extension ("goal"); "" for pages that have none. */
    public String template() {
        return template;
    }

    public Output output() {
        return output;
    }
}

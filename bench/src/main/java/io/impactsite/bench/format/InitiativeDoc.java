package io.impactsite.bench.format;

import java.util.List;

/** {@code initiative.yml}. */
public record InitiativeDoc(String name, String shortName, String tagline, Integer started, Site site,
                            Agenda agenda, List<Sector> sectors, Backbone backbone, Communication communication,
                            List<Edition> editions, List<SharedMeasure> measures) {

    /** A performance measure the partners count alike: the only kind summed across contributions. */
    public record SharedMeasure(String id, String label, String unit, String definition) {}

    /** {@code map}: the site-wide map by place, for every indicator whose data have its column. */
    public record Site(String baseUrl, String language, String locale, String logo, Boolean prettyLinks,
                       Integer updatesPerPage, MarkdownSettings markdown, Thresholds thresholds,
                       DataLicense dataLicense, List<String> attributes, Colors colors, PlaceMap map) {}

    public record MarkdownSettings(String rawHtml) {}

    /** {@code id}: an SPDX id; name and url are needed only for a licence the engine does not know. */
    public record DataLicense(String id, String name, String url) {}

    /** Brand colours, {@code "#rrggbb"}; {@code dark}: the same roles in dark mode. */
    public record Colors(String accent, String link, DarkColors dark) {}

    public record DarkColors(String accent, String link) {}

    public record Agenda(String vision, String problem, Boundaries boundaries, List<Goal> goals,
                         List<Strategy> strategies) {}

    public record Boundaries(String place, String population, String timeframe) {}

    public record Goal(String id, String title, String summary, String description) {}

    public record Strategy(String id, String title, String description, List<String> goals) {}

    public record Sector(String id, String name) {}

    public record Backbone(String name, String url, String description, List<Function> functions,
                           List<Staff> staff) {}

    public record Function(String title, String description) {}

    public record Staff(String name, String role, String email) {}

    public record Communication(String email, String meetings, List<Link> links) {}

    public record Link(String label, String url) {}

    /** A past report card: a git {@code revision} (and the content's {@code path} then) or a {@code folder}. */
    public record Edition(Integer year, String revision, String path, String folder) {}
}

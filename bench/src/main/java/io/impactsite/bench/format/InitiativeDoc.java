package io.impactsite.bench.format;

import java.util.List;

/** {@code initiative.yml}. */
public record InitiativeDoc(String name, String shortName, String tagline, Integer started, Site site,
                            Agenda agenda, List<Sector> sectors, Backbone backbone, Communication communication) {

    public record Site(String baseUrl, String language, String locale, String logo, Boolean prettyLinks,
                       Integer updatesPerPage, MarkdownSettings markdown, Thresholds thresholds) {}

    public record MarkdownSettings(String rawHtml) {}

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
}

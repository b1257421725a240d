package io.impactsite.load;

import io.impactsite.model.Markdown;
import java.math.BigDecimal;
import java.util.List;

/**
 * The shapes of the YAML files, field for field as docs/content-reference.md lists them. Jackson
 * binds them; every field may be null here, and {@link ContentLoader} checks what is required.
 * Enumerated values stay strings so that a wrong one can be reported with the valid choices.
 */
final class Documents {
    private Documents() {}

    /**
     * An id that refers to something of another kind, with the line it is written on: in a list,
     * the line of its item, so that a reference that does not resolve is reported where it is.
     */
    record Ref(String id, int line) {}

    record InitiativeDoc(String name, String shortName, String tagline, Integer started, SiteDoc site,
                         AgendaDoc agenda, List<SectorDoc> sectors, BackboneDoc backbone,
                         CommunicationDoc communication, List<EditionDoc> editions, List<SharedMeasureDoc> measures) {}

    /** A performance measure that partners declare they count the same way, so that it may be summed. */
    record SharedMeasureDoc(String id, String label, String unit, String definition) {}

    record EditionDoc(Integer year, String revision, String path, String folder) {}

    /** @param attributes CSV columns, beyond Open SDG's own, that are notes on a value and never groups */
    record SiteDoc(String baseUrl, String language, String locale, String logo, Boolean prettyLinks,
                   Integer updatesPerPage, MarkdownSettingsDoc markdown, ThresholdsDoc thresholds,
                   List<String> attributes, DataLicenseDoc dataLicense, MapDoc map, ColorsDoc colors) {}

    /** @param id an SPDX identifier; for a licence {@link io.impactsite.model.DataLicense#KNOWN}, name and url follow from it */
    record DataLicenseDoc(String id, String name, String url) {}

    /**
     * A map by place: the data column whose groups are places (or none, for rows that carry a
     * {@code GeoCode}) and the GeoJSON file of their shapes, relative to the content folder.
     */
    record MapDoc(String dimension, String shapes) {}

    /** Brand colours, "#rrggbb"; {@code dark}: the same roles in dark mode (derived when absent). */
    record ColorsDoc(String accent, String link, DarkColorsDoc dark) {}

    record DarkColorsDoc(String accent, String link) {}

    record ThresholdsDoc(Double onTrack, Double accelerationNeeded, Double growthOnTrack,
                         Double growthAccelerationNeeded) {}

    record MarkdownSettingsDoc(String rawHtml) {}

    record AgendaDoc(Markdown vision, Markdown problem, BoundariesDoc boundaries, List<GoalDoc> goals,
                     List<StrategyDoc> strategies) {}

    record BoundariesDoc(String place, String population, String timeframe) {}

    record GoalDoc(String id, String title, Markdown summary, Markdown description) {}

    record StrategyDoc(String id, String title, Markdown description, List<Ref> goals) {}

    record SectorDoc(String id, String name) {}

    record BackboneDoc(String name, String url, Markdown description, List<FunctionDoc> functions,
                       List<StaffDoc> staff) {}

    record FunctionDoc(String title, Markdown description) {}

    record StaffDoc(String name, String role, String email) {}

    record CommunicationDoc(String email, Markdown meetings, List<LinkDoc> links) {}

    record LinkDoc(String label, String url) {}

    /** @param periods how the data's {@code YYYY-YY} periods read where they could be read two ways */
    record IndicatorDoc(String title, String goal, Markdown description, String unit, String measure,
                        String direction, Integer decimals, SourceDoc source, Markdown method, String data,
                        String periods, BaselineDoc baseline, TargetDoc target, List<TargetDoc> targets,
                        HeadlineDoc headline, Markdown notes, ThresholdsDoc thresholds, StoryDoc story,
                        String reporting, MapDoc map, DictionaryDoc dictionary) {}

    record SourceDoc(String name, String url) {}

    /** @param breaks where the series stops being comparable with its past */
    record DictionaryDoc(String updated, String nextRelease, String steward, Markdown suppression, List<BreakDoc> breaks) {}

    record BreakDoc(String period, Markdown note) {}

    record BaselineDoc(String period) {}

    /**
     * @param dimension with {@code group}: a target for one group, such as race: Black
     * @param gap       instead: a dimension whose gap (best group minus worst) the target is for
     */
    record TargetDoc(String series, String period, BigDecimal value, String dimension, String group, String gap) {}

    /** @param groups a cross of several dimensions (dimension: group) that carries the status */
    record HeadlineDoc(String series, String dimension, String group, java.util.LinkedHashMap<String, String> groups) {}

    record PartnerDoc(String name, String sector, String url, String logo, Markdown description, Integer joined,
                      List<Ref> networks, List<ContributionDoc> contributions) {}

    /**
     * @param since     the year it began; {@code start} says the same more precisely
     * @param start     a year, month or day: {@code 2019}, {@code 2019-07}, {@code 2019-07-01}
     * @param amount    money or the value of in-kind support, in {@code currency}
     * @param howMuch   results-based accountability: how much was done
     * @param howWell   how well it was done
     * @param betterOff is anyone better off
     * @param goal      one goal, a list of goals, or {@code initiative} for the whole initiative
     */
    record ContributionDoc(List<Ref> goal, String title, String kind, Markdown description, List<Ref> indicators,
                           Integer since, String start, String end, BigDecimal amount, String currency,
                           List<MeasureDoc> howMuch, List<MeasureDoc> howWell, List<MeasureDoc> betterOff) {}

    /** @param measure the id of a shared measure of initiative.yml, which gives the label and unit; or null */
    record MeasureDoc(Ref measure, String label, BigDecimal value, String unit, String period) {}

    /** The story behind an indicator's curve, block by block. */
    record StoryDoc(Markdown helping, Markdown hurting, List<RoleDoc> partners, Markdown whatWorks, Markdown nextSteps) {}

    /** A partner of the site ({@code partner}) or another organisation ({@code name}), and its role. */
    record RoleDoc(Ref partner, String name, Markdown role) {}

    record NetworkDoc(String name, Markdown description, List<Ref> goals, String convener, String meets) {}

    /** @param id optional: made from the date and title when absent */
    record ChangeDoc(String date, String kind, String title, Markdown description, List<Ref> goals,
                     List<Ref> partners, List<Ref> indicators, String id) {}

    record UpdateFrontMatter(String title, String summary, String author, List<Ref> tags, List<Ref> goals,
                             List<Ref> indicators, Boolean draft) {}

    record PageFrontMatter(String title, String description, Integer menu) {}
}

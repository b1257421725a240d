package io.impactsite.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.chart.ChartJson;
import io.impactsite.model.DataLicense;
import io.impactsite.model.Indicator;
import io.impactsite.model.Initiative;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * schema.org descriptions in JSON-LD, for search engines and dataset search: the initiative as an
 * Organization (home page), each indicator as a Dataset with its downloads (indicator pages), and
 * the open data as a DataCatalog (/data/). Addresses are absolute with a base URL and relative to
 * the page without one. The JSON sits in a {@code <script type="application/ld+json">} data block,
 * escaped so that no text can end it.
 */
final class StructuredData {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String CONTEXT = "https://schema.org";

    private StructuredData() {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Organization(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
                        String alternateName, String description, String url, String logo, String email,
                        String foundingDate) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Dataset(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
                   String description, String url, String identifier, List<String> keywords, String inLanguage,
                   String license, Boolean isAccessibleForFree, String temporalCoverage, String variableMeasured,
                   Organization creator, Organization publisher, List<DataDownload> distribution) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record DataDownload(@JsonProperty("@type") String type, String name, String encodingFormat, String contentUrl) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record DataCatalog(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
                       String description, String url, String inLanguage, String license, Organization publisher,
                       List<DatasetLink> dataset) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record DatasetLink(@JsonProperty("@type") String type, String name, String url) {}

    /** The page's JSON-LD, or null for a page that has none. */
    static TemplateHTMLOutputModel of(Page page, ViewContext c) {
        Object data = page instanceof HomePage ? organization(c, CONTEXT)
                : page instanceof IndicatorPage i ? dataset(c, i.analysis())
                : page instanceof OpenDataPage d ? catalog(c, d)
                : null;
        if (data == null) return null;
        try {
            return Html.of(ChartJson.scriptSafe(JSON.writeValueAsString(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Organization organization(ViewContext c, String context) {
        Initiative in = c.site().initiative();
        String base = in.settings().baseUrl();
        String logo = in.settings().logo().isEmpty() ? "" : (base.isEmpty() ? c.root() : base) + in.settings().logo();
        return new Organization(context, "Organization", in.name(), in.shortName().equals(in.name()) ? "" : in.shortName(),
                in.tagline(), url(c, Address.HOME), logo, in.communication().email(),
                in.started() == 0 ? "" : String.valueOf(in.started()));
    }

    private static Dataset dataset(ViewContext c, IndicatorAnalysis a) {
        Indicator i = a.indicator();
        Organization publisher = organization(c, null);
        List<DataDownload> downloads = new ArrayList<>();
        if (!i.dataFile().isEmpty()) {
            downloads.add(new DataDownload("DataDownload", IndicatorPage.fileName(i.dataFile()), "text/csv",
                    url(c, DataFilePage.at(i))));
        }
        downloads.add(new DataDownload("DataDownload", i.id() + ".json", "application/json", url(c, DataJsonPage.at(i))));
        String description = c.plain(i.description());
        if (description.length() < 50) description = (description + " " + SocialCards.alt(c, a)).strip();
        DataLicense license = c.site().initiative().settings().dataLicense();
        return new Dataset(CONTEXT, "Dataset", i.title(), description, url(c, IndicatorPage.at(i.id())), i.id(),
                List.of(c.analysis().goal(i.goal()).title(), c.site().initiative().shortName()),
                c.site().initiative().settings().language(), license.url(), true, coverage(i),
                i.unit().isEmpty() ? i.title() : i.title() + " (" + Units.heading(i.unit()) + ")", publisher, publisher, downloads);
    }

    private static DataCatalog catalog(ViewContext c, OpenDataPage page) {
        Initiative in = c.site().initiative();
        return new DataCatalog(CONTEXT, "DataCatalog", c.text(page.title()) + " \u2014 " + in.name(), c.text(page.description()),
                url(c, OpenDataPage.AT), in.settings().language(), in.settings().dataLicense().url(), organization(c, null),
                page.indicators().stream().map(a -> new DatasetLink("Dataset", a.indicator().title(),
                        url(c, IndicatorPage.at(a.indicator().id())))).toList());
    }

    /** The first and last year of the indicator's values ("2016/2024"), or "" without any. */
    private static String coverage(Indicator i) {
        var years = i.series().stream().flatMap(s -> s.observations().stream()).filter(Observation::hasValue)
                .map(Observation::period).map(Period::year).toList();
        if (years.isEmpty()) return "";
        int from = years.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int to = years.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return from == to ? String.valueOf(from) : from + "/" + to;
    }

    /** An address as schema.org wants it: absolute under the base URL; without one, relative to this page. */
    static String url(ViewContext c, Address a) {
        String base = c.site().initiative().settings().baseUrl();
        return base.isEmpty() ? c.root() + c.href(a) : a.absolute(base);
    }
}

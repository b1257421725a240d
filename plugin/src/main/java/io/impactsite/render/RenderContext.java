package io.impactsite.render;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.load.Problems;
import io.impactsite.model.Goal;
import io.impactsite.model.Markdown;
import io.impactsite.model.Partner;
import io.impactsite.model.Site;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What every view builder needs: the site, its analysis, formats, links, strings and Markdown. */
record RenderContext(Site site, List<IndicatorAnalysis> analyses, Format format, Links links,
                     Strings strings, MarkdownRenderer markdown, Problems problems, Map<String, Goal> goals,
                     Map<String, Partner> partners, Map<String, IndicatorAnalysis> byIndicator, IndicatorViews indicators) {

    static RenderContext of(Site site, List<IndicatorAnalysis> analyses, Strings strings,
                            Problems problems) {
        var settings = site.initiative().settings();
        Format format = new Format(settings.locale());
        Links links = new Links(settings.prettyLinks());
        Map<String, Goal> goals = index(site.initiative().agenda().goals(), Goal::id);
        return new RenderContext(site, analyses, format, links, strings,
                new MarkdownRenderer(settings.rawHtml(), settings.prettyLinks()), problems, goals,
                index(site.partners(), Partner::id), index(analyses, a -> a.indicator().id()),
                new IndicatorViews(format, strings, links, goals));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    /** Markdown as HTML for a page {@code root} away from the site root. */
    TemplateHTMLOutputModel html(Markdown text, String root) {
        return Html.of(markdown.toHtml(text, root, problems));
    }

    /** Markdown as plain text, shortened for a meta description. */
    String text(Markdown text) {
        String plain = markdown.toText(text);
        return plain.length() > 200 ? plain.substring(0, 197) + "..." : plain;
    }
}

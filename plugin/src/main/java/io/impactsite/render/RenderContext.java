package io.impactsite.render;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.problem.Problems;
import io.impactsite.model.Goal;
import io.impactsite.model.Markdown;
import io.impactsite.model.Partner;
import io.impactsite.model.Site;
import io.impactsite.model.Contribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every view builder needs: the site, its analysis, formats, links, strings and Markdown, and
 * the indexes that pages look things up by (a goal page's contributions, say), built once.
 *
 * @param htmlCache Markdown already rendered, by text (see {@link #htmlFor})
 */
record RenderContext(Site site, List<IndicatorAnalysis> analyses, Format format, Links links,
                     Strings strings, MarkdownRenderer markdown, Problems problems, Map<String, Goal> goals,
                     Map<String, Partner> partners, Map<String, IndicatorAnalysis> byIndicator, IndicatorViews indicators,
                     Map<String, List<Contribution>> contributionsToGoal,
                     Map<String, List<Contribution>> contributionsToIndicator,
                     Map<Markdown, String> htmlCache) {

    static RenderContext of(Site site, List<IndicatorAnalysis> analyses, Strings strings,
                            Problems problems) {
        var settings = site.initiative().settings();
        Format format = new Format(settings.locale());
        Links links = new Links(settings.prettyLinks());
        Map<String, Goal> goals = index(site.initiative().agenda().goals(), Goal::id);
        return new RenderContext(site, analyses, format, links, strings,
                new MarkdownRenderer(settings.rawHtml(), settings.prettyLinks()), problems, goals,
                index(site.partners(), Partner::id), index(analyses, a -> a.indicator().id()),
                new IndicatorViews(format, strings, links, goals),
                group(site, c -> c.goal() == null ? List.of() : List.of(c.goal())), group(site, Contribution::indicators),
                new ConcurrentHashMap<>());
    }

    /** Every contribution under each key it names, in partner order. */
    private static Map<String, List<Contribution>> group(Site site, Function<Contribution, List<String>> keys) {
        Map<String, List<Contribution>> map = new HashMap<>();
        site.partners().forEach(p -> p.contributions().forEach(c -> keys.apply(c)
                .forEach(k -> map.computeIfAbsent(k, x -> new ArrayList<>()).add(c))));
        return map;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    /** Markdown as HTML for a page {@code root} away from the site root. */
    TemplateHTMLOutputModel html(Markdown text, String root) {
        if (text == null || text.isBlank()) return Html.EMPTY;
        return Html.of(htmlFor(text, root));
    }

    /**
     * Markdown as HTML with root-relative links resolved against {@code root} (a page's "../../", or
     * the base URL for the feed). Each text is parsed and rendered once, with a placeholder where the
     * root goes: one partner's description shows on pages at several depths.
     */
    String htmlFor(Markdown text, String root) {
        return htmlCache.computeIfAbsent(text, t -> markdown.toHtml(t, ROOT, problems)).replace(ROOT, root);
    }

    /** Stands for the page's root in cached HTML; a private-use character that content does not hold. */
    private static final String ROOT = "\uE000";

    /** Markdown as plain text, shortened for a meta description. */
    String text(Markdown text) {
        String plain = markdown.toText(text);
        return plain.length() > 200 ? plain.substring(0, 197) + "..." : plain;
    }
}

package io.impactsite.validate;

import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.markdown.LiveFigure;
import io.impactsite.markdown.MarkdownIndex;
import io.impactsite.markdown.MarkdownProcessor;
import io.impactsite.markdown.ParsedText;
import io.impactsite.model.Markdown;
import io.impactsite.model.Settings;
import io.impactsite.pages.LiveFigures;
import io.impactsite.pages.Page;
import io.impactsite.pages.PageTree;
import io.impactsite.problem.Problems;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validation stage: every check of the content that needs the whole site (the page tree's
 * addresses, every Markdown text's links and raw HTML) happens here, before any page is rendered. Rendering
 * reports no content problems. Returns the site's Markdown, parsed once, for rendering.
 */
public final class Validator {
    private Validator() {}

    /**
     * @param themeFiles the theme's files as the site publishes them ("theme/site.css"), which links may name too
     * @param previous   the Markdown of the previous check, whose unchanged texts are not parsed again; or null
     */
    public static MarkdownIndex validate(SiteAnalysis analysis, PageTree tree, Set<String> themeFiles,
                                         MarkdownIndex previous, Problems problems) {
        Settings settings = analysis.site().initiative().settings();
        MarkdownIndex texts = MarkdownIndex.of(analysis.site(), new MarkdownProcessor(settings.rawHtml(), settings.prettyLinks()),
                previous);
        Map<Markdown, List<Page>> bodyOf = new HashMap<>();
        for (Page p : tree.pages()) {
            p.bodies().forEach(b -> bodyOf.computeIfAbsent(b, k -> new java.util.ArrayList<>()).add(p));
        }
        LinkCheck links = new LinkCheck(tree, themeFiles, new Anchors(texts), problems);
        for (ParsedText text : texts.texts()) {   // in any order: Problems sorts what it reports
            List<Page> pages = bodyOf.getOrDefault(text.source(), List.of());
            links.check(text, pages.size() == 1 ? Optional.of(pages.get(0)) : Optional.empty());
            for (LiveFigure f : text.figures()) {
                LiveFigures.problem(analysis, f).ifPresent(m -> problems.error(text.source().file(), f.line(), m));
            }
            if (settings.rawHtml() != Settings.RawHtml.ALLOW) rawHtml(text, settings.rawHtml(), problems);
        }
        return texts;
    }

    /** HTML the site will not show as written: a warning per line, naming what it starts with. */
    private static void rawHtml(ParsedText text, Settings.RawHtml setting, Problems problems) {
        Set<Integer> lines = new HashSet<>();
        for (ParsedText.RawHtml html : text.rawHtml()) {
            if (!lines.add(html.line())) continue;
            problems.warning(text.source().file(), html.line(), "The HTML `" + html.start() + "` is "
                    + (setting == Settings.RawHtml.ESCAPE ? "shown as text" : "left out")
                    + ", because `site.markdown.rawHtml` is " + setting.name().toLowerCase(Locale.ROOT)
                    + ". Write it in Markdown, or set `site.markdown.rawHtml: allow` in initiative.yml"
                    + " (its inline scripts still do not run).");
        }
    }
}

package io.impactsite.bench;

import io.impactsite.bench.format.PageFrontMatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code pages/<slug>.md}: narrative pages in the menu (slugs numbered beyond 10), each with
 * headings and a table, and the intros of the about and methodology pages.
 */
final class PageSection {
    private PageSection() {}

    /** Slug, title. */
    static final String[][] PAGES = {
        {"our-approach", "Our approach"}, {"history", "Our history"}, {"equity-commitment", "Our equity commitment"},
        {"get-involved", "Get involved"}, {"funders", "Our funders"}, {"faq", "Frequently asked questions"},
        {"data-stories", "Data stories"}, {"leadership-table", "The leadership table"},
        {"glossary", "Glossary"}, {"contact-us", "Contact us"},
    };

    static List<ContentFile> files(Size size, List<Planned.Indicator> indicators, SplittableRandom r) {
        List<ContentFile> files = new ArrayList<>();
        for (int i = 0; i < size.pages; i++) {
            String[] pg = PAGES[i % PAGES.length];
            String slug = pg[0] + (i >= PAGES.length ? "-" + (1 + i / PAGES.length) : "");
            String description = Words.sentence(r, Slugs.lower(pg[1]));
            files.add(new ContentFile.Markdown("pages/" + slug + ".md",
                    new PageFrontMatter(pg[1], description, i + 1), body(indicators, r)));
        }
        files.add(intro("about", "About the partnership", r));
        files.add(intro("methodology", "How we measure", r));
        return files;
    }

    private static String body(List<Planned.Indicator> indicators, SplittableRandom r) {
        StringBuilder md = new StringBuilder(Words.paragraphs(r, 2, 3, 5)).append("\n\n");
        for (int s = 0; s < 3; s++) {
            md.append("## ").append(Slugs.cap(Draw.pick(r, Words.PROGRAMS))).append("\n\n");
            md.append(Words.paragraphs(r, 2, 2, 5)).append("\n\n");
        }
        md.append("| Goal | Indicators |\n|---|---:|\n");
        for (int g = 0; g < InitiativeSection.GOALS.length; g++) {
            int goal = g;
            long count = indicators.stream().filter(ind -> ind.goal() == goal).count();
            md.append("| ").append(InitiativeSection.GOALS[g][1]).append(" | ").append(count).append(" |\n");
        }
        return md.toString();
    }

    /** The narrative at the top of a page the site generates (/about/, /methodology/). */
    private static ContentFile intro(String slug, String title, SplittableRandom r) {
        return new ContentFile.Markdown("pages/" + slug + ".md", new PageFrontMatter(title, null, null),
                Words.paragraphs(r, 2, 3, 4) + "\n");
    }
}

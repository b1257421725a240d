package io.impactsite.bench;

import static io.impactsite.bench.Words.sentence;

import io.impactsite.bench.format.UpdateFrontMatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@code updates/<date>-<slug>.md}: news over the initiative's years with unique slugs, tags from a
 * pool of 30, and bodies that link to an indicator and a partner by root-relative links; most name
 * that indicator and its goal in their front matter (so they appear in those feeds).
 */
final class UpdateSection {
    private UpdateSection() {}

    static final List<String> TAGS = List.of("early-learning", "literacy", "math", "attendance", "graduation",
        "college", "careers", "equity", "data", "funding", "policy", "health", "families", "mentoring",
        "summer-learning", "workforce", "partnerships", "community", "youth-voice", "teachers", "after-school",
        "housing", "nutrition", "mental-health", "stem", "arts", "transportation", "volunteers", "research", "events");

    static List<ContentFile> files(Size size, List<Planned.Indicator> indicators, List<Planned.Partner> partners,
                                   List<Planned.Network> networks, List<String> authors, SplittableRandom r,
                                   SplittableRandom links) {
        Set<String> slugs = new HashSet<>();
        LocalDate from = LocalDate.of(size.firstYear(), 1, 1);
        int days = (int) (LocalDate.of(Size.LAST_YEAR, 12, 31).toEpochDay() - from.toEpochDay());
        List<ContentFile> files = new ArrayList<>();
        for (int i = 0; i < size.updates; i++) {
            LocalDate date = from.plusDays(r.nextInt(days + 1));
            Planned.Partner p = Draw.pick(r, partners);
            Planned.Indicator ind = Draw.pick(r, indicators);
            String program = Draw.pick(r, Words.PROGRAMS);
            String title = switch (r.nextInt(8)) {
                case 0 -> p.name() + " joins the partnership";
                case 1 -> "New data on " + Slugs.lower(ind.title());
                case 2 -> Slugs.cap(program) + ": " + (50 + r.nextInt(950)) + " students reached";
                case 3 -> "Spotlight: " + p.name();
                case 4 -> networks.isEmpty() ? "Leadership table sets priorities for " + date.getYear()
                        : Draw.pick(r, networks).name() + " plans " + program;
                case 5 -> "What we learned from " + program + " in " + date.getYear();
                case 6 -> Slugs.cap(ind.title()) + ": " + (r.nextBoolean() ? "progress" : "a closer look") + " at "
                        + Draw.pick(r, Words.AREAS);
                default -> "Funders commit to " + program;
            };
            String slug = Slugs.unique(slugs, Slugs.truncate(Slugs.slug(title), 60));
            String summary = sentence(r, program);
            String author = Draw.pick(r, authors);
            List<String> tags = Draw.distinct(r, TAGS, 1 + r.nextInt(4));
            List<String> goals = null;
            List<String> about = null;
            double x = links.nextDouble();
            if (x < 0.6) {
                goals = List.of(InitiativeSection.goalId(ind.goal()));
                about = List.of(ind.id());
            } else if (x < 0.7) {
                goals = List.of(InitiativeSection.goalId(ind.goal()));
            }
            files.add(new ContentFile.Markdown("updates/" + date + "-" + slug + ".md",
                    new UpdateFrontMatter(title, summary, author, tags, goals, about, null), body(ind, p, program, r)));
        }
        return files;
    }

    private static String body(Planned.Indicator ind, Planned.Partner p, String program, SplittableRandom r) {
        StringBuilder md = new StringBuilder(Words.paragraphs(r, 3, 2, 5));
        md.append("\n\nRead more about [").append(Slugs.lower(ind.title())).append("](/indicators/").append(ind.id())
                .append("/) and about [").append(p.name()).append("](/partners/").append(p.id()).append("/).\n");
        if (r.nextDouble() < 0.3) {
            md.append("\n- ").append(sentence(r, program)).append("\n- ").append(sentence(r, "families"))
                    .append("\n- ").append(sentence(r, "the data")).append('\n');
        }
        return md.toString();
    }
}

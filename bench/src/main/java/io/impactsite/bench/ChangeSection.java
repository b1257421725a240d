package io.impactsite.bench;

import io.impactsite.bench.format.ChangeDoc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * {@code changes.yml}: systems changes of every kind, dated over the initiative's years, by date;
 * most name one or two indicators of their goals (marked on those indicators' charts), and a few
 * have an id of their own.
 */
final class ChangeSection {
    private ChangeSection() {}

    static final String[] KINDS = {"services", "practices", "workforce", "legislative-policy",
        "organizational-policy"};

    /** {@code links} draws the indicators each change names and the ids some are given. */
    static ContentFile file(Size size, List<Planned.Partner> partners, List<Planned.Indicator> indicators,
                            SplittableRandom r, SplittableRandom links) {
        Set<String> ids = new HashSet<>();
        LocalDate from = LocalDate.of(size.firstYear(), 1, 1);
        int days = (int) (LocalDate.of(Size.LAST_YEAR, 12, 31).toEpochDay() - from.toEpochDay());
        List<ChangeDoc> changes = new ArrayList<>();
        for (int i = 0; i < size.changes; i++) {
            LocalDate date = from.plusDays(r.nextInt(days + 1));
            String kind = Draw.pick(r, KINDS);
            String program = Draw.pick(r, Words.PROGRAMS);
            Planned.Partner p = Draw.pick(r, partners);
            String title = switch (kind) {
                case "services" -> p.name() + " expands " + program + " to every neighborhood";
                case "practices" -> "Schools adopt shared practice for " + program;
                case "workforce" -> "New certification for staff in " + program;
                case "legislative-policy" -> "County ordinance funds " + program;
                default -> p.name() + " changes its policy to support " + program;
            };
            String description = Words.paragraphs(r, 1, 1, 3);
            List<String> goals = Draw.indexes(r, InitiativeSection.GOALS.length, 1 + r.nextInt(2)).stream()
                    .map(InitiativeSection::goalId).toList();
            TreeSet<String> involved = new TreeSet<>();
            involved.add(p.id());
            int more = r.nextInt(3);
            for (int k = 0; k < more; k++) {
                involved.add(Draw.pick(r, partners).id());
            }
            List<String> moved = null;
            List<String> candidates = indicators.stream()
                    .filter(ind -> goals.contains(InitiativeSection.goalId(ind.goal()))).map(Planned.Indicator::id).toList();
            if (!candidates.isEmpty() && links.nextDouble() < 0.6) {
                moved = Draw.distinct(links, candidates, 1 + links.nextInt(2));
            }
            // an id of its own: never the default (which begins with the date), unique
            String id = links.nextDouble() < 0.15 ? Slugs.unique(ids, Slugs.slug(program) + "-" + date.getYear()) : null;
            changes.add(new ChangeDoc(date.toString(), kind, title, description, goals, List.copyOf(involved), moved,
                    id));
        }
        changes.sort(Comparator.comparing(ChangeDoc::date)); // stable: ties keep generation order
        return new ContentFile.Yaml("changes.yml", changes);
    }
}

package io.impactsite.bench;

import static io.impactsite.bench.Words.paragraphs;

import io.impactsite.bench.format.NetworkDoc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code networks/<id>.yml}: action networks on 16 topics (numbered beyond 16). Each convener is a
 * member; about 30% of partners join one or two networks.
 */
final class NetworkSection {
    private NetworkSection() {}

    /** Topic, the indexes of the goals it serves. */
    static final String[][] TOPICS = {
        {"Early Learning", "0"}, {"Reading by Third Grade", "0 1"}, {"Attendance", "1 2"},
        {"Mentoring", "2 3"}, {"Graduation", "3"}, {"College Access", "3 4"}, {"Career Pathways", "4"},
        {"Family Engagement", "0 1 2"}, {"Summer Learning", "1 2"}, {"Data", "0 1 2 3 4"},
        {"Youth Voice", "2 3 4"}, {"Health and Wellbeing", "0 2"}, {"Math Matters", "1 2"},
        {"Opportunity Youth", "4"}, {"Teacher Pipeline", "1 3"}, {"Newcomer Families", "0 1"},
    };

    static final String[] MEETS = {"Monthly, second Tuesday", "Monthly, first Thursday", "Every other Wednesday",
        "Quarterly", "Monthly, last Friday"};

    /** The networks, and each partner's memberships (partner id to network ids, sorted). */
    record Networks(List<Planned.Network> planned, Map<String, SortedSet<String>> members) {}

    static Networks plan(Size size, List<Planned.Partner> partners, SplittableRandom r) {
        List<Planned.Network> networks = new ArrayList<>();
        Map<String, SortedSet<String>> members = new TreeMap<>();
        for (int i = 0; i < size.networks; i++) {
            String[] t = TOPICS[i % TOPICS.length];
            String name = t[0] + " Action Network" + (i >= TOPICS.length ? " " + (1 + i / TOPICS.length) : "");
            List<Integer> goals = Arrays.stream(t[1].split(" ")).map(Integer::valueOf).toList();
            Planned.Partner convener = Draw.pick(r, partners);
            Planned.Network n = new Planned.Network(Slugs.slug(name), name, goals, convener.id());
            members.computeIfAbsent(convener.id(), k -> new TreeSet<>()).add(n.id());
            networks.add(n);
        }
        if (!networks.isEmpty()) {
            for (Planned.Partner p : partners) {
                double x = r.nextDouble();
                int joins = x < 0.05 ? 2 : x < 0.30 ? 1 : 0;
                for (int k = 0; k < joins; k++) {
                    members.computeIfAbsent(p.id(), id -> new TreeSet<>()).add(Draw.pick(r, networks).id());
                }
            }
        }
        return new Networks(networks, members);
    }

    static List<ContentFile> files(List<Planned.Network> networks, SplittableRandom r) {
        List<ContentFile> files = new ArrayList<>();
        for (Planned.Network n : networks) {
            String description = paragraphs(r, 1, 2, 3);
            List<String> goals = n.goals().stream().map(InitiativeSection::goalId).toList();
            files.add(new ContentFile.Yaml("networks/" + n.id() + ".yml",
                    new NetworkDoc(n.name(), description, goals, n.convener(), Draw.pick(r, MEETS))));
        }
        return files;
    }
}

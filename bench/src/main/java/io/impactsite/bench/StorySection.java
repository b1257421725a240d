package io.impactsite.bench;

import static io.impactsite.bench.Words.paragraphs;
import static io.impactsite.bench.Words.sentence;

import io.impactsite.bench.format.IndicatorDoc.Role;
import io.impactsite.bench.format.IndicatorDoc.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The story behind an indicator's curve, for about a third of the indicators: what helps and what
 * hurts (Markdown lists), one to three partners with a role (now and then an organisation that is
 * not a partner), what works and the next steps, each block but the first left out now and then.
 */
final class StorySection {
    private StorySection() {}

    static final double SHARE = 0.35;

    /** Organisations with a role that are not partners of the site. */
    static final String[] OTHERS = {"State Department of Education", "State Department of Early Learning",
        "Bench County Board of Supervisors", "Regional Transit Authority", "State Workforce Commission",
        "Bench County Housing Coalition"};

    /** What a partner can do, with a programme. */
    static final String[] ROLES = {"Runs %s in its schools and shares who takes part.",
        "Funds %s for another three years.", "Shares data on %s with the backbone every quarter.",
        "Recruits and trains the volunteers for %s.", "Can bring %s to the neighborhoods that have none yet.",
        "Sets the rules that decide who can get %s."};

    /** A story, or null for the indicators without one. */
    static Story story(String topic, List<Planned.Partner> partners, SplittableRandom r) {
        if (r.nextDouble() >= SHARE) {
            return null;
        }
        String helping = bullets(r, 2 + r.nextInt(2));
        String hurting = r.nextDouble() < 0.85 ? bullets(r, 1 + r.nextInt(3)) : null;
        List<Role> roles = null;
        if (r.nextDouble() < 0.8) {
            roles = new ArrayList<>();
            List<String> ids = partners.stream().map(Planned.Partner::id).toList();
            for (String id : Draw.distinct(r, ids, 1 + r.nextInt(3))) {
                roles.add(new Role(id, null, role(r)));
            }
            if (r.nextDouble() < 0.3) {
                roles.add(new Role(null, Draw.pick(r, OTHERS), role(r)));
            }
        }
        String whatWorks = r.nextDouble() < 0.7 ? paragraphs(r, 1, 2, 3) : null;
        String nextSteps = r.nextDouble() < 0.8 ? sentence(r, Slugs.lower(topic)) + " " + paragraphs(r, 1, 1, 2) : null;
        return new Story(helping, hurting, roles, whatWorks, nextSteps);
    }

    /** A Markdown list: a programme in bold, then a sentence about it. */
    private static String bullets(SplittableRandom r, int n) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String program = Draw.pick(r, Words.PROGRAMS);
            md.append(i == 0 ? "" : "\n").append("- **").append(Slugs.cap(program)).append(".** ")
                    .append(sentence(r, program));
        }
        return md.toString();
    }

    private static String role(SplittableRandom r) {
        return String.format(Draw.pick(r, ROLES), Draw.pick(r, Words.PROGRAMS));
    }
}

package io.impactsite.bench;

import java.util.SplittableRandom;

/** Synthetic prose: sentences and Markdown paragraphs about the initiative's programmes. */
final class Words {
    private Words() {}

    static final String[] PEOPLE = {"Maria López", "James Carter", "Aisha Rahman", "Tom Nguyễn", "Grace Okafor",
        "Daniel Kim", "Sofia Rossi", "Marcus Johnson", "Priya Patel", "Elena Petrova", "Samuel Osei",
        "Hannah Fischer", "Luis Hernández", "Mei Chen", "Olivia Brown", "Kwame Mensah"};

    static final String[] PROGRAMS = {"reading tutoring", "home visiting", "summer learning camps",
        "attendance mentors", "family literacy nights", "college advising", "career internships",
        "pre-K classrooms", "math coaching", "after-school clubs", "FAFSA completion events",
        "dual-enrollment courses", "parent cafés", "book distribution", "health screenings",
        "teacher residencies", "credit recovery", "apprenticeship pathways"};

    static final String[] AREAS = {"North district", "South district", "East district", "West district",
        "Central district", "Riverside", "Hillcrest", "Lakeview", "Old Town", "Millbrook", "Peña Heights",
        "Harbor Point"};

    static final String[] SUBJECTS = {"Our partners", "The leadership table", "Families across the county",
        "Teachers and principals", "The data team", "Community members", "Young people", "Local employers",
        "Funders", "Action networks", "School counselors", "Health providers", "Librarians", "Volunteers"};
    static final String[] VERBS = {"are working together on", "shared what they learned about", "set new goals for",
        "reviewed the latest results for", "invested in", "asked for more support for", "celebrated progress in",
        "identified gaps in", "met to improve", "are expanding", "redesigned", "are listening to families about"};
    static final String[] ENDINGS = {"so that every child can thrive", "across every neighborhood",
        "with a focus on equity", "using shared measures", "in the coming school year",
        "with families at the table", "to close gaps between groups", "and will report back next quarter",
        "building on last year's results", "in partnership with the schools"};

    /** One sentence about a topic. */
    static String sentence(SplittableRandom r, String topic) {
        return Draw.pick(r, SUBJECTS) + " " + Draw.pick(r, VERBS) + " " + topic + " " + Draw.pick(r, ENDINGS) + ".";
    }

    /**
     * {@code count} Markdown paragraphs of {@code min..max} sentences, separated by blank lines, some
     * topics in bold, in italics or as an external link.
     */
    static String paragraphs(SplittableRandom r, int count, int min, int max) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < count; p++) {
            if (p > 0) {
                b.append("\n\n");
            }
            int n = min + r.nextInt(max - min + 1);
            for (int s = 0; s < n; s++) {
                if (s > 0) {
                    b.append(' ');
                }
                String topic = Draw.pick(r, PROGRAMS);
                double x = r.nextDouble();
                if (x < 0.08) {
                    topic = "**" + topic + "**";
                } else if (x < 0.14) {
                    topic = "*" + topic + "*";
                } else if (x < 0.18) {
                    topic = "[" + topic + "](https://bench.example.org/programs/" + Slugs.slug(topic) + ")";
                }
                b.append(sentence(r, topic));
            }
        }
        return b.toString();
    }
}

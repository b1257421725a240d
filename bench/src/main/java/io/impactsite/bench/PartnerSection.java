package io.impactsite.bench;

import static io.impactsite.bench.Words.paragraphs;
import static io.impactsite.bench.Words.sentence;

import io.impactsite.bench.format.PartnerDoc;
import io.impactsite.bench.format.PartnerDoc.Contribution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.SplittableRandom;

/**
 * {@code partners/<id>.yml}: partners named after a place and a kind of organisation of their
 * sector (the default sectors), each with 1 to 4 contributions to goals and their indicators, with
 * their periods, amounts and performance measures ({@link ContributionDetail}).
 */
final class PartnerSection {
    private PartnerSection() {}

    static final String[] SECTORS = {"business", "community", "education", "early-childhood", "faith",
        "government", "health", "higher-education", "nonprofit", "philanthropy"};

    /** Kinds of organisation, by sector (same order as {@link #SECTORS}). */
    static final String[][] SECTOR_NAMES = {
        {"Savings Bank", "Builders", "Manufacturing", "Chamber of Commerce", "Credit Union", "Energy",
            "Software", "Grocers", "Logistics", "Hospitality Group", "Insurance", "Print Works"},
        {"Neighborhood Association", "Residents Council", "Community Center", "Parents Alliance",
            "Tenants Union", "Youth Council", "Arts Collective", "Garden Club", "Block Club", "Library Friends"},
        {"Elementary School", "Middle School", "High School", "Public Schools", "Charter Academy",
            "Learning Center", "Montessori School", "STEM Academy", "Tutoring Program", "Career Academy"},
        {"Head Start", "Early Learning Center", "Child Care Network", "Home Visiting Program",
            "Family Resource Center", "Preschool", "Play and Learn", "Infant Center"},
        {"Baptist Church", "Methodist Church", "Lutheran Church", "Mosque", "Synagogue", "Catholic Parish",
            "Interfaith Council", "Community Church", "Temple"},
        {"City Council", "County Health Department", "Parks and Recreation", "Public Library",
            "Workforce Board", "Housing Authority", "Police Athletic League", "Transit Authority"},
        {"Community Clinic", "Hospital", "Pediatric Practice", "Dental Clinic", "Behavioral Health Center",
            "Health Plan", "Nurse-Family Partnership", "School Health Program"},
        {"Community College", "State University", "Technical Institute", "College of Nursing",
            "University Extension", "College Access Center"},
        {"Boys & Girls Club", "YMCA", "Literacy Council", "Mentoring Alliance", "Food Bank", "Legal Aid",
            "United Way", "Big Brothers Big Sisters", "Reading Partners", "Youth Orchestra", "Scouts"},
        {"Community Foundation", "Family Foundation", "Education Fund", "Giving Circle", "Trust",
            "Charitable Fund"},
    };

    static final String[] PLACES = {"Riverbend", "Northside", "Southgate", "Eastwood", "Westfield", "Hillcrest",
        "Lakeview", "Millbrook", "Oakdale", "Cedar Park", "Maple Grove", "Pine Ridge", "Fairview", "Greenfield",
        "Harbor Point", "Brookside", "Elm Street", "Union Square", "Bayview", "Stonebridge", "Willow Creek",
        "Ashland", "Clearwater", "Highland", "Kingsley", "Marion", "Prospect Hill", "Redwood", "Sunnyside",
        "Tremont", "Valley View", "Whitman", "Peña Heights", "São Paulo Street", "Bench County", "Old Mill",
        "Garfield", "Lincoln", "Jefferson", "Roosevelt", "Douglass", "Tubman", "Chávez", "Franklin"};

    static final String[] KINDS = {"programme", "funding", "in-kind", "data", "policy", "advocacy"};

    /** The partners: distinct names (a number added when 30 draws find none), unique ids. */
    static List<Planned.Partner> plan(Size size, SplittableRandom r) {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<Planned.Partner> partners = new ArrayList<>();
        for (int i = 0; i < size.partners; i++) {
            int s = r.nextInt(SECTORS.length);
            String name = null;
            for (int attempt = 0; attempt < 30 && name == null; attempt++) {
                String candidate = Draw.pick(r, PLACES) + " " + Draw.pick(r, SECTOR_NAMES[s]);
                if (!names.contains(candidate)) {
                    name = candidate;
                }
            }
            if (name == null) {
                name = Draw.pick(r, PLACES) + " " + Draw.pick(r, SECTOR_NAMES[s]) + " " + (i + 1);
            }
            names.add(name);
            partners.add(new Planned.Partner(Slugs.unique(ids, Slugs.slug(name)), name, SECTORS[s]));
        }
        return partners;
    }

    /**
     * Each partner's file; {@code networks} maps a partner id to the networks it belongs to;
     * {@code details} draws each contribution's periods, amount and measures.
     */
    static List<ContentFile> files(Size size, List<Planned.Partner> partners, Map<String, SortedSet<String>> networks,
                                   List<Planned.Indicator> indicators, SplittableRandom r, SplittableRandom details) {
        List<ContentFile> files = new ArrayList<>();
        for (Planned.Partner p : partners) {
            files.add(new ContentFile.Yaml("partners/" + p.id() + ".yml",
                    document(size, p, networks.get(p.id()), indicators, r, details)));
        }
        return files;
    }

    private static PartnerDoc document(Size size, Planned.Partner p, SortedSet<String> networks,
                                       List<Planned.Indicator> indicators, SplittableRandom r,
                                       SplittableRandom details) {
        String description = paragraphs(r, 1, 2, 3);
        int joined = size.firstYear() - 1 + r.nextInt(Size.LAST_YEAR - size.firstYear() + 2);
        int count = 1 + r.nextInt(4);
        List<Contribution> contributions = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            contributions.add(contribution(joined, indicators, r, details));
        }
        return new PartnerDoc(p.name(), p.sector(), InitiativeSection.BASE_URL + "partners/" + p.id(), null,
                description, joined, networks == null || networks.isEmpty() ? null : List.copyOf(networks),
                contributions);
    }

    private static Contribution contribution(int joined, List<Planned.Indicator> indicators, SplittableRandom r,
                                             SplittableRandom details) {
        int goal = r.nextInt(InitiativeSection.GOALS.length);
        String kind = Draw.pick(r, KINDS);
        String program = Draw.pick(r, Words.PROGRAMS);
        String title = switch (kind) {
            case "programme" -> Slugs.cap(program) + " in " + (2 + r.nextInt(12)) + " schools";
            case "funding" -> "Multi-year grant for " + program;
            case "in-kind" -> "Space and volunteers for " + program;
            case "data" -> "Data sharing for " + program;
            case "policy" -> "Policy change to support " + program;
            default -> "Advocacy for " + program;
        };
        String description = sentence(r, program);
        List<String> candidates = indicators.stream().filter(i -> i.goal() == goal).map(Planned.Indicator::id).toList();
        List<String> moved = null;
        if (!candidates.isEmpty() && r.nextDouble() < 0.85) {
            moved = Draw.distinct(r, candidates, 1 + r.nextInt(3));
        }
        int since = joined + r.nextInt(Size.LAST_YEAR - joined + 1);
        ContributionDetail.Detail d = ContributionDetail.draw(kind, program, since, details);
        return new Contribution(InitiativeSection.goalId(goal), title, kind, description, moved, d.start(), d.end(),
                d.amount(), d.currency(), d.howMuch(), d.howWell(), d.betterOff());
    }
}

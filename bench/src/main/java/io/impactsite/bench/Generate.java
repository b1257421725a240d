package io.impactsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a synthetic collective impact initiative (a complete site project: content and pom.xml)
 * of a documented size, following docs/content-reference.md field for field.
 *
 * <pre>java io.impactsite.bench.Generate &lt;tiny|small|medium|large&gt; &lt;outputFolder&gt; [seed]</pre>
 *
 * <p>The output depends only on the size and the seed: every random choice comes from one
 * {@link SplittableRandom} (split per section, so sections do not disturb each other), iteration
 * is by index or over sorted collections, nothing reads the clock, and every file is written as
 * UTF-8 with "\n" line endings.
 */
public final class Generate {

    /** Plugin and site-plugin versions written into the generated site project's pom.xml. */
    public static final String PLUGIN_VERSION = "0.1.0-SNAPSHOT";
    public static final String SITE_PLUGIN_VERSION = "3.21.0";
    public static final long DEFAULT_SEED = 20240601L;
    public static final String BASE_URL = "https://bench.example.org/";
    static final int LAST_YEAR = 2024;
    static final String TARGET_PERIOD = "2030";

    /** The documented sizes. */
    public enum Size {
        TINY(3, 3, 3, 1, 10, 1, 3),
        SMALL(20, 40, 50, 3, 10, 3, 24),
        MEDIUM(100, 300, 500, 5, 10, 6, 36),
        LARGE(300, 2000, 3000, 8, 15, 12, 48);

        public final int indicators;
        public final int partners;
        public final int updates;
        /** Narrative pages, besides the about.md and methodology.md intros. */
        public final int pages;
        /** Yearly periods, ending in 2024. */
        public final int years;
        public final int networks;
        public final int changes;

        Size(int indicators, int partners, int updates, int pages, int years, int networks, int changes) {
            this.indicators = indicators;
            this.partners = partners;
            this.updates = updates;
            this.pages = pages;
            this.years = years;
            this.networks = networks;
            this.changes = changes;
        }

        public int firstYear() {
            return LAST_YEAR - years + 1;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Size parse(String s) {
            for (Size size : values()) {
                if (size.id().equals(s.toLowerCase(Locale.ROOT))) {
                    return size;
                }
            }
            throw new IllegalArgumentException("unknown size '" + s + "': tiny, small, medium or large");
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: Generate <tiny|small|medium|large> <outputFolder> [seed]");
            System.exit(64);
        }
        Size size;
        long seed;
        try {
            size = Size.parse(args[0]);
            seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(64);
            return;
        }
        Path out = Path.of(args[1]);
        try {
            generate(size, out, seed);
        } catch (IOException e) {
            System.err.println("cannot generate: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("generated " + size.id() + " (seed " + seed + ") in " + out + ": "
                + size.indicators + " indicators, " + size.partners + " partners, " + size.updates
                + " updates, " + size.pages + " pages, " + size.networks + " networks, " + size.changes
                + " changes, " + size.years + " yearly periods");
    }

    /** Writes the initiative into {@code out}, which must be absent or empty. */
    public static void generate(Size size, Path out, long seed) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new IOException(out + " is not empty; remove it first");
                }
            }
        }
        Files.createDirectories(out);
        new Generate(size, out, seed).run();
    }

    // ------------------------------------------------------------------------------------------

    private final Size size;
    private final Path out;
    private final long seed;
    private final SplittableRandom root;

    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Partner> partners = new ArrayList<>();
    private final List<Network> networks = new ArrayList<>();
    private final List<String> staff = new ArrayList<>();

    private Generate(Size size, Path out, long seed) {
        this.size = size;
        this.out = out;
        this.seed = seed;
        this.root = new SplittableRandom(seed);
    }

    private void run() throws IOException {
        // One split per section, always in this order.
        SplittableRandom rInit = root.split();
        SplittableRandom rInd = root.split();
        SplittableRandom rPart = root.split();
        SplittableRandom rNet = root.split();
        SplittableRandom rChange = root.split();
        SplittableRandom rUpd = root.split();
        SplittableRandom rPage = root.split();

        planIndicators(rInd);
        planPartners(rPart);
        planNetworks(rNet);

        write("pom.xml", pom());
        write("initiative.yml", initiative(rInit));
        write("assets/logo.svg", logo());
        for (Indicator ind : indicators) {
            write("indicators/" + ind.id + ".yml", ind.yaml);
            write("indicators/" + ind.id + ".csv", ind.csv);
        }
        for (Partner p : partners) {
            write("partners/" + p.id + ".yml", partnerYaml(p, rPart));
        }
        for (Network n : networks) {
            write("networks/" + n.id + ".yml", networkYaml(n, rNet));
        }
        write("changes.yml", changes(rChange));
        writeUpdates(rUpd);
        writePages(rPage);
    }

    private void write(String relative, String content) {
        Path file = out.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------
    // The common agenda: fixed goals and strategies, so every size has 5 goals and 4 strategies.

    static final String[][] GOALS = {
        {"kindergarten-ready", "Every child enters kindergarten ready to learn", "early learning"},
        {"early-grade-success", "Every child reads and does math on grade level by fourth grade", "early grades"},
        {"middle-grade-success", "Every young person is prepared for high school", "middle grades"},
        {"high-school-graduation", "Every young person graduates from high school", "high school"},
        {"postsecondary-success", "Every young adult earns a credential and a living wage", "college and career"},
    };

    static final String[][] STRATEGIES = {
        {"family-engagement", "Engage families as first teachers", "0 1"},
        {"attendance-first", "Make every school day count", "1 2 3"},
        {"aligned-pathways", "Align school, college and work", "3 4"},
        {"data-for-improvement", "Use shared data to improve practice", "0 1 2 3 4"},
    };

    private String initiative(SplittableRandom r) {
        String[] staffNames = pickDistinct(r, PEOPLE, 6).toArray(String[]::new);
        staff.addAll(List.of(staffNames));
        String[] roles = {"Executive Director", "Director of Data and Evaluation", "Partnerships Manager",
            "Communications Lead", "Network Facilitator", "Data Analyst"};
        StringBuilder y = new StringBuilder();
        y.append("name: \"Bench County Cradle to Career Partnership\"\n");
        y.append("shortName: \"Bench County C2C\"\n");
        y.append("tagline: \"Every child, cradle to career (").append(size.id()).append(" benchmark)\"\n");
        y.append("started: ").append(size.firstYear() - 1).append('\n');
        y.append("site:\n");
        y.append("  baseUrl: ").append(BASE_URL).append('\n');
        y.append("  language: en\n");
        y.append("  locale: en-US\n");
        y.append("  logo: assets/logo.svg\n");
        y.append("  updatesPerPage: 10\n");
        y.append("agenda:\n");
        y.append("  vision:").append(block(4, paragraphs(r, 2, 2, 3))).append('\n');
        y.append("  problem:").append(block(4, paragraphs(r, 2, 3, 4))).append('\n');
        y.append("  boundaries:\n");
        y.append("    place: \"Bench County\"\n");
        y.append("    population: \"Children and young people from birth to age 24\"\n");
        y.append("    timeframe: \"").append(size.firstYear() - 1).append(" to 2030\"\n");
        y.append("  goals:\n");
        for (String[] g : GOALS) {
            y.append("    - id: ").append(g[0]).append('\n');
            y.append("      title: ").append(q(g[1])).append('\n');
            y.append("      summary: ").append(q(sentence(r, g[2]))).append('\n');
            y.append("      description:").append(block(8, paragraphs(r, 2, 2, 4))).append('\n');
        }
        y.append("  strategies:\n");
        for (String[] s : STRATEGIES) {
            y.append("    - id: ").append(s[0]).append('\n');
            y.append("      title: ").append(q(s[1])).append('\n');
            y.append("      description:").append(block(8, paragraphs(r, 1, 2, 3))).append('\n');
            List<String> goals = new ArrayList<>();
            for (String i : s[2].split(" ")) {
                goals.add(GOALS[Integer.parseInt(i)][0]);
            }
            y.append("      goals: ").append(list(goals)).append('\n');
        }
        y.append("backbone:\n");
        y.append("  name: \"Bench County Community Foundation\"\n");
        y.append("  url: https://bench.example.org/foundation\n");
        y.append("  description:").append(block(4, paragraphs(r, 1, 2, 3))).append('\n');
        y.append("  functions:\n");
        for (String f : new String[] {"Guide vision and strategy", "Support aligned activities",
            "Establish shared measurement practices", "Build public will", "Advance policy",
            "Mobilize funding"}) {
            y.append("    - title: ").append(q(f)).append('\n');
            y.append("      description: ").append(q(sentence(r, f.toLowerCase(Locale.ROOT)))).append('\n');
        }
        y.append("  staff:\n");
        for (int i = 0; i < staffNames.length; i++) {
            y.append("    - name: ").append(q(staffNames[i])).append('\n');
            y.append("      role: ").append(q(roles[i])).append('\n');
            y.append("      email: ").append(slug(staffNames[i]).replace('-', '.')).append("@bench.example.org\n");
        }
        y.append("communication:\n");
        y.append("  email: hello@bench.example.org\n");
        y.append("  meetings: ").append(q("The leadership table meets quarterly; action networks meet monthly.")).append('\n');
        y.append("  links:\n");
        y.append("    - label: \"Newsletter\"\n      url: https://bench.example.org/news\n");
        y.append("    - label: \"Annual report\"\n      url: https://bench.example.org/annual-report\n");
        return y.toString();
    }

    // ------------------------------------------------------------------------------------------
    // Indicators.

    /** goal index, title, direction, measure, unit, low, high. */
    static final Object[][] BASES = {
        {0, "Kindergarten readiness", "increase", "percent", "%", 30, 70},
        {0, "Pre-K enrollment", "increase", "percent", "%", 30, 70},
        {0, "Low birth weight births", "decrease", "percent", "%", 6, 12},
        {0, "Infant mortality", "decrease", "number", "Deaths per 1,000 live births", 3, 10},
        {0, "Well-child visits", "increase", "percent", "%", 50, 85},
        {0, "Licensed child care slots", "increase", "number", "Slots per 100 children under 5", 20, 50},
        {1, "Third-grade reading proficiency", "increase", "percent", "%", 30, 70},
        {1, "Third-grade math proficiency", "increase", "percent", "%", 30, 70},
        {1, "Chronic absenteeism in elementary school", "decrease", "percent", "%", 8, 25},
        {1, "Summer learning participation", "increase", "percent", "%", 15, 45},
        {1, "Student mobility", "decrease", "percent", "%", 5, 20},
        {1, "Elementary suspensions", "decrease", "number", "Suspensions per 100 students", 2, 10},
        {2, "Eighth-grade math proficiency", "increase", "percent", "%", 25, 60},
        {2, "Eighth-grade reading proficiency", "increase", "percent", "%", 30, 65},
        {2, "Ninth graders on track", "increase", "percent", "%", 60, 85},
        {2, "Chronic absenteeism in middle school", "decrease", "percent", "%", 10, 28},
        {2, "Students reporting a caring adult mentor", "increase", "percent", "%", 40, 75},
        {2, "Youth meeting fitness standards", "increase", "percent", "%", 35, 70},
        {3, "Four-year graduation rate", "increase", "percent", "%", 60, 90},
        {3, "Dropout rate", "decrease", "percent", "%", 3, 12},
        {3, "College readiness benchmark met", "increase", "percent", "%", 20, 55},
        {3, "FAFSA completion", "increase", "percent", "%", 40, 70},
        {3, "Advanced coursework enrollment", "increase", "percent", "%", 15, 40},
        {3, "Teen birth rate", "decrease", "number", "Births per 1,000 females aged 15-19", 10, 40},
        {4, "College enrollment within a year of graduation", "increase", "percent", "%", 45, 75},
        {4, "Postsecondary completion within six years", "increase", "percent", "%", 30, 60},
        {4, "Youth unemployment", "decrease", "percent", "%", 8, 20},
        {4, "Opportunity youth", "decrease", "percent", "%", 8, 18},
        {4, "Median earnings at age 25", "increase", "currency", "USD", 25000, 45000},
        {4, "Apprenticeship starts", "increase", "number", "Starts per 1,000 young adults", 2, 12},
    };

    static final String[] AREAS = {"North district", "South district", "East district", "West district",
        "Central district", "Riverside", "Hillcrest", "Lakeview", "Old Town", "Millbrook", "Peña Heights",
        "Harbor Point"};

    static final String[] RACES = {"Asian", "Black", "Hispanic", "White"};
    static final String[] INCOMES = {"Low income", "Not low income"};

    private static final class Indicator {
        String id;
        String title;
        int goal;
        String yaml;
        String csv;
    }

    private void planIndicators(SplittableRandom r) {
        List<Object[]> bases = new ArrayList<>(List.of(BASES));
        shuffle(r, bases);
        Set<String> ids = new HashSet<>();
        int firstYear = size.firstYear();
        for (int i = 0; i < size.indicators; i++) {
            Object[] b = bases.get(i % bases.size());
            int round = i / bases.size();
            Indicator ind = new Indicator();
            ind.goal = (Integer) b[0];
            ind.title = round == 0 ? (String) b[1] : b[1] + ", " + AREAS[(round - 1) % AREAS.length]
                    + (round > AREAS.length ? " " + (1 + (round - 1) / AREAS.length) : "");
            ind.id = unique(ids, slug(ind.title));
            String direction = (String) b[2];
            String measure = (String) b[3];
            String unit = (String) b[4];
            double lo = ((Integer) b[5]).doubleValue();
            double hi = ((Integer) b[6]).doubleValue();
            int decimals = "currency".equals(measure) ? 0 : 1;
            int good = "increase".equals(direction) ? 1 : -1;
            boolean percent = "percent".equals(measure);

            // Headline series: a compound trend (improving for about 70% of indicators) plus noise.
            double y0 = lo + r.nextDouble() * (hi - lo);
            double rate = good * (0.004 + r.nextDouble() * 0.035) * (r.nextDouble() < 0.7 ? 1 : -1);
            double[] head = new double[size.years];
            for (int t = 0; t < size.years; t++) {
                double v = y0 * Math.pow(1 + rate, t) * (1 + gaussian(r) * 0.015);
                head[t] = clamp(round(v, decimals), percent, decimals);
            }
            double[] raceFactor = new double[RACES.length];
            for (int g = 0; g < RACES.length; g++) {
                raceFactor[g] = 0.7 + r.nextDouble() * 0.6;
            }
            double low = 1 + good * -(0.08 + r.nextDouble() * 0.2); // low income fares worse
            double[] incomeFactor = {low, 1 + (1 - low) * 0.8};

            StringBuilder csv = new StringBuilder("period,value,race,income\n");
            for (int t = 0; t < size.years; t++) {
                String period = Integer.toString(firstYear + t);
                csv.append(period).append(',').append(fmt(head[t], decimals)).append(",,\n");
                for (int g = 0; g < RACES.length; g++) {
                    csv.append(period).append(',')
                            .append(groupValue(r, head[t] * raceFactor[g] * (1 + gaussian(r) * 0.02), percent, decimals))
                            .append(',').append(RACES[g]).append(",\n");
                }
                for (int g = 0; g < INCOMES.length; g++) {
                    csv.append(period).append(',')
                            .append(groupValue(r, head[t] * incomeFactor[g] * (1 + gaussian(r) * 0.02), percent, decimals))
                            .append(",,").append(INCOMES[g]).append('\n');
                }
            }
            ind.csv = csv.toString();

            StringBuilder y = new StringBuilder();
            y.append("title: ").append(q(ind.title)).append('\n');
            y.append("goal: ").append(GOALS[ind.goal][0]).append('\n');
            y.append("description:").append(block(2, paragraphs(r, 1, 2, 3))).append('\n');
            y.append("unit: ").append(q(unit)).append('\n');
            y.append("measure: ").append(measure).append('\n');
            y.append("direction: ").append(direction).append('\n');
            y.append("decimals: ").append(decimals).append('\n');
            y.append("source:\n");
            y.append("  name: ").append(q(pick(r, SOURCES))).append('\n');
            y.append("  url: https://bench.example.org/data/").append(ind.id).append('\n');
            y.append("method:").append(block(2, paragraphs(r, 1, 2, 4))).append('\n');
            y.append("baseline:\n  period: \"").append(firstYear).append("\"\n");
            if (r.nextDouble() < 0.85) {
                double step = good * (0.1 + r.nextDouble() * 0.3);
                double target = clamp(round(head[0] * (1 + step), decimals), percent, decimals);
                if (target == head[0]) {
                    target = head[0] + good * Math.pow(10, -decimals) * 10;
                }
                y.append("target:\n  period: \"").append(TARGET_PERIOD).append("\"\n");
                y.append("  value: ").append(fmt(target, decimals)).append('\n');
            }
            if (r.nextDouble() < 0.3) {
                y.append("notes: ").append(q(sentence(r, "the " + size.firstYear() + " data"))).append('\n');
            }
            ind.yaml = y.toString();
            indicators.add(ind);
        }
    }

    private static String groupValue(SplittableRandom r, double v, boolean percent, int decimals) {
        if (r.nextDouble() < 0.01) {
            return "NA"; // a suppressed cell: a missing value, never a zero
        }
        return fmt(clamp(round(v, decimals), percent, decimals), decimals);
    }

    private static double clamp(double v, boolean percent, int decimals) {
        double min = Math.pow(10, -decimals) * 5;
        double max = percent ? 99.5 : Double.MAX_VALUE;
        return Math.max(min, Math.min(max, v));
    }

    static final String[] SOURCES = {"Bench County Public Schools, state assessment",
        "Bench County Health Department, vital statistics", "State Department of Education",
        "National Student Clearinghouse", "American Community Survey, 1-year estimates",
        "Bench County Youth Survey", "State Workforce Commission", "Bench County Early Learning Coalition"};

    // ------------------------------------------------------------------------------------------
    // Partners and networks.

    static final String[] SECTORS = {"business", "community", "education", "early-childhood", "faith",
        "government", "health", "higher-education", "nonprofit", "philanthropy"};

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

    static final String[] PROGRAMS = {"reading tutoring", "home visiting", "summer learning camps",
        "attendance mentors", "family literacy nights", "college advising", "career internships",
        "pre-K classrooms", "math coaching", "after-school clubs", "FAFSA completion events",
        "dual-enrollment courses", "parent cafés", "book distribution", "health screenings",
        "teacher residencies", "credit recovery", "apprenticeship pathways"};

    private static final class Partner {
        String id;
        String name;
        String sector;
        final TreeSet<String> networks = new TreeSet<>();
    }

    private static final class Network {
        String id;
        String name;
        int[] goals;
        String convener;
    }

    private void planPartners(SplittableRandom r) {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < size.partners; i++) {
            Partner p = new Partner();
            int s = r.nextInt(SECTORS.length);
            p.sector = SECTORS[s];
            String name = null;
            for (int attempt = 0; attempt < 30 && name == null; attempt++) {
                String candidate = pick(r, PLACES) + " " + pick(r, SECTOR_NAMES[s]);
                if (!names.contains(candidate)) {
                    name = candidate;
                }
            }
            if (name == null) {
                name = pick(r, PLACES) + " " + pick(r, SECTOR_NAMES[s]) + " " + (i + 1);
            }
            names.add(name);
            p.name = name;
            p.id = unique(ids, slug(name));
            partners.add(p);
        }
    }

    static final String[][] NETWORK_TOPICS = {
        {"Early Learning", "0"}, {"Reading by Third Grade", "0 1"}, {"Attendance", "1 2"},
        {"Mentoring", "2 3"}, {"Graduation", "3"}, {"College Access", "3 4"}, {"Career Pathways", "4"},
        {"Family Engagement", "0 1 2"}, {"Summer Learning", "1 2"}, {"Data", "0 1 2 3 4"},
        {"Youth Voice", "2 3 4"}, {"Health and Wellbeing", "0 2"}, {"Math Matters", "1 2"},
        {"Opportunity Youth", "4"}, {"Teacher Pipeline", "1 3"}, {"Newcomer Families", "0 1"},
    };

    private void planNetworks(SplittableRandom r) {
        for (int i = 0; i < size.networks; i++) {
            String[] t = NETWORK_TOPICS[i % NETWORK_TOPICS.length];
            Network n = new Network();
            n.name = t[0] + " Action Network" + (i >= NETWORK_TOPICS.length ? " " + (1 + i / NETWORK_TOPICS.length) : "");
            n.id = slug(n.name);
            String[] g = t[1].split(" ");
            n.goals = new int[g.length];
            for (int k = 0; k < g.length; k++) {
                n.goals[k] = Integer.parseInt(g[k]);
            }
            Partner convener = partners.get(r.nextInt(partners.size()));
            convener.networks.add(n.id);
            n.convener = convener.id;
            networks.add(n);
        }
        if (networks.isEmpty()) {
            return;
        }
        for (Partner p : partners) {
            double x = r.nextDouble();
            int joins = x < 0.05 ? 2 : x < 0.30 ? 1 : 0;
            for (int k = 0; k < joins; k++) {
                p.networks.add(networks.get(r.nextInt(networks.size())).id);
            }
        }
    }

    private String partnerYaml(Partner p, SplittableRandom r) {
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(q(p.name)).append('\n');
        y.append("sector: ").append(p.sector).append('\n');
        y.append("url: https://bench.example.org/partners/").append(p.id).append('\n');
        y.append("description:").append(block(2, paragraphs(r, 1, 2, 3))).append('\n');
        int joined = size.firstYear() - 1 + r.nextInt(LAST_YEAR - size.firstYear() + 2);
        y.append("joined: ").append(joined).append('\n');
        if (!p.networks.isEmpty()) {
            y.append("networks: ").append(list(new ArrayList<>(p.networks))).append('\n');
        }
        int n = 1 + r.nextInt(4);
        y.append("contributions:\n");
        for (int c = 0; c < n; c++) {
            int goal = r.nextInt(GOALS.length);
            String kind = pick(r, KINDS);
            String program = pick(r, PROGRAMS);
            String title = switch (kind) {
                case "programme" -> cap(program) + " in " + (2 + r.nextInt(12)) + " schools";
                case "funding" -> "Multi-year grant for " + program;
                case "in-kind" -> "Space and volunteers for " + program;
                case "data" -> "Data sharing for " + program;
                case "policy" -> "Policy change to support " + program;
                default -> "Advocacy for " + program;
            };
            y.append("  - goal: ").append(GOALS[goal][0]).append('\n');
            y.append("    title: ").append(q(title)).append('\n');
            y.append("    kind: ").append(kind).append('\n');
            y.append("    description: ").append(q(sentence(r, program))).append('\n');
            List<String> candidates = new ArrayList<>();
            for (Indicator ind : indicators) {
                if (ind.goal == goal) {
                    candidates.add(ind.id);
                }
            }
            if (!candidates.isEmpty() && r.nextDouble() < 0.85) {
                List<String> chosen = pickDistinct(r, candidates.toArray(String[]::new), 1 + r.nextInt(3));
                y.append("    indicators: ").append(list(chosen)).append('\n');
            }
            y.append("    since: ").append(joined + r.nextInt(LAST_YEAR - joined + 1)).append('\n');
        }
        return y.toString();
    }

    private String networkYaml(Network n, SplittableRandom r) {
        StringBuilder y = new StringBuilder();
        List<String> goals = new ArrayList<>();
        for (int g : n.goals) {
            goals.add(GOALS[g][0]);
        }
        y.append("name: ").append(q(n.name)).append('\n');
        y.append("description:").append(block(2, paragraphs(r, 1, 2, 3))).append('\n');
        y.append("goals: ").append(list(goals)).append('\n');
        y.append("convener: ").append(n.convener).append('\n');
        y.append("meets: ").append(q(pick(r, new String[] {"Monthly, second Tuesday", "Monthly, first Thursday",
            "Every other Wednesday", "Quarterly", "Monthly, last Friday"}))).append('\n');
        return y.toString();
    }

    // ------------------------------------------------------------------------------------------
    // Systems changes.

    static final String[] CHANGE_KINDS = {"services", "practices", "workforce", "legislative-policy",
        "organizational-policy"};

    private String changes(SplittableRandom r) {
        record Change(LocalDate date, String text) {}
        List<Change> list = new ArrayList<>();
        LocalDate from = LocalDate.of(size.firstYear(), 1, 1);
        int days = (int) (LocalDate.of(LAST_YEAR, 12, 31).toEpochDay() - from.toEpochDay());
        for (int i = 0; i < size.changes; i++) {
            LocalDate date = from.plusDays(r.nextInt(days + 1));
            String kind = pick(r, CHANGE_KINDS);
            String program = pick(r, PROGRAMS);
            Partner p = partners.get(r.nextInt(partners.size()));
            String title = switch (kind) {
                case "services" -> p.name + " expands " + program + " to every neighborhood";
                case "practices" -> "Schools adopt shared practice for " + program;
                case "workforce" -> "New certification for staff in " + program;
                case "legislative-policy" -> "County ordinance funds " + program;
                default -> p.name + " changes its policy to support " + program;
            };
            StringBuilder c = new StringBuilder();
            c.append("  kind: ").append(kind).append('\n');
            c.append("  title: ").append(q(title)).append('\n');
            c.append("  description:").append(block(4, paragraphs(r, 1, 1, 3))).append('\n');
            List<String> goals = new ArrayList<>();
            for (int g : pickIndexes(r, GOALS.length, 1 + r.nextInt(2))) {
                goals.add(GOALS[g][0]);
            }
            c.append("  goals: ").append(list(goals)).append('\n');
            TreeSet<String> ps = new TreeSet<>();
            ps.add(p.id);
            int more = r.nextInt(3);
            for (int k = 0; k < more; k++) {
                ps.add(partners.get(r.nextInt(partners.size())).id);
            }
            c.append("  partners: ").append(list(new ArrayList<>(ps))).append('\n');
            list.add(new Change(date, c.toString()));
        }
        list.sort(Comparator.comparing(Change::date)); // stable: ties keep generation order
        StringBuilder y = new StringBuilder();
        for (Change c : list) {
            y.append("- date: ").append(c.date()).append('\n').append(c.text());
        }
        return y.toString();
    }

    // ------------------------------------------------------------------------------------------
    // Updates and pages.

    static final String[] TAGS = {"early-learning", "literacy", "math", "attendance", "graduation", "college",
        "careers", "equity", "data", "funding", "policy", "health", "families", "mentoring", "summer-learning",
        "workforce", "partnerships", "community", "youth-voice", "teachers", "after-school", "housing",
        "nutrition", "mental-health", "stem", "arts", "transportation", "volunteers", "research", "events"};

    private void writeUpdates(SplittableRandom r) {
        Set<String> slugs = new HashSet<>();
        LocalDate from = LocalDate.of(size.firstYear(), 1, 1);
        int days = (int) (LocalDate.of(LAST_YEAR, 12, 31).toEpochDay() - from.toEpochDay());
        for (int i = 0; i < size.updates; i++) {
            LocalDate date = from.plusDays(r.nextInt(days + 1));
            Partner p = partners.get(r.nextInt(partners.size()));
            Indicator ind = indicators.get(r.nextInt(indicators.size()));
            String program = pick(r, PROGRAMS);
            String title = switch (r.nextInt(8)) {
                case 0 -> p.name + " joins the partnership";
                case 1 -> "New data on " + ind.title.toLowerCase(Locale.ROOT);
                case 2 -> cap(program) + ": " + (50 + r.nextInt(950)) + " students reached";
                case 3 -> "Spotlight: " + p.name;
                case 4 -> networks.isEmpty() ? "Leadership table sets priorities for " + date.getYear()
                        : pick(r, networks.toArray(Network[]::new)).name + " plans " + program;
                case 5 -> "What we learned from " + program + " in " + date.getYear();
                case 6 -> cap(ind.title) + ": " + (r.nextBoolean() ? "progress" : "a closer look") + " at "
                        + pick(r, AREAS);
                default -> "Funders commit to " + program;
            };
            String slug = unique(slugs, truncateSlug(slug(title), 60));
            StringBuilder md = new StringBuilder("---\n");
            md.append("title: ").append(q(title)).append('\n');
            md.append("summary: ").append(q(sentence(r, program))).append('\n');
            md.append("author: ").append(q(staff.get(r.nextInt(staff.size())))).append('\n');
            md.append("tags: ").append(list(pickDistinct(r, TAGS, 1 + r.nextInt(4)))).append('\n');
            md.append("---\n");
            md.append(paragraphs(r, 3, 2, 5));
            md.append("\n\nRead more about [").append(ind.title.toLowerCase(Locale.ROOT)).append("](/indicators/")
                    .append(ind.id).append("/) and about [").append(p.name).append("](/partners/").append(p.id)
                    .append("/).\n");
            if (r.nextDouble() < 0.3) {
                md.append("\n- ").append(sentence(r, program)).append("\n- ").append(sentence(r, "families"))
                        .append("\n- ").append(sentence(r, "the data")).append('\n');
            }
            write("updates/" + date + "-" + slug + ".md", md.toString());
        }
    }

    static final String[][] PAGES = {
        {"our-approach", "Our approach"}, {"history", "Our history"}, {"equity-commitment", "Our equity commitment"},
        {"get-involved", "Get involved"}, {"funders", "Our funders"}, {"faq", "Frequently asked questions"},
        {"data-stories", "Data stories"}, {"leadership-table", "The leadership table"},
        {"glossary", "Glossary"}, {"contact-us", "Contact us"},
    };

    private void writePages(SplittableRandom r) {
        for (int i = 0; i < size.pages; i++) {
            String[] pg = PAGES[i % PAGES.length];
            String slug = pg[0] + (i >= PAGES.length ? "-" + (1 + i / PAGES.length) : "");
            StringBuilder md = new StringBuilder("---\n");
            md.append("title: ").append(q(pg[1])).append('\n');
            md.append("description: ").append(q(sentence(r, pg[1].toLowerCase(Locale.ROOT)))).append('\n');
            md.append("menu: ").append(i + 1).append('\n');
            md.append("---\n");
            md.append(paragraphs(r, 2, 3, 5)).append("\n\n");
            for (int s = 0; s < 3; s++) {
                md.append("## ").append(cap(pick(r, PROGRAMS))).append("\n\n");
                md.append(paragraphs(r, 2, 2, 5)).append("\n\n");
            }
            md.append("| Goal | Indicators |\n|---|---:|\n");
            for (int g = 0; g < GOALS.length; g++) {
                int count = 0;
                for (Indicator ind : indicators) {
                    count += ind.goal == g ? 1 : 0;
                }
                md.append("| ").append(GOALS[g][1]).append(" | ").append(count).append(" |\n");
            }
            write("pages/" + slug + ".md", md.toString());
        }
        write("pages/about.md", "---\ntitle: \"About the partnership\"\n---\n" + paragraphs(r, 2, 3, 4) + "\n");
        write("pages/methodology.md", "---\ntitle: \"How we measure\"\n---\n" + paragraphs(r, 2, 3, 4) + "\n");
    }

    private String logo() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\""
                + " role=\"img\" aria-label=\"Bench County C2C\">\n"
                + "  <rect width=\"120\" height=\"40\" rx=\"6\" fill=\"#1f5f8b\"/>\n"
                + "  <text x=\"60\" y=\"26\" font-family=\"sans-serif\" font-size=\"16\" fill=\"#fff\""
                + " text-anchor=\"middle\">Bench C2C</text>\n"
                + "</svg>\n";
    }

    private String pom() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"\n"
                + "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd\">\n"
                + "  <!-- Generated by io.impactsite.bench.Generate (size " + size.id() + ", seed " + seed + "). -->\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>bench.example</groupId>\n"
                + "  <artifactId>" + size.id() + "-site</artifactId>\n"
                + "  <version>1.0.0</version>\n"
                + "  <packaging>pom</packaging>\n"
                + "\n"
                + "  <properties>\n"
                + "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>\n"
                + "    <project.build.outputTimestamp>2025-01-01T00:00:00Z</project.build.outputTimestamp>\n"
                + "  </properties>\n"
                + "\n"
                + "  <build>\n"
                + "    <plugins>\n"
                + "      <plugin>\n"
                + "        <groupId>io.impactsite</groupId>\n"
                + "        <artifactId>impactsite-maven-plugin</artifactId>\n"
                + "        <version>" + PLUGIN_VERSION + "</version>\n"
                + "        <executions>\n"
                + "          <execution>\n"
                + "            <id>impact-site</id>\n"
                + "            <goals><goal>build</goal></goals>\n"
                + "          </execution>\n"
                + "        </executions>\n"
                + "      </plugin>\n"
                + "      <plugin>\n"
                + "        <groupId>org.apache.maven.plugins</groupId>\n"
                + "        <artifactId>maven-site-plugin</artifactId>\n"
                + "        <version>" + SITE_PLUGIN_VERSION + "</version>\n"
                + "        <configuration>\n"
                + "          <skip>true</skip>\n"
                + "          <skipDeploy>true</skipDeploy>\n"
                + "        </configuration>\n"
                + "      </plugin>\n"
                + "    </plugins>\n"
                + "  </build>\n"
                + "</project>\n";
    }

    // ------------------------------------------------------------------------------------------
    // Text.

    static final String[] PEOPLE = {"Maria López", "James Carter", "Aisha Rahman", "Tom Nguyễn", "Grace Okafor",
        "Daniel Kim", "Sofia Rossi", "Marcus Johnson", "Priya Patel", "Elena Petrova", "Samuel Osei",
        "Hannah Fischer", "Luis Hernández", "Mei Chen", "Olivia Brown", "Kwame Mensah"};

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
        return pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + topic + " " + pick(r, ENDINGS) + ".";
    }

    /** {@code count} Markdown paragraphs of {@code min..max} sentences, some with emphasis or a link. */
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
                String topic = pick(r, PROGRAMS);
                double x = r.nextDouble();
                if (x < 0.08) {
                    topic = "**" + topic + "**";
                } else if (x < 0.14) {
                    topic = "*" + topic + "*";
                } else if (x < 0.18) {
                    topic = "[" + topic + "](https://bench.example.org/programs/" + slug(topic) + ")";
                }
                b.append(sentence(r, topic));
            }
        }
        return b.toString();
    }

    /** A YAML literal block scalar ("|" and the text on the following lines, indented). */
    static String block(int indent, String text) {
        String pad = " ".repeat(indent);
        StringBuilder b = new StringBuilder(" |");
        for (String line : text.split("\n", -1)) {
            b.append('\n');
            if (!line.isEmpty()) {
                b.append(pad).append(line);
            }
        }
        return b.toString();
    }

    /** A YAML double-quoted scalar. */
    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A YAML flow sequence of slugs. */
    static String list(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }

    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    static String truncateSlug(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String cut = slug.substring(0, max);
        int dash = cut.lastIndexOf('-');
        return dash > 10 ? cut.substring(0, dash) : cut;
    }

    static String unique(Set<String> taken, String id) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    static double gaussian(SplittableRandom r) {
        // Box-Muller with the generator's own doubles (no shared state in java.util.Random).
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    static <T> void shuffle(SplittableRandom r, List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }

    /** {@code n} distinct indexes below {@code bound}, ascending. */
    static List<Integer> pickIndexes(SplittableRandom r, int bound, int n) {
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(n, bound)) {
            chosen.add(r.nextInt(bound));
        }
        return new ArrayList<>(chosen);
    }

    /** {@code n} distinct items, in the array's order. */
    static List<String> pickDistinct(SplittableRandom r, String[] items, int n) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i : pickIndexes(r, items.length, n)) {
            out.add(items[i]);
        }
        return new ArrayList<>(out);
    }
}

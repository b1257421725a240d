package io.impactsite.bench;

import static io.impactsite.bench.Words.paragraphs;
import static io.impactsite.bench.Words.sentence;

import io.impactsite.bench.format.InitiativeDoc;
import io.impactsite.bench.format.InitiativeDoc.Agenda;
import io.impactsite.bench.format.InitiativeDoc.Backbone;
import io.impactsite.bench.format.InitiativeDoc.Boundaries;
import io.impactsite.bench.format.InitiativeDoc.Communication;
import io.impactsite.bench.format.InitiativeDoc.DataLicense;
import io.impactsite.bench.format.InitiativeDoc.Function;
import io.impactsite.bench.format.InitiativeDoc.Goal;
import io.impactsite.bench.format.InitiativeDoc.Link;
import io.impactsite.bench.format.InitiativeDoc.Site;
import io.impactsite.bench.format.InitiativeDoc.Staff;
import io.impactsite.bench.format.InitiativeDoc.Strategy;
import io.impactsite.bench.format.PlaceMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code initiative.yml}: every size has the same 5 goals, 4 strategies and 6 backbone staff, its
 * open data under CC BY 4.0 and a map by district for the indicators with data by place.
 */
final class InitiativeSection {
    private InitiativeSection() {}

    static final String BASE_URL = "https://bench.example.org/";

    /** id, title, topic of its summary. */
    static final String[][] GOALS = {
        {"kindergarten-ready", "Every child enters kindergarten ready to learn", "early learning"},
        {"early-grade-success", "Every child reads and does math on grade level by fourth grade", "early grades"},
        {"middle-grade-success", "Every young person is prepared for high school", "middle grades"},
        {"high-school-graduation", "Every young person graduates from high school", "high school"},
        {"postsecondary-success", "Every young adult earns a credential and a living wage", "college and career"},
    };

    /** id, title, the indexes of the goals it serves. */
    static final String[][] STRATEGIES = {
        {"family-engagement", "Engage families as first teachers", "0 1"},
        {"attendance-first", "Make every school day count", "1 2 3"},
        {"aligned-pathways", "Align school, college and work", "3 4"},
        {"data-for-improvement", "Use shared data to improve practice", "0 1 2 3 4"},
    };

    static final String[] FUNCTIONS = {"Guide vision and strategy", "Support aligned activities",
        "Establish shared measurement practices", "Build public will", "Advance policy", "Mobilize funding"};

    static final String[] ROLES = {"Executive Director", "Director of Data and Evaluation", "Partnerships Manager",
        "Communications Lead", "Network Facilitator", "Data Analyst"};

    static String goalId(int index) {
        return GOALS[index][0];
    }

    static InitiativeDoc initiative(Size size, SplittableRandom r) {
        List<String> staffNames = Draw.distinct(r, Arrays.asList(Words.PEOPLE), ROLES.length);
        String vision = paragraphs(r, 2, 2, 3);
        String problem = paragraphs(r, 2, 3, 4);
        List<Goal> goals = new ArrayList<>();
        for (String[] g : GOALS) {
            String summary = sentence(r, g[2]);
            goals.add(new Goal(g[0], g[1], summary, paragraphs(r, 2, 2, 4)));
        }
        List<Strategy> strategies = new ArrayList<>();
        for (String[] s : STRATEGIES) {
            List<String> served = Arrays.stream(s[2].split(" ")).map(i -> goalId(Integer.parseInt(i))).toList();
            strategies.add(new Strategy(s[0], s[1], paragraphs(r, 1, 2, 3), served));
        }
        Agenda agenda = new Agenda(vision, problem, new Boundaries("Bench County",
                "Children and young people from birth to age 24", (size.firstYear() - 1) + " to 2030"),
                goals, strategies);

        String backboneDescription = paragraphs(r, 1, 2, 3);
        List<Function> functions = new ArrayList<>();
        for (String f : FUNCTIONS) {
            functions.add(new Function(f, sentence(r, Slugs.lower(f))));
        }
        List<Staff> staff = new ArrayList<>();
        for (int i = 0; i < staffNames.size(); i++) {
            String name = staffNames.get(i);
            staff.add(new Staff(name, ROLES[i], Slugs.slug(name).replace('-', '.') + "@bench.example.org"));
        }
        Backbone backbone = new Backbone("Bench County Community Foundation", BASE_URL + "foundation",
                backboneDescription, functions, staff);

        Communication communication = new Communication("hello@bench.example.org",
                "The leadership table meets quarterly; action networks meet monthly.",
                List.of(new Link("Newsletter", BASE_URL + "news"), new Link("Annual report", BASE_URL + "annual-report")));

        // Brand colours (site.colors) are left to the theme: the engine reads them only once the theme's work is merged.
        Site site = new Site(BASE_URL, "en", "en-US", "assets/logo.svg", null, 10, null, null,
                new DataLicense("CC-BY-4.0", null, null), null, null, new PlaceMap(Districts.DIMENSION, Districts.FILE));
        return new InitiativeDoc("Bench County Cradle to Career Partnership", "Bench County C2C",
                "Every child, cradle to career (" + size.id() + " benchmark)", size.firstYear() - 1, site, agenda,
                null, backbone, communication, null, null);
    }
}

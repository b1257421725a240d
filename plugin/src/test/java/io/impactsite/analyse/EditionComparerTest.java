package io.impactsite.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.analyse.EditionComparison.Move;
import io.impactsite.load.ContentLoader;
import io.impactsite.model.Indicator;
import io.impactsite.model.Partner;
import io.impactsite.model.SystemsChange;
import io.impactsite.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What changed since" over a hand-made pair of editions, each difference planted on purpose and
 * computed by hand (growth without a target: 1.5 % a year or more is on track, 0 to 0.5 % limited
 * progress, below 0 moving away). The comparison lists exactly these differences: an indicator,
 * dimension, partner or change that did not change ("steady", "sex", the edited change) has no line.
 */
class EditionComparerTest {
    private static EditionComparison comparison;

    @BeforeAll
    static void compare(@TempDir Path dir) throws IOException {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        // moving away (-1 % a year) -> on track ((104/100)^(1/2) - 1 = 1.98 % a year)
        both(before, now, "up", "");
        before.put("indicators/up.csv", csv("2019,100", "2020,99"));
        now.put("indicators/up.csv", csv("2019,100", "2020,99", "2021,104"));
        // on track (3 %) -> limited progress (0 %)
        both(before, now, "down", "");
        before.put("indicators/down.csv", csv("2019,100", "2020,103"));
        now.put("indicators/down.csv", csv("2019,100", "2020,103", "2021,100"));
        // insufficient data (no value after the baseline) -> on track (2 %)
        both(before, now, "measured", "");
        before.put("indicators/measured.csv", csv("2019,100"));
        now.put("indicators/measured.csv", csv("2019,100", "2020,102"));
        // on track (2 %) -> insufficient data: the baseline's value was withdrawn; the latest is unchanged
        both(before, now, "lost", "");
        before.put("indicators/lost.csv", csv("2019,100", "2020,102"));
        now.put("indicators/lost.csv", csv("2020,102"));
        // on track for 110 by 2025 -> reached it
        both(before, now, "reached", "target:\n  period: \"2025\"\n  value: 110\n");
        before.put("indicators/reached.csv", csv("2019,100", "2020,105"));
        now.put("indicators/reached.csv", csv("2019,100", "2020,105", "2021,111"));
        // the latest value revised, same period and status (on track)
        both(before, now, "revised", "");
        before.put("indicators/revised.csv", csv("2019,100", "2020,103"));
        now.put("indicators/revised.csv", csv("2019,100", "2020,103.5"));
        // nothing changed at all
        both(before, now, "steady", "");
        before.put("indicators/steady.csv", csv("2019,100", "2020,102"));
        now.put("indicators/steady.csv", csv("2019,100", "2020,102"));
        // on track both times (4 %, then 2.96 %); race gap 16 -> 12, income 10 -> 12, sex 2 -> 2
        both(before, now, "gap", "");
        String head = "period,value,race,income,sex\n";
        String then = "2019,100,,,\n2020,104,,,\n2020,112,A,,\n2020,96,B,,\n2020,109,,High,\n2020,99,,Low,\n"
                + "2020,105,,,F\n2020,103,,,M\n";
        before.put("indicators/gap.csv", head + then);
        now.put("indicators/gap.csv", head + then + "2021,106,,,\n2021,113,A,,\n2021,101,B,,\n2021,112,,High,\n"
                + "2021,100,,Low,\n2021,107,,,F\n2021,105,,,M\n");
        before.put("indicators/dropped.yml", indicator(""));
        before.put("indicators/dropped.csv", csv("2019,100", "2020,101"));
        now.put("indicators/added.yml", indicator(""));
        now.put("indicators/added.csv", csv("2019,100", "2020,101"));
        String library = "name: Lakeside Library\nsector: education\n";
        before.put("partners/lakeside-library.yml", library);
        now.put("partners/lakeside-library.yml", library + "description: Now with a new description.\n");
        now.put("partners/harbor-clinic.yml", "name: Harbor Clinic\nsector: health\n");
        String change = "- date: 2020-01-15\n  kind: services\n  title: Free books at birth\n  description: %s\n";
        before.put("changes.yml", String.format(change, "Every newborn gets a book."));
        now.put("changes.yml", String.format(change, "Every newborn gets three books.")
                + "- date: 2021-05-01\n  kind: practices\n  title: Shared reading screener\n");
        comparison = EditionComparer.compare(2020, analysed(dir.resolve("before"), before), analysed(dir.resolve("now"), now));
    }

    @Test
    void statusesThatMovedUpOrDownOrIntoOrOutOfInsufficientData() {
        assertEquals(List.of("down ON_TRACK -> LIMITED_PROGRESS DOWN", "lost ON_TRACK -> INSUFFICIENT_DATA NO_LONGER_MEASURED",
                        "measured INSUFFICIENT_DATA -> ON_TRACK NOW_MEASURED", "up MOVING_AWAY -> ON_TRACK UP"),
                comparison.statusMoves().stream().map(m -> m.now().indicator().id() + " " + m.before() + " -> "
                        + m.now().status().code() + " " + m.move()).toList());
    }

    @Test
    void aTargetReachedIsListedOnceAsSuch() {
        assertEquals(List.of("reached ON_TRACK"), comparison.targetsReached().stream()
                .map(t -> t.now().indicator().id() + " " + t.before()).toList());
    }

    @Test
    void newAndRevisedLatestValues() {
        assertEquals(List.of("down 2020 103 -> 2021 100", "gap 2020 104 -> 2021 106", "measured 2019 100 -> 2020 102",
                        "reached 2020 105 -> 2021 111", "revised 2020 103 -> 2020 103.5", "up 2020 99 -> 2021 104"),
                comparison.newValues().stream().map(v -> v.now().indicator().id() + " " + v.before().period() + " "
                        + v.before().value().toPlainString() + " -> " + v.after().period() + " "
                        + v.after().value().toPlainString()).toList());
    }

    @Test
    void gapsThatNarrowedOrWidenedAndNotThoseThatStayed() {
        assertEquals(List.of("gap race 16 -> 12 narrowed by 4", "gap income 10 -> 12 widened by 2"),
                comparison.gaps().stream().map(g -> g.now().indicator().id() + " " + g.after().dimension() + " "
                        + g.before().gap().toPlainString() + " -> " + g.after().gap().toPlainString() + " "
                        + (g.narrowed() ? "narrowed" : "widened") + " by " + g.by().toPlainString()).toList());
    }

    @Test
    void indicatorsPartnersAndChangesAddedOrDropped() {
        assertEquals(List.of("added"), comparison.added().stream().map(a -> a.indicator().id()).toList());
        assertEquals(List.of("dropped"), comparison.dropped().stream().map(Indicator::id).toList());
        assertEquals(List.of("harbor-clinic"), comparison.newPartners().stream().map(Partner::id).toList());
        assertEquals(List.of("Shared reading screener"), comparison.newChanges().stream().map(SystemsChange::title).toList());
        assertEquals(2020, comparison.year());
        assertFalse(comparison.isEmpty());
    }

    @Test
    void anEditionComparedWithItselfHasNoDifference(@TempDir Path dir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        both(files, new LinkedHashMap<>(), "steady", "");
        files.put("indicators/steady.csv", csv("2019,100", "2020,102"));
        SiteAnalysis a = analysed(dir, files);
        assertTrue(EditionComparer.compare(2020, a, a).isEmpty());
    }

    @Test
    void movesFollowTheScaleFromBestToWorst() {
        assertEquals(Move.UP, EditionComparer.move(Status.Code.LIMITED_PROGRESS, Status.Code.ACCELERATION_NEEDED));
        assertEquals(Move.DOWN, EditionComparer.move(Status.Code.ON_TRACK, Status.Code.MOVING_AWAY));
        assertEquals(Move.DOWN, EditionComparer.move(Status.Code.TARGET_ACHIEVED, Status.Code.ON_TRACK));
    }

    private static void both(Map<String, String> before, Map<String, String> now, String id, String more) {
        before.put("indicators/" + id + ".yml", indicator(more));
        now.put("indicators/" + id + ".yml", indicator(more));
    }

    private static String indicator(String more) {
        return "title: An indicator\ngoal: school-ready\nunit: children\nmeasure: number\ndirection: increase\n"
                + "baseline:\n  period: \"2019\"\n" + more;
    }

    private static String csv(String... rows) {
        return "period,value\n" + String.join("\n", rows) + "\n";
    }

    private static SiteAnalysis analysed(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("initiative.yml"), "name: Lakeside Learns\nstarted: 2018\nagenda:\n  vision: V.\n"
                + "  problem: P.\n  goals:\n    - id: school-ready\n      title: Every child starts school ready\n");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        Problems problems = new Problems();
        var site = new ContentLoader().load(dir, problems).orElseThrow();
        assertEquals(List.of(), problems.errors());
        return SiteAnalyser.analyse(site);
    }
}

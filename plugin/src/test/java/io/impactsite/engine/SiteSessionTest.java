package io.impactsite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.testing.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's in-memory site, rebuilt after each change, is byte for byte what a first build of
 * the same content gives, while rendering only the pages the change touches.
 */
class SiteSessionTest {
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final Options PREVIEW = new Options(null, false, true);

    @TempDir
    Path dir;
    private Path content;
    private SiteSession session;

    @BeforeEach
    void start() throws Exception {
        content = Folders.copy(MINIMAL, dir.resolve("site"));
        write("updates/2024-05-02-reading-fair.md", "---\ntitle: Reading fair\ntags: [events]\n---\nFun for all.\n");
        write("updates/2024-06-01-new-library.md", "---\ntitle: New library\n---\nBooks.\n");
        write("pages/approach.md", "---\ntitle: Our approach\n---\nHow we work.\n");
        session = new SiteSession(content, PREVIEW);
        assertTrue(session.rebuild(Set.of()).all());
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(content.resolve(file).getParent());
        Files.writeString(content.resolve(file), text);
    }

    /** Every file of the session's site, as a fresh session builds the same content. */
    private void assertSameAsAFreshBuild() throws Exception {
        SiteSession fresh = new SiteSession(content, PREVIEW);
        fresh.rebuild(Set.of());
        assertEquals(files(fresh), files(session));
    }

    private static Map<String, String> files(SiteSession s) {
        Map<String, String> out = new TreeMap<>();
        for (String path : s.paths()) out.put(path, new String(s.file(path).orElseThrow(), StandardCharsets.UTF_8));
        return out;
    }

    @Test
    void anEditedUpdateRendersItsPageAndTheListsThatShowIt() throws Exception {
        write("updates/2024-06-01-new-library.md", "---\ntitle: A new library opens\n---\nBooks for everyone.\n");
        Rebuilt r = session.rebuild(Set.of("updates/2024-06-01-new-library.md"));
        assertFalse(r.failed());
        assertFalse(r.all());
        assertTrue(r.changed().containsAll(Set.of("updates/new-library/index.html", "updates/index.html", "index.html",
                "feed.xml", "updates/reading-fair/index.html")), r.changed().toString());
        assertFalse(r.changed().contains("goals/reading/index.html"), "a goal page does not show updates");
        assertFalse(r.changed().contains("goals/reading/feed.xml"), "nor does the feed of a goal the update does not name");
        assertFalse(r.changed().contains("updates/tags/index.html"), "its tags are the same");
        assertFalse(r.changed().contains("approach/index.html"));
        assertTrue(new String(session.file("updates/new-library/index.html").orElseThrow(), StandardCharsets.UTF_8)
                .contains("Books for everyone."));
        assertSameAsAFreshBuild();
    }

    @Test
    void anUpdateAboutAGoalRendersTheGoalsFeedAndANewTagTheTagsPage() throws Exception {
        write("updates/2024-06-01-new-library.md", "---\ntitle: New library\ngoals: [reading]\ntags: [places]\n---\nBooks.\n");
        Rebuilt r = session.rebuild(Set.of("updates/2024-06-01-new-library.md"));
        assertTrue(r.changed().containsAll(Set.of("goals/reading/feed.xml", "updates/tags/index.html")), r.changed().toString());
        assertTrue(new String(session.file("goals/reading/feed.xml").orElseThrow(), StandardCharsets.UTF_8).contains("New library"));
        assertSameAsAFreshBuild();
    }

    @Test
    void anEditedCsvRendersItsIndicatorAndWhatCountsIt() throws Exception {
        String csv = Files.readString(content.resolve("indicators/school-readiness.csv"));
        write("indicators/school-readiness.csv", csv.replace("42.5", "47.5"));
        Rebuilt r = session.rebuild(Set.of("indicators/school-readiness.csv"));
        assertTrue(r.changed().containsAll(Set.of("indicators/school-readiness/index.html", "data/school-readiness.csv",
                "data/school-readiness.json", "indicators/index.html")), r.changed().toString());
        assertFalse(r.changed().contains("updates/new-library/index.html"));
        assertSameAsAFreshBuild();
    }

    /** An update quoting a live figure shows the new value once the CSV changes, though the update did not. */
    @Test
    void aLiveFigureFollowsItsData() throws Exception {
        write("updates/2024-06-01-new-library.md", "---\ntitle: New library\n---\nReadiness is {% figure school-readiness latest %}.\n");
        session.rebuild(Set.of("updates/2024-06-01-new-library.md"));
        String page = new String(session.file("updates/new-library/index.html").orElseThrow(), StandardCharsets.UTF_8);
        java.util.regex.Matcher before = java.util.regex.Pattern.compile("Readiness is ([0-9.]+%)\\.").matcher(page);
        assertTrue(before.find(), page);
        String csv = Files.readString(content.resolve("indicators/school-readiness.csv"));
        write("indicators/school-readiness.csv", csv.strip() + "\n2021,77.7,\n");
        Rebuilt r = session.rebuild(Set.of("indicators/school-readiness.csv"));
        assertFalse(r.failed(), r.toString());
        assertTrue(new String(session.file("updates/new-library/index.html").orElseThrow(), StandardCharsets.UTF_8)
                .contains("Readiness is 77.7%."), "was " + before.group(1));
        assertSameAsAFreshBuild();
    }

    @Test
    void aNewAndARemovedPage() throws Exception {
        write("updates/2024-07-01-summer.md", "---\ntitle: Summer\n---\nSun.\n");
        session.rebuild(Set.of("updates/2024-07-01-summer.md"));
        assertTrue(session.file("updates/summer/index.html").isPresent());
        assertSameAsAFreshBuild();
        Files.delete(content.resolve("pages/approach.md"));
        Rebuilt r = session.rebuild(Set.of("pages/approach.md"));
        assertTrue(session.file("approach/index.html").isEmpty());
        assertTrue(r.changed().contains("approach/index.html"));
        assertSameAsAFreshBuild();
    }

    @Test
    void aPageLeftForLaterIsNeverServedOutOfDateAndAllAreRenderedSoon() throws Exception {
        write("updates/2024-05-02-reading-fair.md", "---\ntitle: Reading fair moves\ntags: [events]\n---\nFun for all.\n");
        Rebuilt r = session.rebuild(Set.of("updates/2024-05-02-reading-fair.md"));
        assertTrue(r.changed().containsAll(Set.of("updates/index.html", "updates/tags/events/index.html")), r.changed().toString());
        // asked for at once: rendered before it is served, whether or not the background got to it
        assertTrue(page("updates/tags/events/index.html").contains("Reading fair moves"));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (session.pending() > 0 && System.nanoTime() < deadline) Thread.sleep(10);
        assertEquals(0, session.pending(), "the background renders the rest");
        assertTrue(page("updates/index.html").contains("Reading fair moves"));
        assertSameAsAFreshBuild();
    }

    @Test
    void theWatchersListIsTrustedAndLosingTrackReadsEverythingAgain() throws Exception {
        write("pages/approach.md", "---\ntitle: Our approach\n---\nHow we work now.\n");
        write("updates/2024-06-01-new-library.md", "---\ntitle: New library\n---\nMore books.\n");
        // told of the update only: the page's file is not even looked at (the watcher names every change)
        Rebuilt r = session.rebuild(Set.of("updates/2024-06-01-new-library.md"));
        assertTrue(r.changed().contains("updates/new-library/index.html"), r.changed().toString());
        assertFalse(page("approach/index.html").contains("How we work now."));
        // the watcher lost track (an overflow): every file is looked at again
        assertTrue(session.rebuild(Set.of()).all());
        assertTrue(page("approach/index.html").contains("How we work now."));
        assertSameAsAFreshBuild();
    }

    private String page(String path) {
        return new String(session.file(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void initiativeYmlAndTemplatesRenderEverything() throws Exception {
        String yml = Files.readString(content.resolve("initiative.yml"));
        write("initiative.yml", yml.replace("Lakeside Learns", "Lakeside Learns Together"));
        assertTrue(session.rebuild(Set.of("initiative.yml")).all());
        assertSameAsAFreshBuild();
        write("templates/page.ftlh", "<#import \"layout.ftlh\" as l><@l.page><h1>${page.title}!</h1></@l.page>\n");
        assertTrue(session.rebuild(Set.of("templates/page.ftlh")).all());
        assertTrue(new String(session.file("approach/index.html").orElseThrow(), StandardCharsets.UTF_8).contains("Our approach!"));
        assertSameAsAFreshBuild();
    }

    @Test
    void anErrorKeepsTheLastGoodSiteAndAFixBringsTheNewOne() throws Exception {
        byte[] before = session.file("indicators/school-readiness/index.html").orElseThrow();
        String yml = Files.readString(content.resolve("indicators/school-readiness.yml"));
        write("indicators/school-readiness.yml", yml.replace("direction: increase", "direction: upwards"));
        Rebuilt broken = session.rebuild(Set.of("indicators/school-readiness.yml"));
        assertTrue(broken.failed());
        assertTrue(broken.problems().stream().anyMatch(p -> p.toString().startsWith("indicators/school-readiness.yml:6:")),
                broken.problems().toString());
        assertEquals(new String(before, StandardCharsets.UTF_8),
                new String(session.file("indicators/school-readiness/index.html").orElseThrow(), StandardCharsets.UTF_8));
        write("indicators/school-readiness.yml", yml.replace("title: School readiness", "title: Ready for school"));
        Rebuilt fixed = session.rebuild(Set.of("indicators/school-readiness.yml"));
        assertFalse(fixed.failed());
        assertTrue(new String(session.file("indicators/school-readiness/index.html").orElseThrow(), StandardCharsets.UTF_8)
                .contains("Ready for school"));
        assertSameAsAFreshBuild();
    }
}

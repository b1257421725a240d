package io.impactsite.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.analyse.EditionComparer;
import io.impactsite.analyse.EditionComparison;
import io.impactsite.analyse.SiteAnalyser;
import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.load.ContentLoader;
import io.impactsite.problem.Problem;
import io.impactsite.problem.Problems;
import io.impactsite.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages a site with past editions has, and those a past edition leaves to the current site. */
class EditionPagesTest {
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir
    Path dir;

    private SiteAnalysis analysed(Path content) {
        Problems problems = new Problems();
        SiteAnalysis a = SiteAnalyser.analyse(new ContentLoader().load(content, problems).orElseThrow());
        assertEquals(List.of(), problems.errors());
        return a;
    }

    private static List<String> entries(PageTree tree, Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return tree.pages().stream().filter(p -> wanted.contains(p.kind())).map(p -> p.kind() + " " + p.address()).toList();
    }

    @Test
    void theCurrentSiteListsItsEditionsSaysWhatChangedAndKnowsTheEditionPagesItLinksTo() throws IOException {
        Path before = Folders.copy(MINIMAL, dir.resolve("before"));
        Files.writeString(before.resolve("indicators/old.yml"), Files.readString(before.resolve("indicators/school-readiness.yml")));
        Files.writeString(before.resolve("indicators/old.csv"), Files.readString(before.resolve("indicators/school-readiness.csv")));
        SiteAnalysis now = analysed(Folders.copy(MINIMAL, dir.resolve("now")));
        EditionComparison since = EditionComparer.compare(2023, analysed(before), now);
        PageTree tree = TreeBuilder.build(now, new Editions.Current(List.of(2023, 2021), Optional.of(since)), new Problems());
        assertEquals(List.of("EDITIONS /editions/", "EDITION /2023/", "EDITION /2023/indicators/", "EDITION /2021/",
                        "EDITION /2021/indicators/", "CHANGES_SINCE /changes-since/2023/", "EDITION /2023/indicators/old/"),
                entries(tree, Kind.EDITIONS, Kind.EDITION, Kind.CHANGES_SINCE));
        Page changes = tree.get(ChangesSincePage.at(2023)).orElseThrow();
        assertEquals(List.of("changes-since.ftlh"), changes.templates());
        assertEquals(List.of(tree.get(Address.HOME).orElseThrow(), tree.get(EditionsPage.AT).orElseThrow()), tree.ancestors(changes));
        assertEquals(Kind.Output.ELSEWHERE, tree.get(EditionPage.at(2021)).orElseThrow().kind().output());
        assertFalse(tree.menu().stream().anyMatch(p -> p.kind() == Kind.EDITIONS), "not in the main menu: the footer links it");
    }

    @Test
    void aPastEditionHasNoSitemapRobotsOr404OfItsOwn() {
        SiteAnalysis a = analysed(Folders.copy(MINIMAL, dir.resolve("past")));
        PageTree tree = TreeBuilder.build(a, new Editions.Past(2023, "../index.html", "../editions/index.html"), new Problems());
        assertEquals(List.of(), entries(tree, Kind.SITEMAP, Kind.ROBOTS, Kind.NOT_FOUND, Kind.EDITIONS, Kind.EDITION));
        assertTrue(tree.has(ReportCardPage.AT));
        assertEquals(List.of("NOT_FOUND /404.html", "ROBOTS /robots.txt"),
                entries(TreeBuilder.build(a, new Problems()), Kind.NOT_FOUND, Kind.ROBOTS));
    }

    @Test
    void aPageAtAnEditionsAddressIsReported() throws IOException {
        Path content = Folders.copy(MINIMAL, dir.resolve("clash"));
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/2023.md"), "---\ntitle: Our year\n---\nText.\n");
        Problems problems = new Problems();
        TreeBuilder.build(analysed(content), new Editions.Current(List.of(2023), Optional.empty()), problems);
        assertEquals(List.of("initiative.yml"), problems.errors().stream().map(Problem::file).toList());
        assertEquals("the edition 2023 is published at /2023/, where pages/2023.md would be too. Rename the page, "
                + "or give the edition another year.", problems.errors().get(0).message());
    }
}

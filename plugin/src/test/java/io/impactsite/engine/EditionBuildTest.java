package io.impactsite.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.problem.ContentException;
import io.impactsite.problem.Problem;
import io.impactsite.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A past edition read from git: a repository made here with JGit, the content in a subfolder of
 * it, the 2023 report card tagged and the content changed since. The edition is built from the
 * tag's tree (no checkout: the work tree keeps the current content), reproduces that report card,
 * is kept in the cache and built again only when what it is made from changes.
 */
class EditionBuildTest {
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final PersonIdent WHO = new PersonIdent("Test", "test@example.org", 1_700_000_000_000L, 0);

    @TempDir
    Path dir;
    private Path repo;
    private Path content;
    private Path output;
    private final List<String> said = new ArrayList<>();
    private final Reporter reporter = new Reporter() {
        @Override public void info(String message) {
            said.add(message);
        }

        @Override public void warn(String message) {
            said.add("WARN " + message);
        }
    };

    @BeforeEach
    void repositoryWithA2023Tag() throws Exception {
        repo = dir.resolve("repo");
        content = Folders.copy(MINIMAL, repo.resolve("site"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, "The 2023 report card");
            git.tag().setName("report-2023").setAnnotated(false).call();
        }
        // Since then: a year of data, a new partner, the edition listed, a base URL.
        append("indicators/school-readiness.csv", "2021,44.0,\n2021,38.5,Black\n");
        Files.writeString(content.resolve("partners/harbor-clinic.yml"), "name: Harbor Clinic\nsector: health\n");
        append("initiative.yml", "site:\n  baseUrl: https://example.org/lakeside/\neditions:\n  - year: 2023\n"
                + "    revision: report-2023\n");
        output = dir.resolve("target/site");
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(WHO).setCommitter(WHO).setSign(false).call();
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(content.resolve(file), Files.readString(content.resolve(file)) + text);
    }

    private BuildReport build() throws Exception {
        said.clear();
        return new SiteBuilder(reporter).build(new BuildRequest(content, output, Options.DEFAULT, dir.resolve("target/cache")));
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(output.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theEditionIsTheReportCardOfItsRevisionWithABannerOnEveryPage() throws Exception {
        build();
        Element then = page("2023/indicators/index.html").selectFirst(".report__row[data-status]");
        Element now = page("indicators/index.html").selectFirst(".report__row[data-status]");
        assertTrue(then.text().contains("42.5%") && then.text().contains("2020"), then.text());
        assertFalse(then.text().contains("2021"), then.text());
        assertTrue(now.text().contains("44.0%") && now.text().contains("2021"), now.text());
        assertEquals("improving", then.attr("data-status"), "no target: what was measured");
        assertFalse(Files.exists(output.resolve("2023/partners/harbor-clinic/index.html")));
        assertTrue(Files.exists(output.resolve("partners/harbor-clinic/index.html")));
        // the work tree is untouched: the current content is still the changed one
        assertTrue(Files.readString(content.resolve("initiative.yml")).contains("editions:"));

        // a chart's embed page is the chart alone, for another site's iframe: no banner there
        List<Path> pages = htmlUnder(output.resolve("2023")).stream()
                .filter(p -> !p.toString().replace('\\', '/').contains("/embed/")).toList();
        assertTrue(pages.size() > 10, pages.toString());
        for (Path p : pages) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            Element banner = d.selectFirst("aside.edition-banner");
            assertTrue(banner != null && banner.text().contains("2023 report card"), p.toString());
            Path current = p.getParent().resolve(banner.selectFirst("a").attr("href")).normalize();
            assertEquals(output.resolve("index.html"), current, p + ": the banner links to the current site");
            String path = output.resolve("2023").relativize(p).toString().replace('\\', '/');
            assertEquals("https://example.org/lakeside/2023/" + path.replaceAll("index\\.html$", ""),
                    d.selectFirst("link[rel=canonical]").attr("href"), "canonical to itself");
        }
        for (String own : List.of("sitemap.xml", "robots.txt", "404.html")) {
            assertFalse(Files.exists(output.resolve("2023/" + own)), own + " is the current site's only");
        }
        assertFalse(Files.readString(output.resolve("sitemap.xml")).contains("lakeside/2023/"), "archives are not in the sitemap");
    }

    @Test
    void whatChangedSinceTheTaggedEdition() throws Exception {
        build();
        Document d = page("changes-since/2023/index.html");
        assertEquals("What changed since 2023", d.selectFirst("main h1").text());
        assertEquals(List.of("values", "partners"), d.select("main section[id]").eachAttr("id"));
        Element partner = d.selectFirst("#partners li a");
        assertEquals("Harbor Clinic", partner.text());
        assertTrue(Files.isRegularFile(output.resolve("changes-since/2023").resolve(partner.attr("href")).normalize()));
        assertTrue(d.selectFirst("#values li").text().contains("44.0% in 2021; it was 42.5% in 2020"));
        Document list = page("editions/index.html");
        assertEquals(List.of("../2023/indicators/index.html"), list.select("ul.edition-list a").eachAttr("href")
                .subList(0, 1));
    }

    @Test
    void anUnchangedEditionIsCopiedFromTheCacheAndAChangedOneIsBuiltAgain() throws Exception {
        build();
        assertTrue(said.stream().anyMatch(s -> s.startsWith("Built the 2023 (revision report-2023) edition")), said.toString());
        Map<String, byte[]> first = files(output.resolve("2023"));

        append("indicators/school-readiness.csv", "2022,45.0,\n");   // the current content only
        build();
        assertTrue(said.contains("The 2023 edition is unchanged: copied from " + dir.resolve("target/cache") + "."), said.toString());
        assertEquals(keys(first), keys(files(output.resolve("2023"))));
        first.forEach((path, bytes) -> assertArrayEquals(bytes, files(output.resolve("2023")).get(path), path));

        // the tag moves to a commit whose content differs
        try (Git git = Git.open(repo.toFile())) {
            Files.writeString(content.resolve("partners/harbor-clinic.yml"), "name: Harbor Clinic\nsector: health\n");
            commit(git, "Harbor Clinic joins");
            git.tag().setName("report-2023").setAnnotated(false).setForceUpdate(true).call();
        }
        build();
        assertTrue(said.stream().anyMatch(s -> s.startsWith("Built the 2023")), said.toString());
        assertTrue(Files.exists(output.resolve("2023/partners/harbor-clinic/index.html")));

        build();
        assertTrue(said.stream().anyMatch(s -> s.startsWith("Nothing changed since the last build")), said.toString());
        append("indicators/school-readiness.csv", "2024,46.0,\n");   // the current content only: the edition is copied
        build();
        assertTrue(said.stream().anyMatch(s -> s.startsWith("The 2023 edition is unchanged")), said.toString());
        // the theme: a template of the site's own
        Files.createDirectories(content.resolve("templates"));
        Files.writeString(content.resolve("templates/strings.properties"), "edition.all=Every report card\n");
        build();
        assertTrue(said.stream().anyMatch(s -> s.startsWith("Built the 2023")), said.toString());
        assertTrue(page("2023/index.html").selectFirst("aside.edition-banner").text().contains("Every report card"));
    }

    @Test
    void aRevisionNotInTheCloneSaysHowToFetchTagsInCi() throws Exception {
        String yml = Files.readString(content.resolve("initiative.yml")).replace("report-2023", "report-2022");
        Files.writeString(content.resolve("initiative.yml"), yml);
        ContentException e = assertThrows(ContentException.class, this::build);
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem p = e.problems().get(0);
        assertEquals("initiative.yml", p.file());
        assertEquals((int) yml.lines().takeWhile(l -> !l.contains("- year: 2023")).count() + 1, p.line());
        assertTrue(p.message().contains("`report-2022` is not in the repository"), p.message());
        assertTrue(p.message().contains("fetch-depth: 0") && p.message().contains("GIT_DEPTH: 0"), p.message());
        assertFalse(Files.exists(output), "nothing written");
    }

    @Test
    void aRevisionOfContentNotKeptInGitIsAnError() throws Exception {
        Path loose = Folders.copy(content, dir.resolve("loose"));
        ContentException e = assertThrows(ContentException.class, () -> new SiteBuilder(reporter)
                .check(loose, Options.DEFAULT, dir.resolve("target/cache")));
        assertTrue(e.problems().get(0).message().contains("not in a git repository"), e.problems().toString());
        assertTrue(e.problems().get(0).message().contains("folder: editions/2023"), e.problems().toString());
    }

    @Test
    void theContentMayHaveBeenElsewhereInTheRepositoryThen() throws Exception {
        String yml = Files.readString(content.resolve("initiative.yml")).replace("revision: report-2023",
                "revision: report-2023\n    path: elsewhere");
        Files.writeString(content.resolve("initiative.yml"), yml);
        ContentException e = assertThrows(ContentException.class, this::build);
        assertTrue(e.problems().get(0).message().contains("has no folder `elsewhere`"), e.problems().toString());
        Files.writeString(content.resolve("initiative.yml"), yml.replace("path: elsewhere", "path: site"));
        build();
        assertTrue(Files.exists(output.resolve("2023/indicators/index.html")));
    }

    @Test
    void aFrozenFolderIsBuiltAgainWhenOneOfItsFilesChanges() throws Exception {
        Folders.copy(MINIMAL, content.resolve("editions/2021"));
        append("initiative.yml", "  - year: 2021\n    folder: editions/2021\n");
        build();
        assertTrue(said.stream().anyMatch(s -> s.startsWith("Built the 2021 (folder editions/2021) edition")), said.toString());
        append("indicators/school-readiness.csv", "2022,45.0,\n");   // the current content only: both editions copied
        build();
        assertEquals(2, said.stream().filter(s -> s.contains("edition is unchanged")).count(), said.toString());
        Files.writeString(content.resolve("editions/2021/partners/lakeside-library.yml"), "name: Lakeside Library\n"
                + "sector: education\ndescription: Open every day.\n");
        build();
        assertTrue(said.stream().anyMatch(s -> s.startsWith("Built the 2021 (folder editions/2021) edition")), said.toString());
        assertTrue(said.contains("The 2023 edition is unchanged: copied from " + dir.resolve("target/cache") + "."), said.toString());
        assertTrue(page("2021/partners/lakeside-library/index.html").text().contains("Open every day."));
        assertEquals(List.of("2023 report card", "2021 report card"), page("editions/index.html")
                .select("ul.edition-list > li > a").eachText(), "newest first");
    }

    @Test
    void thePreviewServesTheEditionsToo() throws Exception {
        SiteSession session = new SiteSession(content, new Options(null, false, true), dir.resolve("target/cache"), reporter);
        Rebuilt first = session.rebuild(java.util.Set.of());
        assertTrue(first.all() && !first.failed(), first.problems().toString());
        String edition = new String(session.file("2023/indicators/index.html").orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(edition.contains("edition-banner") && !edition.contains("reload.js"), "a past edition, without live reload");
        assertTrue(session.file("changes-since/2023/index.html").isPresent());
        append("indicators/school-readiness.csv", "2022,45.0,\n");
        Rebuilt second = session.rebuild(java.util.Set.of("indicators/school-readiness.csv"));
        assertFalse(second.all());
        assertTrue(second.changed().contains("changes-since/2023/index.html"), second.changed().toString());
        assertTrue(session.file("2023/indicators/index.html").isPresent(), "kept between rebuilds");
    }

    private static List<Path> htmlUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> keys(Map<String, byte[]> files) {
        return List.copyOf(files.keySet());
    }
}

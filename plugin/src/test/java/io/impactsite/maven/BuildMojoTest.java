package io.impactsite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.engine.Options;
import io.impactsite.engine.SiteBuilder;
import io.impactsite.testing.Folders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * {@code impactsite:build} as Maven runs it: its parameters set as Maven sets them, on a small site,
 * and each outcome of the engine mapped onto the log and the failure Maven shows.
 */
class BuildMojoTest {
    static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path project;
    private Path content;
    private Path output;
    private final RecordingLog log = new RecordingLog();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void minimalSite() {
        content = Folders.copy(MINIMAL, project.resolve("content"));
        output = project.resolve("target/site");
    }

    /** The Mojo as Maven makes it: defaults of the POM's parameters, no CI. */
    private BuildMojo mojo() {
        BuildMojo mojo = new BuildMojo();
        mojo.contentDirectory = content.toFile();
        mojo.outputDirectory = output.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.environment = Map.of();
        mojo.console = new PrintStream(console, true, StandardCharsets.UTF_8);
        mojo.setLog(log);
        return mojo;
    }

    static List<String> files(Path folder) throws IOException {
        if (!Files.exists(folder)) return List.of();
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private String canonical(String page) throws IOException {
        var link = Jsoup.parse(output.resolve(page).toFile(), "UTF-8").selectFirst("link[rel=canonical]");
        return link == null ? null : link.attr("href");
    }

    private List<String> sitemap() throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList locs = f.newDocumentBuilder().parse(output.resolve("sitemap.xml").toFile())
                .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) out.add(locs.item(i).getTextContent().strip());
        return out;
    }

    @Test
    void theDefaultsBuildTheContentFolderIntoTheOutputFolder() throws Exception {
        mojo().execute();
        assertTrue(files(output).containsAll(List.of("index.html", "goals/school-ready/index.html",
                "indicators/school-readiness/index.html", "partners/lakeside-library/index.html", "feed.xml")), files(output).toString());
        assertEquals(List.of(), log.at("WARN"), "a new site without its address builds without a warning");
        assertEquals(2, log.at("INFO").size(), log.lines().toString());
        assertEquals(SiteBuilder.NO_BASE_URL, log.at("INFO").get(0), "said once, with what to do");
        assertTrue(log.at("INFO").get(1).matches("Wrote \\d+ pages \\(\\d+ files\\) to " + java.util.regex.Pattern.quote(
                output.toString()) + " in .*"), log.at("INFO").get(1));
        assertEquals(List.of(), log.at("ERROR"));
        assertFalse(Files.exists(output.resolve("sitemap.xml")), "no sitemap without a base URL");
        assertEquals(null, canonical("index.html"), "no canonical link without a base URL");
        assertEquals("", console.toString(StandardCharsets.UTF_8), "outside CI nothing is printed");
    }

    @Test
    void theParametersBecomeTheEnginesOptions() {
        BuildMojo mojo = mojo();
        assertEquals(new Options(null, false, false), mojo.options(), "the POM's defaults");
        mojo.baseUrl = "https://preview.example.org/";
        mojo.strict = true;
        mojo.drafts = true;
        assertEquals(new Options("https://preview.example.org/", true, true), mojo.options());
    }

    @Test
    void baseUrlIsInEveryCanonicalLinkAndTheSitemapAndOverridesTheInitiatives() throws Exception {
        Files.writeString(content.resolve("initiative.yml"), Files.readString(content.resolve("initiative.yml"))
                + "site:\n  baseUrl: https://example.org/lakeside/\n");
        BuildMojo mojo = mojo();
        mojo.baseUrl = "https://preview.example.org/pr-7";   // a "/" is added
        mojo.execute();
        assertEquals("https://preview.example.org/pr-7/", canonical("index.html"));
        assertEquals("https://preview.example.org/pr-7/goals/school-ready/", canonical("goals/school-ready/index.html"));
        List<String> sitemap = sitemap();
        assertTrue(sitemap.containsAll(List.of("https://preview.example.org/pr-7/",
                "https://preview.example.org/pr-7/indicators/school-readiness/")), sitemap.toString());
        assertTrue(sitemap.stream().allMatch(u -> u.startsWith("https://preview.example.org/pr-7/")), sitemap.toString());
        assertTrue(Files.readString(output.resolve("robots.txt")).contains("Sitemap: https://preview.example.org/pr-7/sitemap.xml"));
        assertEquals(List.of(), log.at("WARN"));
    }

    @Test
    void aBlankBaseUrlKeepsTheInitiatives() throws Exception {
        Files.writeString(content.resolve("initiative.yml"), Files.readString(content.resolve("initiative.yml"))
                + "site:\n  baseUrl: https://example.org/lakeside/\n");
        BuildMojo mojo = mojo();
        mojo.baseUrl = " ";
        mojo.execute();
        assertEquals("https://example.org/lakeside/goals/reading/", canonical("goals/reading/index.html"));
    }

    @Test
    void strictTurnsAWarningIntoAFailureAndNothingIsWritten() throws IOException {
        Folders.addStrayCsv(content);
        BuildMojo mojo = mojo();
        mojo.strict = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("1 problem in the content of " + content + " (listed above). Nothing was written.", e.getMessage());
        assertEquals(List.of(Folders.STRAY), log.at("ERROR"), "the warning, now an error");
        assertEquals(List.of(), log.at("WARN"));
        assertEquals(List.of(), files(project.resolve("target")));
    }

    @Test
    void strictWithoutWarningsBuilds() throws Exception {
        BuildMojo mojo = mojo();
        mojo.strict = true;
        mojo.baseUrl = "https://example.org/";
        mojo.execute();
        assertTrue(Files.isRegularFile(output.resolve("sitemap.xml")));
    }

    @Test
    void skipWritesNothingAndSaysSo() throws Exception {
        BuildMojo mojo = mojo();
        mojo.skip = true;
        mojo.contentDirectory = project.resolve("no-such-folder").toFile();   // not even looked at
        mojo.execute();
        assertEquals(List.of("INFO Skipping impactsite:build (impactsite.skip=true)"), log.lines());
        assertFalse(Files.exists(project.resolve("target")), "no output, no staging folder, no report");
    }

    @Test
    void contentErrorsFailTheBuildEachLoggedWithFileAndLineAndThePreviousSiteStays() throws Exception {
        mojo().execute();
        List<String> previous = files(output);
        String home = Files.readString(output.resolve("index.html"));
        Files.writeString(content.resolve("indicators/school-readiness.csv"), "period,value,race\n2019,40.0,\n2020,forty-two,\n");
        Files.writeString(content.resolve("partners/lakeside-library.yml"), Files.readString(
                content.resolve("partners/lakeside-library.yml")).replace("goal: reading", "goal: no-such-goal"));

        RecordingLog second = new RecordingLog();
        BuildMojo mojo = mojo();
        mojo.setLog(second);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("2 problems in the content of " + content + " (listed above). Nothing was written.", e.getMessage());
        List<String> errors = second.at("ERROR");
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("indicators/school-readiness.csv:3:2: `forty-two`"), errors.toString());
        assertTrue(errors.get(1).startsWith("partners/lakeside-library.yml:4:"), errors.toString());
        assertTrue(errors.get(1).contains("no-such-goal"), errors.toString());
        assertEquals(previous, files(output));
        assertEquals(home, Files.readString(output.resolve("index.html")));
        assertEquals(List.of("site"), Files.list(project.resolve("target")).map(p -> p.getFileName().toString())
                .filter(n -> !n.equals("impactsite-editions")).toList(), "no staging folder left beside the output");
    }

    @Test
    void aMissingContentFolderNamesTheParameter() {
        BuildMojo mojo = mojo();
        mojo.contentDirectory = project.resolve("no-such-folder").toFile();
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("<contentDirectory> (-Dimpactsite.contentDirectory): the content folder "
                + project.resolve("no-such-folder") + " does not exist."), e.getMessage());
        assertFalse(Files.exists(output));
    }

    @Test
    void anOutputFolderThatWouldReplaceTheContentNamesTheParameter() throws IOException {
        List<String> before = files(project);
        for (Path unsafe : List.of(project, content, content.resolve("indicators/site"), content.resolve("templates/site"))) {
            BuildMojo mojo = mojo();
            mojo.outputDirectory = unsafe.toFile();
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute, unsafe.toString());
            assertTrue(e.getMessage().startsWith("<outputDirectory> (-Dimpactsite.outputDirectory): the output folder "
                    + unsafe), e.getMessage());
        }
        assertEquals(before, files(project), "the content is as it was");
    }

    /** An output folder that cannot be made is a parameter to fix, not a bug in the plugin. */
    @Test
    void anOutputFolderBelowAFileNamesTheParameter() throws IOException {
        Files.writeString(project.resolve("target"), "a file");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo()::execute);
        assertTrue(e.getMessage().startsWith("<outputDirectory> (-Dimpactsite.outputDirectory): "), e.getMessage());
    }

    @Test
    void anErrorInTheSitesOwnTemplateNamesItsFileAndLine() throws IOException {
        Files.createDirectories(content.resolve("templates"));
        Files.writeString(content.resolve("templates/home.ftlh"),
                "<#import \"layout.ftlh\" as l><@l.page>${page.noSuchField}</@l.page>\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo()::execute);
        assertEquals("The site's own template templates/home.ftlh failed at line 1 (above). Fix it, or delete it to use the "
                + "theme's. Nothing was written.", e.getMessage());
        assertEquals(1, log.at("ERROR").size(), log.lines().toString());
        assertTrue(log.at("ERROR").get(0).startsWith("templates/home.ftlh:1:"), log.at("ERROR").get(0));
        assertFalse(Files.exists(output));
    }

    @Test
    void aRuntimeExceptionIsABugAndAnExecutionException() {
        IllegalStateException bug = new IllegalStateException("two pages at one address");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo().run("build", () -> {
            throw bug;
        }));
        assertSame(bug, e.getCause());
        assertTrue(e.getMessage().startsWith("impactsite:build failed: this is a bug in Impact Site, please report it with "
                + "the output of `mvn -e`."), e.getMessage());
        assertTrue(e.getMessage().contains("two pages at one address"), e.getMessage());
    }

    /** The parameter says: "Publish drafts and updates dated in the future". */
    @Test
    void anUpdateDatedInTheFutureIsPublishedOnlyWithDrafts() throws Exception {
        Files.createDirectories(content.resolve("updates"));
        Files.writeString(content.resolve("updates/2999-01-01-next-millennium.md"), "---\ntitle: Later\n---\nText.\n");
        mojo().execute();
        assertFalse(Files.exists(output.resolve("updates/next-millennium/index.html")), "published without drafts");
        BuildMojo drafts = mojo();
        drafts.drafts = true;
        drafts.execute();
        assertTrue(Files.exists(output.resolve("updates/next-millennium/index.html")), "not published with drafts");
    }
}

package io.impactsite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoFailureException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class NewMojoTest {
    @TempDir Path here;

    private NewMojo mojo(String name) {
        NewMojo mojo = new NewMojo();
        mojo.name = name;
        mojo.pluginVersion = "9.8.7";
        mojo.workingDirectory = here.toFile();
        mojo.clock = Clock.fixed(Instant.parse("2026-03-15T09:00:00Z"), ZoneOffset.UTC);
        // the real carrier deploys this plugin with Maven Resolver: the new-site and clean-runner ITs run it
        mojo.carrier = project -> List.of(Files.createDirectories(project.resolve(CarriedPlugin.FOLDER)).toString());
        return mojo;
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** Builds the project with the engine, as `mvn site` does; returns the warnings. */
    private static List<String> build(Path project) throws Exception {
        return build(project, io.impactsite.engine.Options.DEFAULT);
    }

    private static List<String> build(Path project, io.impactsite.engine.Options options) throws Exception {
        List<String> warnings = new ArrayList<>();
        new SiteBuilder(new Reporter() {
            @Override public void info(String message) {}

            @Override public void warn(String message) {
                warnings.add(message);
            }
        }).build(new BuildRequest(project, project.resolve("target/site"), options, project.resolve("target/editions")));
        return warnings;
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void writesAProjectThatBuildsAtOnce() throws Exception {
        mojo("Lakeside Learning Partnership").execute();
        Path project = here.resolve("lakeside-learning-partnership");
        assertTrue(Files.isDirectory(project.resolve(".mvn/plugin-repository")), "the plugin carried in the project");
        assertEquals(List.of(".github/workflows/site.yml", ".gitignore", ".gitlab-ci.yml", ".mvn/jvm.config", "README.md",
                "indicators/kindergarten-readiness.csv", "indicators/kindergarten-readiness.yml", "initiative.yml",
                "pages/approach.md", "partners/public-library.yml", "pom.xml", "updates/2026-03-14-welcome.md"), files(project));

        assertEquals(List.of(), build(project, new io.impactsite.engine.Options(null, true, false)),
                "strict: a new project builds without a single warning");
        Path site = project.resolve("target/site");
        assertEquals("Lakeside Learning Partnership", Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").title());
        for (String page : List.of("goals/school-ready/index.html", "indicators/kindergarten-readiness/index.html",
                "partners/public-library/index.html", "updates/welcome/index.html", "approach/index.html")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        assertTrue(Files.readString(project.resolve("initiative.yml")).contains("\nstarted: 2026 "));
    }

    @Test
    void thePomUsesThisPluginAtItsVersionAndSkipsMavensOwnSite() throws Exception {
        mojo("Lakeside Learning Partnership").execute();
        Document pom = xml(here.resolve("lakeside-learning-partnership/pom.xml"));
        assertEquals("lakeside-learning-partnership", pom.getElementsByTagName("artifactId").item(0).getTextContent());
        assertEquals("Lakeside Learning Partnership", pom.getElementsByTagName("name").item(0).getTextContent());
        String text = Files.readString(here.resolve("lakeside-learning-partnership/pom.xml"));
        assertTrue(text.contains("<artifactId>impactsite-maven-plugin</artifactId>\n        <version>9.8.7</version>"), text);
        assertTrue(text.contains("<configuration><skip>true</skip></configuration>"), text);
        var repository = (org.w3c.dom.Element) pom.getElementsByTagName("pluginRepository").item(0);
        assertEquals(CarriedPlugin.REPOSITORY_ID, repository.getElementsByTagName("id").item(0).getTextContent());
        assertEquals("file://${project.basedir}/" + CarriedPlugin.FOLDER,
                repository.getElementsByTagName("url").item(0).getTextContent(), "the carried plugin's folder");
    }

    /** The theme and every version are pinned once, in the parent pom: the scaffold follows it. */
    @Test
    void theSitePluginVersionIsTheParents() throws Exception {
        Document parent = xml(Path.of("../pom.xml"));
        var plugins = parent.getElementsByTagName("plugin");
        String version = null;
        for (int i = 0; i < plugins.getLength(); i++) {
            var plugin = (org.w3c.dom.Element) plugins.item(i);
            if (plugin.getElementsByTagName("artifactId").item(0).getTextContent().equals("maven-site-plugin")
                    && plugin.getElementsByTagName("version").getLength() > 0) {
                version = plugin.getElementsByTagName("version").item(0).getTextContent();
            }
        }
        String scaffold = new String(new NewSite().content("pom.xml.ftlx",
                NewSite.Values.of("X", "x", "1", java.time.LocalDate.of(2026, 1, 2))), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(scaffold.contains("<artifactId>maven-site-plugin</artifactId>\n        <version>" + version + "</version>"),
                "maven-site-plugin " + version);
    }

    @Test
    void aNameWithQuotesColonsAndMarkupStaysTheName() throws Exception {
        String name = "Café \"Union\": 50% <better> & #1 'together'";
        NewMojo mojo = mojo(name);
        mojo.folder = "cafe";
        mojo.execute();
        Path project = here.resolve("cafe");
        assertEquals(name, xml(project.resolve("pom.xml")).getElementsByTagName("name").item(0).getTextContent());
        assertEquals("cafe-union-50-better-1-together",
                xml(project.resolve("pom.xml")).getElementsByTagName("artifactId").item(0).getTextContent());
        build(project);
        assertEquals(name, Jsoup.parse(project.resolve("target/site/index.html").toFile(), "UTF-8").title());
    }

    @Test
    void neverWritesIntoAnExistingFolder() throws Exception {
        Path existing = Files.createDirectories(here.resolve("lakeside-learning-partnership"));
        Files.writeString(existing.resolve("initiative.yml"), "mine");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo("Lakeside Learning Partnership").execute());
        assertTrue(e.getMessage().contains("already exists") && e.getMessage().contains("-Dimpactsite.folder"), e.getMessage());
        assertEquals(List.of("initiative.yml"), files(existing));
        assertEquals("mine", Files.readString(existing.resolve("initiative.yml")));
    }

    @Test
    void norOverAFileOfThatName() throws Exception {
        Files.writeString(here.resolve("north"), "a file");
        NewMojo mojo = mojo("North Partnership");
        mojo.folder = "north";
        assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("a file", Files.readString(here.resolve("north")));
    }

    @Test
    void theFolderMayBeNestedAndTheIdComesFromTheName() throws Exception {
        NewMojo mojo = mojo("North Side Partnership");
        mojo.folder = "sites/north";
        mojo.execute();
        Document pom = xml(here.resolve("sites/north/pom.xml"));
        assertEquals("north-side-partnership", pom.getElementsByTagName("artifactId").item(0).getTextContent());
    }

    @Test
    void aNameWithoutLatinLettersTakesItsIdFromTheFolderOrADefault() throws Exception {
        mojo("東京").execute();
        assertTrue(Files.isRegularFile(here.resolve("impact-site/pom.xml")));
        NewMojo named = mojo("大阪");
        named.folder = "osaka";
        named.execute();
        assertEquals("osaka", xml(here.resolve("osaka/pom.xml")).getElementsByTagName("artifactId").item(0).getTextContent());
    }

    @Test
    void withoutANameItSaysHowToGiveOne() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo("  ").execute());
        assertTrue(e.getMessage().contains("mvn io.impactsite:impactsite-maven-plugin:9.8.7:new -Dimpactsite.name=\""), e.getMessage());
        assertThrows(MojoFailureException.class, () -> mojo(null).execute());
        assertThrows(MojoFailureException.class, () -> mojo("Two\nLines").execute());
        assertEquals(0, here.toFile().list().length, "nothing written");
    }

    @Test
    void skipWritesNothing() throws Exception {
        NewMojo mojo = mojo("Lakeside");
        mojo.skip = true;
        mojo.execute();
        assertEquals(0, here.toFile().list().length);
    }

    @Test
    void slugs() {
        assertEquals("lakeside-learning-partnership", NewSite.slug("Lakeside Learning Partnership"));
        assertEquals("sao-paulo-juntos", NewSite.slug("  São Paulo — Juntos! "));
        assertEquals("c2c-2030", NewSite.slug("C2C_2030"));
        assertEquals("", NewSite.slug("東京"));
    }

    /** Every file under impactsite/new/ is part of the scaffold, and every file of the scaffold is there. */
    @Test
    void theScaffoldListsEveryResource() throws IOException {
        Path resources = Path.of("src/main/resources/impactsite/new");
        List<String> listed = NewSite.files(NewSite.Values.of("X", "x", "1", java.time.LocalDate.of(2026, 1, 2))).stream()
                .map(NewSite.ScaffoldFile::resource).sorted().toList();
        assertEquals(files(resources), listed);
        assertFalse(listed.stream().anyMatch(r -> r.startsWith(".")), "dot files are left out of jars: name them without the dot");
    }
}

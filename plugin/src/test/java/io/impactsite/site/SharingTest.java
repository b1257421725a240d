package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import io.impactsite.testing.Folders;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the example site tells the sites it is shared on and search engines: a 1200 x 630 social card per
 * indicator page referenced by an absolute og:image, Open Graph and Twitter card tags, schema.org JSON-LD (the
 * initiative as an Organization, each indicator as a Dataset with its downloads, the open data as a DataCatalog),
 * and the open data's licence on /data/ and in datapackage.json.
 */
class SharingTest {
    private static final String BASE_URL = "https://example.org/riverbend/";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static Path site;
    private static List<String> indicators;

    @BeforeAll
    static void build() throws Exception {
        site = ExampleSite.build();
        try (Stream<Path> files = Files.list(ExampleSite.CONTENT.resolve("indicators"))) {
            indicators = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        assertTrue(indicators.size() >= 10, "indicators: " + indicators);
    }

    private static Document page(Path root, String path) throws Exception {
        return Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
    }

    private static String meta(Document d, String property) {
        Element e = d.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? null : e.attr("content");
    }

    private static JsonNode jsonLd(Document d) throws Exception {
        List<Element> blocks = d.select("script[type=application/ld+json]");
        assertEquals(1, blocks.size(), "JSON-LD blocks");
        return JSON.readTree(blocks.get(0).data());
    }

    @Test
    void everyIndicatorPageHasASocialCardOf1200By630ReferencedByAnAbsoluteAddress() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String id : indicators) {
            Path png = site.resolve("indicators/" + id + "/card.png");
            if (!Files.isRegularFile(png)) {
                problems.add(id + ": no card.png");
                continue;
            }
            BufferedImage image = ImageIO.read(png.toFile());
            if (image == null || image.getWidth() != 1200 || image.getHeight() != 630) {
                problems.add(id + ": card is " + (image == null ? "not a PNG" : image.getWidth() + "x" + image.getHeight()));
            }
            Document d = page(site, "indicators/" + id + "/index.html");
            String og = meta(d, "og:image");
            if (!(BASE_URL + "indicators/" + id + "/card.png").equals(og)) problems.add(id + ": og:image is " + og);
            if (!"summary_large_image".equals(meta(d, "twitter:card"))) problems.add(id + ": twitter:card " + meta(d, "twitter:card"));
            if (!"1200".equals(meta(d, "og:image:width")) || !"630".equals(meta(d, "og:image:height"))) {
                problems.add(id + ": og:image size " + meta(d, "og:image:width") + "x" + meta(d, "og:image:height"));
            }
            String alt = meta(d, "og:image:alt");
            if (alt == null || !alt.contains(d.selectFirst("h1").text())) problems.add(id + ": og:image:alt is " + alt);
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void pagesSayWhatTheyAreToTheSitesTheyAreSharedOn() throws Exception {
        Document home = page(site, "index.html");
        assertEquals("website", meta(home, "og:type"));
        assertEquals("Riverbend Cradle to Career Partnership", meta(home, "og:site_name"));
        assertEquals("en_US", meta(home, "og:locale"));
        assertEquals("summary", meta(home, "twitter:card"), "a page without a card of its own");
        assertEquals(null, meta(home, "og:image"));
        Path updates = site.resolve("updates");
        try (Stream<Path> s = Files.list(updates)) {
            Path one = s.filter(p -> Files.isRegularFile(p.resolve("index.html"))).findFirst().orElseThrow();
            Document update = page(one, "index.html");
            assertEquals("article", meta(update, "og:type"));
            assertTrue(meta(update, "article:published_time").matches("\\d{4}-\\d{2}-\\d{2}"));
        }
    }

    @Test
    void homePageDescribesTheInitiativeAsAnOrganization() throws Exception {
        JsonNode org = jsonLd(page(site, "index.html"));
        assertEquals("https://schema.org", org.path("@context").asText());
        assertEquals("Organization", org.path("@type").asText());
        assertEquals("Riverbend Cradle to Career Partnership", org.path("name").asText());
        assertEquals(BASE_URL, org.path("url").asText());
        assertEquals(BASE_URL + "assets/logo.svg", org.path("logo").asText());
        assertEquals("2014", org.path("foundingDate").asText());
    }

    @Test
    void everyIndicatorPageDescribesItselfAsADatasetWithItsDownloads() throws Exception {
        for (String id : indicators) {
            Document d = page(site, "indicators/" + id + "/index.html");
            JsonNode ds = jsonLd(d);
            assertEquals("Dataset", ds.path("@type").asText(), id);
            assertEquals(d.selectFirst("h1").text(), ds.path("name").asText(), id);
            assertTrue(ds.path("description").asText().length() >= 50, id + ": description " + ds.path("description"));
            assertEquals(BASE_URL + "indicators/" + id + "/", ds.path("url").asText(), id);
            assertEquals("https://creativecommons.org/licenses/by/4.0/", ds.path("license").asText(), id);
            assertEquals("Organization", ds.path("publisher").path("@type").asText(), id);
            List<String> formats = new ArrayList<>();
            for (JsonNode download : ds.path("distribution")) {
                assertEquals("DataDownload", download.path("@type").asText(), id);
                String url = download.path("contentUrl").asText();
                assertTrue(url.startsWith(BASE_URL + "data/"), id + ": " + url);
                assertTrue(Files.isRegularFile(site.resolve(url.substring(BASE_URL.length()))), id + ": no file at " + url);
                formats.add(download.path("encodingFormat").asText());
            }
            assertTrue(formats.contains("application/json"), id + ": " + formats);
            boolean hasCsv = Files.isRegularFile(site.resolve("data/" + id + ".csv"));
            assertEquals(hasCsv, formats.contains("text/csv"), id + ": " + formats);
        }
    }

    @Test
    void openDataStatesItsLicenceOnThePageInTheCatalogueAndInTheDataPackage() throws Exception {
        Document data = page(site, "data/index.html");
        Element licence = data.selectFirst("a[rel=license]");
        assertNotNull(licence, "a link to the licence on /data/");
        assertEquals("https://creativecommons.org/licenses/by/4.0/", licence.attr("href"));
        assertTrue(licence.text().contains("Creative Commons Attribution 4.0"), licence.text());
        JsonNode catalog = jsonLd(data);
        assertEquals("DataCatalog", catalog.path("@type").asText());
        assertEquals(indicators.size(), catalog.path("dataset").size());
        JsonNode pkg = JSON.readTree(Files.readString(site.resolve("data/datapackage.json"), StandardCharsets.UTF_8));
        assertEquals(1, pkg.path("licenses").size());
        assertEquals("CC-BY-4.0", pkg.path("licenses").get(0).path("name").asText());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", pkg.path("licenses").get(0).path("path").asText());
    }

    /** Without a base URL there is no absolute address for og:image: it is left out, and so is the licence when none is stated. */
    @Test
    void withoutABaseUrlOrALicenceTheSiteClaimsNeither(@TempDir Path temp) throws Exception {
        Path content = Folders.copy(ExampleSite.CONTENT, temp.resolve("content"));
        Path yml = content.resolve("initiative.yml");
        String text = Files.readString(yml, StandardCharsets.UTF_8);
        String changed = text.replace("  baseUrl: https://example.org/riverbend/\n", "")
                .replace("  dataLicense:\n    id: CC-BY-4.0\n", "");
        assertFalse(changed.equals(text) || changed.contains("baseUrl") || changed.contains("dataLicense"), "precondition");
        Files.writeString(yml, changed, StandardCharsets.UTF_8);
        Path out = temp.resolve("site");
        new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(content, out));
        Document d = page(out, "indicators/kindergarten-readiness/index.html");
        assertEquals(null, meta(d, "og:image"));
        assertEquals("summary", meta(d, "twitter:card"));
        assertTrue(Files.isRegularFile(out.resolve("indicators/kindergarten-readiness/card.png")), "the card is still drawn");
        JsonNode ds = jsonLd(d);
        assertEquals("../../data/kindergarten-readiness.csv", ds.path("distribution").get(0).path("contentUrl").asText());
        assertTrue(ds.path("license").isMissingNode());
        assertTrue(page(out, "data/index.html").select("a[rel=license], .data-license").isEmpty());
        JsonNode pkg = JSON.readTree(Files.readString(out.resolve("data/datapackage.json"), StandardCharsets.UTF_8));
        assertTrue(pkg.path("licenses").isMissingNode(), pkg.toString());
    }
}

package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The example site's accessibility statement: every page's footer links to it, it has its sections, it gives
 * the initiative's own address for problems, and the name it gives the charts' keyboard button is the button's.
 */
class AccessibilityStatementTest {

    @Test
    void theStatementSaysWhatTheSiteDoesAndWhomToTell() throws Exception {
        Document page = ExampleSite.page("accessibility/index.html");
        assertEquals("Accessibility", page.selectFirst("h1").text());
        for (String id : List.of("aim", "checks", "charts", "limits", "contact")) {
            assertNotNull(page.getElementById(id), "section #" + id);
        }
        Element mail = page.selectFirst("#contact ~ p a[href^=mailto:]");
        assertNotNull(mail, "an address to write to");
        assertEquals("mailto:" + new ExampleContent().yaml("initiative.yml").path("communication").path("email").asText(),
                mail.attr("href"));
        String button = ExampleSite.page("indicators/kindergarten-readiness/index.html")
                .selectFirst("[data-chart-explore]").text();
        assertTrue(page.text().contains("\u201c" + button + "\u201d") || page.text().contains("\"" + button + "\""),
                "the statement names the button as it reads: " + button);
    }

    @Test
    void everyPagesFooterLinksToIt() throws Exception {
        for (String path : List.of("index.html", "indicators/kindergarten-readiness/index.html", "updates/index.html")) {
            Element link = ExampleSite.page(path).selectFirst("footer a:matchesOwn(^Accessibility$)");
            assertNotNull(link, path);
            assertTrue(link.attr("href").endsWith("accessibility/index.html"), path + ": " + link.attr("href"));
        }
    }
}

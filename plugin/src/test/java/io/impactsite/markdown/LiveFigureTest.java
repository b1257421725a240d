package io.impactsite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.model.Markdown;
import io.impactsite.model.Settings.RawHtml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Live figures: found with their lines, several to a line, and filled in (escaped) when the page is rendered. */
class LiveFigureTest {
    private final MarkdownProcessor processor = new MarkdownProcessor(RawHtml.ESCAPE, false);

    private static String value(LiveFigure f) {
        return f.tag().equals("headline") ? "3 of 4 <on track>" : f.arguments().get(0) + "/" + f.arguments().get(1);
    }

    @Test
    void tagsAreFoundWithTheirLinesTwoToALineAndAloneOnALine() {
        ParsedText text = processor.parse(new Markdown(
                "Intro.\n\nReadiness is {% figure readiness latest %} in {%figure readiness latest-period%}.\n\n{% headline %}\n",
                "updates/x.md", 5));
        assertEquals(List.of(new LiveFigure("figure", List.of("readiness", "latest"), 7),
                new LiveFigure("figure", List.of("readiness", "latest-period"), 7),
                new LiveFigure("headline", List.of(), 9)), text.figures());
    }

    @Test
    void theHtmlHoldsTheValuesEscapedAndThePlainTextToo() {
        Markdown m = new Markdown("Now {% figure readiness latest %}.\n\n{% headline %}\n", "u.md", 1);
        MarkdownIndex index = MarkdownIndex.of(List.of(Map.of("text", m)), processor);
        String html = index.html(m, "", LiveFigureTest::value);
        assertEquals("<p>Now readiness/latest.</p>\n<p>3 of 4 &lt;on track&gt;</p>\n", html);
        assertEquals("Now readiness/latest. 3 of 4 <on track>", index.plainText(m, 200, LiveFigureTest::value));
    }

    @Test
    void textThatOnlyLooksLikeATagStaysText() {
        ParsedText text = processor.parse(new Markdown("Braces { and {% alone, and `{% figure x latest %}` in code.", "u.md", 1));
        assertEquals(List.of(), text.figures());
        String html = processor.html(text);
        assertTrue(html.contains("<code>{% figure x latest %}</code>"), html);
        assertFalse(html.contains("\uE001"), html);
    }
}

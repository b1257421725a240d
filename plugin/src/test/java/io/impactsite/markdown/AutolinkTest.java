package io.impactsite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.model.Markdown;
import io.impactsite.model.Settings.RawHtml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A text that cannot hold a bare link is parsed without autolinking, to the same HTML as with it;
 * a text that may hold one still gets its links.
 */
class AutolinkTest {
    private final MarkdownProcessor processor = new MarkdownProcessor(RawHtml.ESCAPE, true);

    /** Texts without "://", "@" or "www." that come near them. */
    private static final List<String> NEAR = List.of(
            "Plain *text*, **bold**, ~~struck~~, `code` and a [link](/partners/x/).",
            "# Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nA footnote[^1].\n\n[^1]: Its note.",
            "example.org and example.org/path are not links without a scheme; nor is ww.example or www-example.",
            "Time 10:30, ratio 3:1, a label: value, http: alone, mailto:someone (no at sign).",
            "<span>raw html</span> and <a href=\"x\">an anchor</a>\n\n    indented code\n",
            "- one\n- two\n  1. nested\n\n> quoted [ref]\n\n[ref]: /pages/x/");

    private String html(String text, boolean autolinks) {
        return processor.html(new ParsedText(new Markdown(text, "t.md", 1), processor.document(text, autolinks), List.of(),
                java.util.Set.of(), List.of(), List.of()));
    }

    @Test
    void aTextWithoutABareLinkRendersTheSameWithoutAutolinking() throws IOException {
        List<String> texts = new ArrayList<>(NEAR);
        // Every Markdown file of the example initiative, whole.
        try (Stream<Path> files = Files.walk(Path.of("../content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) texts.add(Files.readString(f));
        }
        int compared = 0;
        for (String text : texts) {
            if (MarkdownProcessor.mayHoldBareLink(text)) continue;
            assertEquals(html(text, true), html(text, false), text);
            compared++;
        }
        assertTrue(compared >= NEAR.size(), "compared " + compared);
    }

    @Test
    void aTextThatMayHoldABareLinkStillGetsIt() {
        for (String text : List.of("See https://example.org/report.", "Write to info@example.org.", "Visit www.example.org today.",
                "Visit WWW.EXAMPLE.ORG today.",
                "Escaped https\\://example.org", "An entity: https&#58;//example.org or info&#64;example.org")) {
            assertTrue(MarkdownProcessor.mayHoldBareLink(text), text);
        }
        String entity = processor.html(processor.parse(new Markdown("https&#58;//example.org/x", "t.md", 1)));
        assertEquals(html("https&#58;//example.org/x", true), entity, "an address spelt with an entity is linked as before");
        String html = processor.html(processor.parse(new Markdown("See https://example.org/report and info@example.org.", "t.md", 1)));
        assertTrue(html.contains("<a href=\"https://example.org/report\">"), html);
        assertTrue(html.contains("mailto:"), html);
        NEAR.forEach(text -> assertFalse(MarkdownProcessor.mayHoldBareLink(text), text));
    }
}

package io.impactsite.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import io.impactsite.problem.Problems;
import io.impactsite.model.Markdown;
import io.impactsite.model.Settings.RawHtml;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with Flexmark: tables, footnotes, strikethrough, autolinks and heading anchors.
 * Every link and image is checked on its final, decoded address against an allow-list (Flexmark's
 * own filter misses {@code JaVaScRiPt:} and entity-encoded schemes), and root-relative links are
 * made relative to the page, so that the site works under any base path and from disk.
 * Built once; thread-safe (Flexmark's parser and renderer keep no state between documents).
 */
public final class MarkdownRenderer {
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final DataKey<PageContext> PAGE = new DataKey<>("IMPACTSITE_PAGE", new PageContext("", true, null));

    private record PageContext(String root, boolean prettyLinks, Problems problems) {}

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean prettyLinks;

    public MarkdownRenderer(RawHtml rawHtml, boolean prettyLinks) {
        this.prettyLinks = prettyLinks;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create(), AnchorLinkExtension.create()));
        // Heading ids on the heading; the anchor wraps the heading text, so it has an accessible name
        // and no id of its own (Flexmark's default would give the same id twice).
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-link");
        options.set(TablesExtension.CLASS_NAME, "data");
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPE);
        options.set(HtmlRenderer.SUPPRESS_HTML, rawHtml == RawHtml.STRIP);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return new LinkPolicy(context.getDocument().get(PAGE));
                    }
                })
                .build();
    }

    /**
     * The HTML of a Markdown text for a page {@code root} away from the site root ("../../").
     * Unsafe links are replaced by "#" and reported as warnings to {@code problems} (may be null).
     */
    public String toHtml(Markdown markdown, String root, Problems problems) {
        if (markdown == null || markdown.isBlank()) return "";
        Document document = parser.parse(markdown.text());
        document.set(PAGE, new PageContext(root, prettyLinks, problems));
        document.set(LINE_OFFSET, markdown.line());
        document.set(FILE, markdown.file());
        return renderer.render(document);
    }

    /** The text of a Markdown field without its markup, for meta descriptions and feeds. */
    public String toText(Markdown markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        String text = new TextCollectingVisitor().collectAndGetText(parser.parse(markdown.text()));
        return text.replaceAll("\\s+", " ").strip();
    }

    private static final DataKey<Integer> LINE_OFFSET = new DataKey<>("IMPACTSITE_LINE", 0);
    private static final DataKey<String> FILE = new DataKey<>("IMPACTSITE_FILE", "");

    /** The address a link may have, or null when it is not allowed. */
    static String safe(String url) {
        StringBuilder compact = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ' && c != '\u007f') compact.append(c);   // browsers ignore these inside a scheme
        }
        Matcher m = SCHEME.matcher(compact.toString().toLowerCase(Locale.ROOT));
        return m.find() && !ALLOWED_SCHEMES.contains(m.group(1)) ? null : url;
    }

    /** A root-relative address made relative to the page: "/a/b/#c" on a page two deep is "../../a/b/index.html#c". */
    static String fromRoot(String url, String root, boolean prettyLinks) {
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < end) end = i;
        }
        String path = url.substring(1, end);
        if (!prettyLinks && (path.isEmpty() || path.endsWith("/"))) path = path + "index.html";
        return root + path + url.substring(end);
    }

    /** Checks and rewrites the final href/src of links and images. */
    private record LinkPolicy(PageContext page) implements AttributeProvider {
        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            String name = node instanceof Image || node instanceof ImageRef ? "src" : "href";
            if (!(node instanceof Link || node instanceof LinkRef || node instanceof Image || node instanceof ImageRef
                    || node instanceof AutoLink || node instanceof MailLink)) return;
            if (attributes.getValue(name) == null || attributes.get(name) == null) return;
            String url = attributes.getValue(name);
            String safe = safe(url);
            if (safe == null) {
                attributes.replaceValue(name, "#");
                Document doc = node.getDocument();
                if (page.problems() != null) {
                    page.problems().warning(doc.get(FILE), doc.get(LINE_OFFSET) + node.getStartLineNumber(),
                            "the link `" + url + "` was removed: links may use http:, https:, mailto:, a relative path "
                                    + "or a #fragment.");
                }
                return;
            }
            if (url.startsWith("/") && !url.startsWith("//")) {
                attributes.replaceValue(name, fromRoot(url, page.root(), page.prettyLinks()));
            }
        }
    }
}

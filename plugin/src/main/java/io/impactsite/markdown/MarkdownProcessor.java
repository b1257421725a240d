package io.impactsite.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.impactsite.model.Markdown;
import io.impactsite.model.Settings.RawHtml;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Markdown with Flexmark: tables, footnotes, strikethrough, autolinks and heading anchors. One
 * configured parser and renderer per build; thread-safe (Flexmark's built parser and renderer keep
 * no state between documents). Each text is parsed once ({@link #parse}); what validation needs
 * (links, anchors) is read off the tree, and HTML is rendered from the same tree.
 */
public final class MarkdownProcessor {
    private final Parser parser;
    /** The same parser without autolinks, for a text that cannot hold a bare link. */
    private final Parser withoutAutolinks;
    private final HtmlRenderer renderer;
    private final RawHtml rawHtml;
    private final boolean prettyLinks;

    public MarkdownProcessor(RawHtml rawHtml, boolean prettyLinks) {
        this.rawHtml = rawHtml;
        this.prettyLinks = prettyLinks;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create(), AnchorLinkExtension.create(),
                LiveFigureSyntax.create()));
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
        this.withoutAutolinks = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create(),
                AnchorLinkExtension.create(), LiveFigureSyntax.create()))).build();
        this.renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public LinkPolicy apply(LinkResolverContext context) {
                        return new LinkPolicy(MarkdownProcessor.this.prettyLinks);
                    }
                })
                .build();
    }

    /** The text parsed, with its links and the ids of its headings. */
    public ParsedText parse(Markdown markdown) {
        Document document = document(markdown.text(), mayHoldBareLink(markdown.text()));
        List<ParsedText.LinkTarget> links = new ArrayList<>();
        collect(document, markdown.line(), links);
        HeaderIdGenerator ids = new HeaderIdGenerator();
        ids.generateIds(document);
        Set<String> anchors = new LinkedHashSet<>();
        List<LiveFigure> figures = new ArrayList<>();
        List<ParsedText.RawHtml> html = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof Heading h && h.getAnchorRefId() != null) anchors.add(h.getAnchorRefId());
            else if (n instanceof LiveFigureSyntax.Tag t) figures.add(t.figure(markdown.line()));
            else if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                html.add(new ParsedText.RawHtml(start(n.getChars().toString()), markdown.line() + n.getStartLineNumber()));
            }
        }
        return new ParsedText(markdown, document, List.copyOf(links), Set.copyOf(anchors), List.copyOf(figures),
                List.copyOf(html));
    }

    /** How a piece of raw HTML starts, to name it in a message: its first line, at most 40 characters. */
    private static String start(String html) {
        String first = html.strip().lines().findFirst().orElse("");
        return first.length() <= 40 ? first : first.substring(0, 39) + "\u2026";
    }

    /** The text's tree, by the parser with autolinks or the one without. */
    Document document(String text, boolean autolinks) {
        return (autolinks ? parser : withoutAutolinks).parse(text);
    }

    /**
     * Whether a text may hold an address that autolinking would turn into a link. Autolink (nibor's
     * scanners under Flexmark's extension) starts only at "://", "@" or "www.", in the text with its
     * backslash escapes and entities decoded; a text with none of them, and no '\\' or '&' that could
     * spell one, is parsed without it, to the same tree. Autolinking was a third of a large site's parsing.
     */
    static boolean mayHoldBareLink(String text) {
        return text.contains("://") || text.indexOf('@') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\\') >= 0
                || text.toLowerCase(Locale.ROOT).contains("www.");
    }

    private static void collect(Document document, int lineOffset, List<ParsedText.LinkTarget> into) {
        for (Node n : document.getDescendants()) {
            String url = null;
            boolean image = false;
            if (n instanceof Link l) url = l.getUrl().toString();
            else if (n instanceof Image i) {
                url = i.getUrl().toString();
                image = true;
            } else if (n instanceof Reference r) url = r.getUrl().toString();
            else if (n instanceof AutoLink a) url = a.getUrl().toString();
            else if (n instanceof MailLink) continue;
            // as the renderer writes it: entities and backslash escapes decoded (java&#115;cript: is javascript:)
            if (url != null) into.add(new ParsedText.LinkTarget(Escaping.unescapeString(url), lineOffset + n.getStartLineNumber(), image));
        }
        // LinkRef and ImageRef resolve to a Reference, whose address is checked where it is defined.
    }

    /**
     * The HTML of a parsed text, with {@link ParsedText#ROOT} where the page's root goes: one text
     * shows on pages at several depths, and is rendered once.
     */
    public String html(ParsedText text) {
        return renderer.render(text.document());
    }

    /** The text without its markup, for meta descriptions and feeds; live figures as placeholders. */
    public String plainText(ParsedText text) {
        Document document = text.document();
        if (!text.figures().isEmpty()) { // the collector skips tags: the text again, each tag its placeholder
            StringBuilder source = new StringBuilder(document.getChars());
            List<LiveFigureSyntax.Tag> tags = new ArrayList<>();
            document.getDescendants().forEach(n -> { if (n instanceof LiveFigureSyntax.Tag t) tags.add(t); });
            for (int k = tags.size() - 1; k >= 0; k--) {
                LiveFigureSyntax.Tag t = tags.get(k);
                source.replace(t.getStartOffset(), t.getEndOffset(), t.figure(0).placeholder());
            }
            document = parser.parse(source.toString());
        }
        return new TextCollectingVisitor().collectAndGetText(document).replaceAll("\\s+", " ").strip();
    }

    /** Two processors with the same settings render the same HTML. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MarkdownProcessor p && p.rawHtml == rawHtml && p.prettyLinks == prettyLinks;
    }

    @Override
    public int hashCode() {
        return rawHtml.hashCode() * 31 + Boolean.hashCode(prettyLinks);
    }

    /** Whether a link may have this address: http, https, mailto, or no scheme (relative, a fragment), in any spelling. */
    public static boolean isSafe(String url) {
        return LinkPolicy.safe(url);
    }

    static boolean isLinkNode(Node node) {
        return node instanceof Link || node instanceof LinkRef || node instanceof Image || node instanceof ImageRef
                || node instanceof AutoLink || node instanceof MailLink;
    }
}

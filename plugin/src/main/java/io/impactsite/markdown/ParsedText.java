package io.impactsite.markdown;

import com.vladsch.flexmark.util.ast.Document;
import io.impactsite.model.Markdown;
import java.util.List;
import java.util.Set;

/**
 * A Markdown text parsed once: its tree (read-only from here on), the addresses it links to, and
 * the ids of its headings (the fragments a link into it may name), the figures it quotes, and its raw HTML.
 */
public record ParsedText(Markdown source, Document document, List<LinkTarget> links, Set<String> anchors,
                         List<LiveFigure> figures, List<RawHtml> rawHtml) {
    /** Stands for the page's root ("../../") in rendered HTML; a private-use character content does not hold. */
    public static final String ROOT = "\uE000";

    /** A link or image address as written, and the line of the content file it is on. */
    public record LinkTarget(String url, int line, boolean image) {}

    /** HTML written in the text (a tag, a block, a comment): how it starts, and the line of the content file it is on. */
    public record RawHtml(String start, int line) {}
}

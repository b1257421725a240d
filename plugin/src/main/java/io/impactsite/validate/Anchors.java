package io.impactsite.validate;

import io.impactsite.markdown.MarkdownIndex;
import io.impactsite.markdown.ParsedText;
import io.impactsite.pages.Page;
import java.util.Set;
import java.util.TreeSet;

/** The fragments a page is known to have: those its template writes, and its Markdown body's headings. */
record Anchors(MarkdownIndex texts) {
    /** Ids every page's frame has. */
    private static final Set<String> FRAME = Set.of("main");

    /** Whether the page's fragments are known, so that a link to another one can be refused. */
    boolean known(Page page) {
        return !page.anchors().isEmpty() || !page.bodies().isEmpty();
    }

    Set<String> of(Page page) {
        Set<String> ids = new TreeSet<>(FRAME);
        ids.addAll(page.anchors());
        page.bodies().forEach(b -> {
            ParsedText t = texts.get(b);
            if (t != null) ids.addAll(t.anchors());
        });
        return ids;
    }

    boolean has(Page page, String id) {
        return of(page).contains(id);
    }
}

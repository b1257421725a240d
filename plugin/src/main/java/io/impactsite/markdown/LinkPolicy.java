package io.impactsite.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and rewrites the final href/src of links and images as they are rendered: an address
 * with a scheme outside the allow-list becomes "#" (Flexmark's own filter misses {@code JaVaScRiPt:}
 * and entity-encoded schemes; the validation stage has reported it already), and a root-relative
 * address is made relative to the page through the {@link ParsedText#ROOT} placeholder, so that
 * the site works under any base path and from disk.
 */
record LinkPolicy(boolean prettyLinks) implements AttributeProvider {
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!MarkdownProcessor.isLinkNode(node)) return;
        String name = node instanceof Image || node instanceof ImageRef ? "src" : "href";
        if (attributes.getValue(name) == null || attributes.get(name) == null) return;
        String url = attributes.getValue(name);
        if (!safe(url)) {
            attributes.replaceValue(name, "#");
        } else if (url.startsWith("/") && !url.startsWith("//")) {
            attributes.replaceValue(name, fromRoot(url, ParsedText.ROOT, prettyLinks));
        }
    }

    /** Whether a link may have this address: http, https, mailto, or no scheme (relative, a fragment). */
    static boolean safe(String url) {
        StringBuilder compact = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ' && c != '\u007f') compact.append(c);   // browsers ignore these inside a scheme
        }
        Matcher m = SCHEME.matcher(compact.toString().toLowerCase(Locale.ROOT));
        return !m.find() || ALLOWED_SCHEMES.contains(m.group(1));
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
}

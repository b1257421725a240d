package io.impactsite.validate;

import io.impactsite.problem.Suggestions;

import io.impactsite.markdown.MarkdownProcessor;
import io.impactsite.markdown.ParsedText;
import io.impactsite.pages.Address;
import io.impactsite.pages.Page;
import io.impactsite.pages.PageTree;
import io.impactsite.problem.Problems;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every link and image of one Markdown text: an allowed scheme, and for an address inside
 * the site a page or file that exists, and a heading or fragment that the page has. A text that is
 * a page's body resolves relative addresses against that page; a text shown on several pages (a
 * description in YAML) must write them from the site root.
 */
final class LinkCheck {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.\\-]*:.*");
    private static final Pattern PICTURE = Pattern.compile("(?i).+\\.(png|jpe?g|gif|svg|webp|avif)$");
    private static final Pattern COMPUTER = Pattern.compile("^/(home|Users|tmp|var|etc|mnt|Volumes|private)/.*");

    private final PageTree tree;
    private final Set<String> otherFiles;
    private final Anchors anchors;
    private final Problems problems;

    LinkCheck(PageTree tree, Set<String> otherFiles, Anchors anchors, Problems problems) {
        this.tree = tree;
        this.otherFiles = otherFiles;
        this.anchors = anchors;
        this.problems = problems;
    }

    /** @param home the page the text is the body of, when it is one page's body only */
    void check(ParsedText text, Optional<Page> home) {
        String file = text.source().file();
        for (ParsedText.LinkTarget link : text.links()) {
            String url = link.url().strip();
            String what = link.image() ? "the image `" + url + "`" : "the link `" + url + "`";
            if (url.isEmpty()) continue;
            if (DRIVE.matcher(url).matches() || url.startsWith("file:") || COMPUTER.matcher(url).matches()) {
                problems.error(file, link.line(), what + " is a path on this computer, which readers of the site cannot "
                        + "open. Copy the file into assets/ and write `/assets/<its name>`.");
                continue;
            }
            if (!MarkdownProcessor.isSafe(url)) {
                problems.warning(file, link.line(), "the link `" + url + "` was removed: links may use http:, https:, "
                        + "mailto:, a relative path or a #fragment.");
                continue;
            }
            if (hasScheme(url) || url.startsWith("//")) continue;   // another site's page: not ours to check
            if (url.startsWith("#")) {
                if (home.isPresent() && !text.anchors().contains(url.substring(1)) && !anchors.has(home.get(), url.substring(1))) {
                    problems.error(file, link.line(), what + " names a heading that this page does not have."
                            + nearest(url.substring(1), anchors.of(home.get())));
                }
                continue;
            }
            String target;
            if (url.startsWith("/")) {
                target = url;
            } else if (home.isPresent()) {
                target = "/" + home.get().address().path() + url;
            } else {
                problems.error(file, link.line(), what + " is relative, but this text shows on several pages at "
                        + "different depths, so it would lead somewhere else on each. Write it from the site root, such "
                        + "as `/" + url.replaceAll("^(\\.\\.?/)+", "") + "`.");
                continue;
            }
            resolve(target).ifPresentOrElse(found -> fragment(file, link, what, found, url),
                    () -> missing(file, link, what, target));
        }
    }

    private void fragment(String file, ParsedText.LinkTarget link, String what, Address found, String url) {
        int hash = url.indexOf('#');
        if (hash < 0) return;
        String id = url.substring(hash + 1);
        Optional<Page> page = tree.get(found);
        if (page.isPresent() && anchors.known(page.get()) && !anchors.has(page.get(), id)) {
            problems.error(file, link.line(), what + " names `#" + id + "`, which " + found + " does not have."
                    + nearest(id, anchors.of(page.get())));
        }
    }

    private void missing(String file, ParsedText.LinkTarget link, String what, String target) {
        String path = path(target);
        if (normalise(path) == null) {
            problems.error(file, link.line(), what + " leads outside the site's folder, so it cannot be published. "
                    + "Copy the file into assets/ and link it as `/assets/<its name>`.");
            return;
        }
        // an image can only be a picture; a link may be a page or any file
        List<String> addresses = tree.pages().stream().map(Page::address)
                .filter(a -> !link.image() || PICTURE.matcher(a.path()).matches()).map(Address::toString).toList();
        String hint = Suggestions.nearestAddress("/" + normalise(path), addresses)
                .map(n -> " The nearest existing address is `" + n + "`.").orElse("")
                + (link.image() ? " An image must be a file of the site: put it in assets/ and write `/assets/<its name>`." : "");
        problems.error(file, link.line(), what + " leads to " + "/" + normalise(path) + ", which the site does not "
                + "have." + hint);
    }

    /** The page or file an address inside the site names, if there is one. */
    private Optional<Address> resolve(String target) {
        String path = normalise(path(target));
        if (path == null) return Optional.empty();
        if (path.isEmpty() || path.endsWith("/")) return has(new Address(path));
        if (path.endsWith("/index.html") || path.equals("index.html")) {
            return has(new Address(path.substring(0, path.length() - "index.html".length())));
        }
        if (otherFiles.contains(path)) return Optional.of(Address.file(path));
        return has(Address.file(path));
    }

    private Optional<Address> has(Address a) {
        return tree.has(a) ? Optional.of(a) : Optional.empty();
    }

    /** The path part of an address from the root, decoded: "/a/b%20c/?q#x" is "a/b c/". */
    private static String path(String target) {
        int end = target.length();
        for (char c : new char[] {'?', '#'}) {
            int i = target.indexOf(c);
            if (i >= 0 && i < end) end = i;
        }
        String raw = target.substring(1, end);
        try {
            return URI.create("/" + raw).getPath().substring(1);
        } catch (IllegalArgumentException e) {
            return raw;   // not percent-encoded (a space, say): as written
        }
    }

    /** The path with "." and ".." resolved; null when it climbs above the site's root. */
    static String normalise(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else if (!s.equals(".") && (!s.isEmpty() || i == segments.length - 1)) {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }

    private static boolean hasScheme(String url) {
        return SCHEME.matcher(url).matches();
    }

    private static String nearest(String id, Collection<String> known) {
        return Suggestions.nearest(id, known).map(n -> " Did you mean `#" + n + "`?").orElse("");
    }
}

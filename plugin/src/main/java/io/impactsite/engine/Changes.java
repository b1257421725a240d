package io.impactsite.engine;

import io.impactsite.pages.Kind;
import io.impactsite.pages.Page;
import io.impactsite.pages.PageTree;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which pages a change of content files touches: a page whose record changed (its goal, its
 * update, the neighbours it links to), a page made from a changed file, and the sitemap when pages
 * come or go. Pure functions of the trees before and after.
 */
final class Changes {
    private Changes() {}

    static List<Page> pagesToRender(PageTree before, PageTree after, Set<String> changedFiles) {
        boolean addressesChanged = !addresses(before).equals(addresses(after));
        return after.pages().stream().filter(p -> {
            if (p.kind() == Kind.SITEMAP) return addressesChanged;
            Page old = before.get(p.address()).orElse(null);
            // the old page's files too: a contribution removed from a partner leaves its indicator's page
            return old == null || !old.equals(p) || madeFrom(p, changedFiles) || madeFrom(old, changedFiles);
        }).toList();
    }

    /** The files of pages that are no longer in the tree. */
    static List<String> removed(PageTree before, PageTree after) {
        return before.pages().stream().filter(p -> !after.has(p.address())).map(p -> p.address().file()).toList();
    }

    /** Whether a page is made from one of the files: named as itself, or as a folder it is in. */
    static boolean madeFrom(Page page, Set<String> files) {
        for (String source : page.sources()) {
            for (String f : files) {
                if (source.endsWith("/") ? f.startsWith(source) : f.equals(source)) return true;
            }
        }
        return false;
    }

    private static Set<String> addresses(PageTree tree) {
        return tree.pages().stream().map(p -> p.address().path()).collect(Collectors.toSet());
    }
}

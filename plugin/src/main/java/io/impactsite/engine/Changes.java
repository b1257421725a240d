package io.impactsite.engine;

import io.impactsite.pages.Address;
import io.impactsite.pages.Kind;
import io.impactsite.pages.Page;
import io.impactsite.pages.PageTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which pages a change of content files touches: a page whose record changed (its goal, its
 * update, the neighbours it links to), a page made from a changed file, and the sitemap when pages
 * come or go. Pure functions of the trees before and after.
 */
final class Changes {
    private Changes() {}

    static List<Page> pagesToRender(PageTree before, PageTree after, Set<String> changedFiles) {
        Map<Address, Page> old = before.byAddress();
        boolean addressesChanged = !old.keySet().equals(after.byAddress().keySet());
        List<Page> pages = new ArrayList<>();
        after.byAddress().forEach((address, p) -> {
            if (p.kind() == Kind.SITEMAP) {
                if (addressesChanged) pages.add(p);
                return;
            }
            Page was = old.get(address);
            // the old page's files too: a contribution removed from a partner leaves its indicator's page
            if (was == null || !was.equals(p) || madeFrom(p, changedFiles) || madeFrom(was, changedFiles)) pages.add(p);
        });
        return pages;
    }

    /** The files of pages that are no longer in the tree. */
    static List<String> removed(PageTree before, PageTree after) {
        return before.byAddress().keySet().stream().filter(a -> !after.has(a)).map(Address::file).toList();
    }

    /** Whether a page is made from one of the files: named as itself, or as a folder it is in. */
    static boolean madeFrom(Page page, Set<String> files) {
        return readsAny(page.sources(), files);
    }

    /** Whether one of the files is among the sources: named as itself, or as a folder ("updates/") it is in. */
    static boolean readsAny(Set<String> sources, Set<String> files) {
        for (String source : sources) {
            for (String f : files) {
                if (source.endsWith("/") ? f.startsWith(source) : f.equals(source)) return true;
            }
        }
        return false;
    }
}

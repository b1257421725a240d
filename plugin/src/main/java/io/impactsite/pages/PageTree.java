package io.impactsite.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every page of the site, by address: built once from the analysed site (see {@link TreeBuilder}).
 * Navigation, breadcrumbs, the sitemap, feed links and every internal link come from here, so one
 * place decides an address, and a link to a page that does not exist is a bug caught at once.
 */
public final class PageTree {
    private final List<Page> pages;
    private final Map<Address, Page> byAddress;
    private final List<Page> menu;
    private final boolean prettyLinks;
    private final Links links;
    private final Editions editions;

    PageTree(List<Page> pages, List<Address> menu, boolean prettyLinks, Editions editions) {
        Map<Address, Page> index = new LinkedHashMap<>();
        for (Page p : pages) {
            Page earlier = index.putIfAbsent(p.address(), p);
            if (earlier != null) throw new IllegalStateException("two pages at " + p.address() + ": " + earlier + ", " + p);
        }
        this.pages = List.copyOf(pages);
        this.byAddress = Collections.unmodifiableMap(index);
        this.menu = menu.stream().map(index::get).toList();
        this.prettyLinks = prettyLinks;
        this.links = new Links(this);
        this.editions = editions;
    }

    /** Whether this is the current site (with the past editions it keeps) or a past edition. */
    public Editions editions() {
        return editions;
    }

    /** Every page, in the order the tree was built (the sitemap sorts its own). */
    public List<Page> pages() {
        return pages;
    }

    /** Every page by its address, in the tree's order: a page computes its address each time it is asked. */
    public Map<Address, Page> byAddress() {
        return byAddress;
    }

    public Optional<Page> get(Address address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    /** Whether a page or file is at this address. */
    public boolean has(Address address) {
        return byAddress.containsKey(address);
    }

    /** The link to a page from the site root; the page must be in the tree. */
    public String href(Address address) {
        if (!byAddress.containsKey(address)) throw new IllegalStateException("no page at " + address);
        return address.href(prettyLinks);
    }

    public boolean prettyLinks() {
        return prettyLinks;
    }

    public Links links() {
        return links;
    }

    /** The main menu, in order. */
    public List<Page> menu() {
        return menu;
    }

    /** The pages above this one, from the home page down to its parent; empty for top-level pages. */
    public List<Page> ancestors(Page page) {
        List<Page> up = new ArrayList<>();
        for (Address a = page.parent(); a != null; ) {
            Page p = byAddress.get(a);
            if (p == null) throw new IllegalStateException(page.address() + " has no parent page at " + a);
            up.add(0, p);
            a = p.parent();
        }
        return up.size() <= 1 ? List.of() : List.copyOf(up);
    }

    /** The top-level page this one is under (itself when it is one): which menu entry is current. */
    public Page section(Page page) {
        List<Page> up = ancestors(page);
        return up.isEmpty() ? page : up.get(1);
    }
}

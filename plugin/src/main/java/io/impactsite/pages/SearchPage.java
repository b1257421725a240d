package io.impactsite.pages;

import io.impactsite.model.Message;
import java.util.List;
import java.util.Set;

/**
 * /search/: the site's search. Its script (the theme's search.js, loaded by this page only) looks
 * through search.json as the reader types; without script the page lists everything the search
 * would find, by kind, so the search link is never a dead end.
 */
public record SearchPage() implements Page {
    public static final Address AT = Address.folder("search");

    /** Every folder whose files give entries: a change to any of them changes the search. */
    static final Set<String> SOURCES = Set.of("indicators/", "partners/", "updates/", "pages/", "networks/");

    /** @param index the search index, from the site root */
    public record View(String index, List<SearchEntries.Group> groups) {}

    @Override public Kind kind() {
        return Kind.SEARCH;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("search.title");
    }

    @Override public Message description() {
        return Message.of("search.description");
    }

    @Override public Set<String> sources() {
        return SOURCES;
    }

    @Override public View view(ViewContext c) {
        return new View(c.href(SearchIndexPage.AT), c.search());
    }
}

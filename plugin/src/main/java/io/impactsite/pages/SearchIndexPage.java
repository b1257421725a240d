package io.impactsite.pages;

import io.impactsite.model.Message;
import java.util.List;
import java.util.Set;

/** search.json: what the site's search looks through, built at build time (the theme's search.js reads it). */
public record SearchIndexPage() implements Page {
    public static final Address AT = Address.file("search.json");

    /** @param entries addresses ({@code href}) are from the site root */
    public record Index(String language, List<SearchEntries.Entry> entries) {}

    @Override public Kind kind() {
        return Kind.SEARCH_INDEX;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("search.title");
    }

    @Override public Address parent() {
        return null;
    }

    @Override public Set<String> sources() {
        return SearchPage.SOURCES;
    }

    @Override public Index view(ViewContext c) {
        return new Index(c.site().initiative().settings().language(), SearchEntries.all(c));
    }
}

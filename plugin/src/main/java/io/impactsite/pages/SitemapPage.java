package io.impactsite.pages;

import io.impactsite.model.Message;
import java.util.List;

/**
 * sitemap.xml: every HTML page but the 404 and the charts' embed pages (their content is their
 * indicator's page's), under the base URL (a sitemap's addresses are absolute). Past editions are
 * not in it: they are archives, each page with its own canonical address.
 */
public record SitemapPage(String baseUrl) implements Page {
    public static final Address AT = Address.file("sitemap.xml");

    public record View(List<String> urls) {}

    @Override public Kind kind() {
        return Kind.SITEMAP;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.text("sitemap.xml");
    }

    @Override public Address parent() {
        return null;
    }

    @Override public View view(ViewContext c) {
        return new View(c.tree().pages().stream().filter(p -> p.address().isHtml() && p.kind() != Kind.NOT_FOUND
                        && p.kind() != Kind.EDITION && p.kind() != Kind.EMBED)
                .map(p -> p.address().absolute(baseUrl)).sorted().toList());
    }
}

package io.impactsite.pages;

import io.impactsite.model.Message;

/** robots.txt: everything allowed, and where the sitemap is when the site has a base URL. */
public record RobotsPage(String baseUrl) implements Page {
    public record View(String sitemap) {}

    @Override public Kind kind() {
        return Kind.ROBOTS;
    }

    @Override public Address address() {
        return Address.file("robots.txt");
    }

    @Override public Message title() {
        return Message.text("robots.txt");
    }

    @Override public Address parent() {
        return null;
    }

    @Override public View view(ViewContext c) {
        return new View(baseUrl.isEmpty() ? "" : SitemapPage.AT.absolute(baseUrl));
    }
}

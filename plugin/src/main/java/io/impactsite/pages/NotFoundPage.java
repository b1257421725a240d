package io.impactsite.pages;

import io.impactsite.model.Message;

/** 404.html: what hosts serve for an address the site does not have. */
public record NotFoundPage() implements Page {
    public static final Address AT = Address.file("404.html");

    public record View(String home) {}

    @Override public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("notFound.title");
    }

    @Override public View view(ViewContext c) {
        return new View(c.links().home());
    }
}

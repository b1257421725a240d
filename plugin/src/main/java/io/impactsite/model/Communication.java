package io.impactsite.model;

import java.util.List;

/** How the initiative keeps in touch: contact, meeting cadence, links. */
public record Communication(String email, Markdown meetings, List<Link> links) {

    public static final Communication NONE = new Communication("", Markdown.EMPTY, List.of());

    /** A labelled external link. */
    public record Link(String label, String url) {}
}

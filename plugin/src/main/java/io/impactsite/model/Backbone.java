package io.impactsite.model;

import java.util.List;

/** The backbone organisation that supports the initiative. */
public record Backbone(String name, String url, Markdown description, List<Function> functions, List<Staff> staff) {

    public static final Backbone NONE = new Backbone("", "", Markdown.EMPTY, List.of(), List.of());

    /** Something the backbone does for the partnership. */
    public record Function(String title, Markdown description) {}

    /** A member of the backbone's staff. */
    public record Staff(String name, String role, String email) {}
}

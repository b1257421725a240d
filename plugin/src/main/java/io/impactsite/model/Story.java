package io.impactsite.model;

import java.util.List;

/**
 * The story behind an indicator's curve, in results-based accountability's blocks: what is helping
 * and what is hurting, the partners with a role to play, what works, and what the partnership
 * will do next. Every block may be empty.
 */
public record Story(Markdown helping, Markdown hurting, List<Role> partners, Markdown whatWorks, Markdown nextSteps) {

    public static final Story NONE = new Story(Markdown.EMPTY, Markdown.EMPTY, List.of(), Markdown.EMPTY, Markdown.EMPTY);

    /**
     * Someone with a role to play: a partner of the site (its id) or another organisation (its name).
     *
     * @param partner a partner id, or "" for an organisation named by {@code name}
     */
    public record Role(String partner, String name, Markdown role) {}

    public boolean isEmpty() {
        return helping.isBlank() && hurting.isBlank() && partners.isEmpty() && whatWorks.isBlank() && nextSteps.isBlank();
    }
}

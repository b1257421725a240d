package io.impactsite.model;

/**
 * A narrative page of the content's pages/ folder.
 *
 * @param menu position in the main menu, 0 for none
 */
public record Narrative(String slug, String title, String description, int menu, Markdown body) {}

package io.impactsite.model;

/**
 * A narrative page.
 *
 * @param menu position in the main menu, 0 for none
 */
public record Page(String slug, String title, String description, int menu, Markdown body) {}

package io.impactsite.model;

/**
 * A long text field written in Markdown, with where it was written so that a problem found while
 * rendering it (an unsafe link, say) can name the file and line.
 */
public record Markdown(String text, String file, int line) {
    public static final Markdown EMPTY = new Markdown("", "", 0);

    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}

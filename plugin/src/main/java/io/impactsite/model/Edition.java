package io.impactsite.model;

/**
 * A past report card the site keeps, published under {@code <year>/} as it was: the content at a
 * git revision (a tag such as report-2024), or a folder that holds a frozen copy of it.
 *
 * @param year     the year it stands for, and its address
 * @param revision a tag, branch or commit of the repository the content folder is in; "" for a folder
 * @param path     where the content folder was in the repository at that revision ("" for the root);
 *                 null when it is where it is now
 * @param folder   the frozen copy, relative to the content folder; "" for a revision
 * @param line     the line of initiative.yml that lists it, for messages
 */
public record Edition(int year, String revision, String path, String folder, int line) {

    public boolean inGit() {
        return !revision.isEmpty();
    }

    /** How messages name it: "2024 (revision report-2024)". */
    public String label() {
        return year + (inGit() ? " (revision " + revision + ")" : " (folder " + folder + ")");
    }
}

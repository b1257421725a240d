package io.impactsite.render;

/**
 * Addresses of the site's pages, relative to the site root. With {@code prettyLinks} they end in
 * "/" (web hosts serve the folder's index.html); without, in "index.html", which also works when the
 * site is opened from disk. Templates put the page's {@code root} ("../../") in front.
 */
public record Links(boolean prettyLinks) {
    /** The address of the page in a folder ("indicators/x/"); "" is the home page. */
    public String page(String folder) {
        if (prettyLinks) return folder.isEmpty() ? "./" : folder;
        return folder + "index.html";
    }

    /** How far a page in this folder is from the root: "indicators/x/" is "../../". */
    public static String rootOf(String folder) {
        return "../".repeat((int) folder.chars().filter(c -> c == '/').count());
    }

    public String home() {
        return page("");
    }

    public String goal(String id) {
        return page("goals/" + id + "/");
    }

    public String indicator(String id) {
        return page("indicators/" + id + "/");
    }

    public String partner(String id) {
        return page("partners/" + id + "/");
    }

    public String update(String slug) {
        return page("updates/" + slug + "/");
    }

    public String tag(String tag) {
        return page("updates/tags/" + tag + "/");
    }
}

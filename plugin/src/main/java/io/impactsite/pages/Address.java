package io.impactsite.pages;

/**
 * Where a page is, relative to the site root: a folder ending in "/" (written as its index.html,
 * "" for the home page) or a file ("feed.xml"). The one type every internal link is made from.
 */
public record Address(String path) implements Comparable<Address> {
    public static final Address HOME = new Address("");

    public Address {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a site address: " + path);
        }
    }

    public static Address folder(String... segments) {
        return new Address(String.join("/", segments) + "/");
    }

    public static Address file(String path) {
        return new Address(path);
    }

    public boolean isFolder() {
        return path.isEmpty() || path.endsWith("/");
    }

    /** The file written for it: a folder's index.html. */
    public String file() {
        return isFolder() ? path + "index.html" : path;
    }

    public boolean isHtml() {
        return file().endsWith(".html");
    }

    /** How far the page is from the root: "indicators/x/" is "../../". */
    public String root() {
        String file = file();
        return "../".repeat((int) file.chars().filter(c -> c == '/').count());
    }

    /**
     * The link to it from the root: with pretty links a folder ends in "/" (web hosts serve its
     * index.html); otherwise in "index.html", which also works when the site is opened from disk.
     */
    public String href(boolean prettyLinks) {
        if (!isFolder()) return path;
        if (prettyLinks) return path.isEmpty() ? "./" : path;
        return file();
    }

    /** The address under a base URL ending in "/", as canonical links and the sitemap write it. */
    public String absolute(String baseUrl) {
        return baseUrl + path;
    }

    @Override
    public int compareTo(Address o) {
        return path.compareTo(o.path);
    }

    @Override
    public String toString() {
        return "/" + path;
    }
}

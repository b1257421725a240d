package io.impactsite.render;

import io.impactsite.render.View.Link;
import java.util.List;
import java.util.function.Function;

/**
 * A page to render: where it goes, with which template, and how to build its view for the page's
 * root ("../../"). Views are built when the page renders, on the worker that renders it.
 *
 * @param path    the file, relative to the site root ("indicators/x/index.html")
 * @param section the main-menu entry it belongs to ("indicators"), for aria-current
 */
record PageJob(String path, String template, String title, String description, String section, boolean charts,
               List<Link> breadcrumbs, Function<String, Object> view) {

    static PageJob page(String folder, String template, String title, String description, String section,
                        boolean charts, List<Link> breadcrumbs, Function<String, Object> view) {
        return new PageJob(folder + "index.html", template, title, description, section, charts, breadcrumbs, view);
    }

    /** The folder the page is in, which decides its root. */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    boolean html() {
        return path.endsWith(".html");
    }
}

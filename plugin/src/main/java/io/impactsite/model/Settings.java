package io.impactsite.model;

import java.util.Locale;

/**
 * Site settings.
 *
 * @param baseUrl     absolute URL ending in "/", or "" when none is set
 * @param prettyLinks links end in "/" (web hosts) rather than "index.html" (also works from disk)
 */
public record Settings(
        String baseUrl,
        String language,
        Locale locale,
        String logo,
        boolean prettyLinks,
        int updatesPerPage,
        RawHtml rawHtml) {

    /** What Markdown's raw HTML becomes. */
    public enum RawHtml { ESCAPE, STRIP, ALLOW }
}

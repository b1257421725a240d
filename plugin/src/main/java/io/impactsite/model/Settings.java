package io.impactsite.model;

import java.util.Locale;

/**
 * Site settings.
 *
 * @param baseUrl     absolute URL ending in "/", or "" when none is set
 * @param prettyLinks links end in "/" (web hosts) rather than "index.html" (also works from disk)
 * @param thresholds  the progress measure's breaks for every indicator that sets none of its own
 * @param dataLicense the licence of the open data, {@link DataLicense#NONE} when none is stated
 * @param colours     the brand colours; {@link Colours#NONE} for the theme's own
 */
public record Settings(
        String baseUrl,
        String language,
        Locale locale,
        String logo,
        boolean prettyLinks,
        int updatesPerPage,
        RawHtml rawHtml,
        Thresholds thresholds,
        DataLicense dataLicense,
        Colours colours) {

    /** What Markdown's raw HTML becomes. */
    public enum RawHtml { ESCAPE, STRIP, ALLOW }
}

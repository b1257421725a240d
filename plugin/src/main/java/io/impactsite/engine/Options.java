package io.impactsite.engine;

/**
 * How to build, beyond where from and where to.
 *
 * @param baseUrl overrides {@code site.baseUrl} (a preview deployment, say); null or "" keeps it
 * @param strict  warnings fail the build
 * @param drafts  drafts and future-dated updates are published (the preview always shows them)
 */
public record Options(String baseUrl, boolean strict, boolean drafts) {
    public static final Options DEFAULT = new Options(null, false, false);
}

package io.impactsite.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How to build, beyond where from and where to.
 *
 * @param baseUrl overrides {@code site.baseUrl} (a preview deployment, say); null or "" keeps it
 * @param strict  warnings fail the build
 * @param drafts  drafts and future-dated updates are published (the preview always shows them)
 * @param today   the day of publication: an update dated after it is a draft (Maven passes the
 *                date of {@code project.build.outputTimestamp} when the project sets one)
 */
public record Options(String baseUrl, boolean strict, boolean drafts, LocalDate today) {
    public static final Options DEFAULT = new Options(null, false, false);

    /** Published today, by the calendar in UTC. */
    public Options(String baseUrl, boolean strict, boolean drafts) {
        this(baseUrl, strict, drafts, LocalDate.now(ZoneOffset.UTC));
    }
}

package io.impactsite.load;

import java.time.LocalDate;

/**
 * How to read the content, beyond what it says itself.
 *
 * @param baseUrl overrides {@code site.baseUrl} (a preview deployment); "" for none; null keeps it
 * @param drafts  drafts and updates dated after {@code today} are read, marked as drafts; otherwise left out
 * @param today   the day the site is published, which decides what is dated in the future
 */
public record Loading(String baseUrl, boolean drafts, LocalDate today) {}

package io.impactsite.maven;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The day a site is published: from Maven's {@code project.build.outputTimestamp} when set, else today (UTC). */
final class Publication {
    private Publication() {}

    /** @param outputTimestamp ISO 8601 ("2024-05-01T00:00:00Z") or seconds since 1970, as Maven accepts it; null for none */
    static LocalDate day(String outputTimestamp) {
        if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.length() < 2) {   // one character: none, as Maven reads it
            return LocalDate.now(ZoneOffset.UTC);
        }
        String t = outputTimestamp.strip();
        try {
            if (t.chars().allMatch(Character::isDigit)) return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(t)), ZoneOffset.UTC);
            return OffsetDateTime.parse(t).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException | NumberFormatException e) {
            return LocalDate.now(ZoneOffset.UTC);   // Maven itself refuses such a value before the site is built
        }
    }
}

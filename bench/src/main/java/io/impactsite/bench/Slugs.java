package io.impactsite.bench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids and titles: the content format's slugs ({@code [a-z0-9][a-z0-9-]*}) made from names. */
final class Slugs {
    private Slugs() {}

    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** At most {@code max} characters, cut at a hyphen where one is not too early. */
    static String truncate(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String cut = slug.substring(0, max);
        int dash = cut.lastIndexOf('-');
        return dash > 10 ? cut.substring(0, dash) : cut;
    }

    /** {@code id}, or {@code id-2}, {@code id-3}... the first not yet taken; marks it taken. */
    static String unique(Set<String> taken, String id) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

package io.impactsite.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean": the nearest known name to a misspelt one, by edit distance. */
public final class Suggestions {
    private Suggestions() {}

    /** The nearest candidate, if it is close enough to be a likely typo. */
    public static Optional<String> nearest(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase();
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(w, c.toLowerCase())).thenComparing(c -> c))
                .filter(c -> distance(w, c.toLowerCase()) <= Math.max(2, w.length() / 3));
    }

    /**
     * The nearest of some addresses ("/indicators/x/", "/assets/a.png") to one that does not exist, however far:
     * the one whose last part is nearest (a misspelt page in the right folder, or the right page in a misspelt
     * folder), then the nearest whole address. Empty only without candidates.
     */
    public static Optional<String> nearestAddress(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase();
        String last = lastPart(w);
        return candidates.stream().min(Comparator
                .comparingInt((String c) -> distance(last, lastPart(c.toLowerCase())))
                .thenComparingInt(c -> distance(w, c.toLowerCase()))
                .thenComparing(c -> c));
    }

    private static String lastPart(String address) {
        String a = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        return a.substring(a.lastIndexOf('/') + 1);
    }

    /** " Did you mean `x`?" or "", ready to append to a message. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return nearest(wrong, candidates).map(c -> " Did you mean `" + c + "`?").orElse("");
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}

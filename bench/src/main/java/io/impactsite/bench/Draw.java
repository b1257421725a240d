package io.impactsite.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Random choices, all from a {@link SplittableRandom} the caller passes: the generator's output
 * depends on the seed alone. The order of the draws is part of that output, so changing a call
 * here (or its order in a section) changes every initiative.
 */
final class Draw {
    private Draw() {}

    static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    static <T> void shuffle(SplittableRandom r, List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }

    /** {@code n} distinct indexes below {@code bound}, ascending. */
    static List<Integer> indexes(SplittableRandom r, int bound, int n) {
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(n, bound)) {
            chosen.add(r.nextInt(bound));
        }
        return new ArrayList<>(chosen);
    }

    /** {@code n} distinct items, in the list's order. */
    static List<String> distinct(SplittableRandom r, List<String> items, int n) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i : indexes(r, items.size(), n)) {
            out.add(items.get(i));
        }
        return new ArrayList<>(out);
    }

    /** A standard normal value (Box-Muller on the generator's own doubles). */
    static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}

package io.impactsite.chart;

import java.util.List;

/**
 * Counts per category (a year) stacked by kind: what the systems-change chart shows, for both its
 * drawings (the ECharts option and the static SVG).
 *
 * @param categories the axis, in order ("2015", "2016", ...)
 * @param stacks     one per kind, bottom first
 */
public record ColumnData(List<String> categories, List<Stack> stacks) {

    /**
     * One kind's counts, one per category.
     *
     * @param slot its colour, 1 to 8: the same kind has the same colour on every page
     */
    public record Stack(String name, int slot, List<Integer> counts) {
        public Stack {
            counts = List.copyOf(counts);
        }
    }

    public ColumnData {
        categories = List.copyOf(categories);
        stacks = List.copyOf(stacks);
    }

    /** The total of a category: the height of its column. */
    public int total(int category) {
        return stacks.stream().mapToInt(s -> s.counts().get(category)).sum();
    }

    /** The highest column. */
    public int max() {
        int max = 0;
        for (int i = 0; i < categories.size(); i++) max = Math.max(max, total(i));
        return max;
    }
}

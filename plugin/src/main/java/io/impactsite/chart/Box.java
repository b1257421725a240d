package io.impactsite.chart;

import java.util.ArrayList;
import java.util.List;

/** A rectangle a label or mark covers, from (x0, y0) to (x1, y1), y downwards. */
public record Box(double x0, double y0, double x1, double y1) {

    /** Whether the two boxes come closer than {@code gap} px on both axes. */
    public boolean overlaps(Box o, double gap) {
        return x0 < o.x1 + gap && o.x0 < x1 + gap && y0 < o.y1 + gap && o.y0 < y1 + gap;
    }

    public boolean inside(Box outer) {
        return x0 >= outer.x0 - 1e-6 && y0 >= outer.y0 - 1e-6 && x1 <= outer.x1 + 1e-6 && y1 <= outer.y1 + 1e-6;
    }

    /**
     * The labels placed so far in one drawing: a new label takes the first of its candidate
     * positions that stays inside the drawing and clear of every label already placed, so no two
     * labels ever collide. A label with no free position is left out (its value is in the table
     * and, for a target, in the legend).
     */
    static final class Taken {
        private static final double GAP = 2;
        private final Box bounds;
        private final List<Box> boxes = new ArrayList<>();

        Taken(Box bounds) {
            this.bounds = bounds;
        }

        /** Reserves a box that labels must avoid (a marker, the legend). */
        void reserve(Box box) {
            boxes.add(box);
        }

        boolean free(Box box) {
            return box.inside(bounds) && boxes.stream().noneMatch(b -> b.overlaps(box, GAP));
        }

        /** The first candidate that is free, now taken; null when none is. */
        Svg.Label place(List<Svg.Label> candidates) {
            for (Svg.Label l : candidates) {
                if (free(l.box())) {
                    boxes.add(l.box());
                    return l;
                }
            }
            return null;
        }
    }
}

package io.impactsite.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The shapes of a static chart, in paint order, as the theme's {@code chart-svg.ftlh} macros
 * draw them: each knows its element ({@link Shape#kind()}), its CSS classes (which colour it in
 * the page's light, dark and forced-colours modes) and a fallback paint from {@link Palette} for
 * an SVG seen without the site's CSS. Coordinates are rounded to a tenth of a pixel here, so the
 * markup is small and the same on every build.
 */
public final class Svg {
    private Svg() {}

    /**
     * A coordinate to one decimal, as {@code String.format(Locale.ROOT, "%.1f", v)} writes it (half
     * up, from the shortest decimal form of the double), without parsing a format for every point.
     */
    static String tenths(double v) {
        if (!Double.isFinite(v)) return String.valueOf(v);
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** One element of the drawing. */
    public sealed interface Shape permits Line, Path, Rect, Dot, Label {
        /** The SVG element the macro writes: line, path, rect, circle or text. */
        String kind();

        /** CSS classes, "cs-" prefixed: role ({@code cs-grid}, {@code cs-target}) and colour slot ({@code cs-c1}). */
        String css();
    }

    /**
     * Fallback presentation attributes; "" leaves an attribute out.
     *
     * @param dash stroke-dasharray, such as "6 4"
     */
    public record Paint(String stroke, String fill, double width, String dash) {
        static Paint stroke(String colour, double width) {
            return new Paint(colour, "none", width, "");
        }

        static Paint dashed(String colour, double width, String dash) {
            return new Paint(colour, "none", width, dash);
        }

        static Paint fill(String colour) {
            return new Paint("", colour, 0, "");
        }
    }

    public record Line(double x1, double y1, double x2, double y2, String css, Paint paint) implements Shape {
        public Line {
            x1 = r(x1);
            y1 = r(y1);
            x2 = r(x2);
            y2 = r(y2);
        }

        @Override public String kind() {
            return "line";
        }
    }

    /** A path: {@code d} is SVG path data ("M0 0L10 5"). */
    public record Path(String d, String css, Paint paint) implements Shape {
        @Override public String kind() {
            return "path";
        }
    }

    public record Rect(double x, double y, double width, double height, String css, Paint paint) implements Shape {
        public Rect {
            x = r(x);
            y = r(y);
            width = r(width);
            height = r(height);
        }

        @Override public String kind() {
            return "rect";
        }
    }

    public record Dot(double cx, double cy, double radius, String css, Paint paint) implements Shape {
        public Dot {
            cx = r(cx);
            cy = r(cy);
            radius = r(radius);
        }

        @Override public String kind() {
            return "circle";
        }
    }

    /**
     * Text, one or more lines; {@code y} is the first line's baseline, each next line
     * {@code lineHeight} lower.
     *
     * @param anchor start, middle or end
     * @param bold   whether it is set in bold (measured so)
     */
    public record Label(double x, double y, List<String> lines, String anchor, double size, boolean bold,
                        double lineHeight, String css, Paint paint) implements Shape {
        public Label {
            x = r(x);
            y = r(y);
            lines = List.copyOf(lines);
            lineHeight = r(lineHeight);
        }

        @Override public String kind() {
            return "text";
        }

        /** The box the text covers (advances from {@link Glyphs}; DejaVu's ascent and descent), for collision checks. */
        public Box box() {
            double w = lines.stream().mapToDouble(l -> Glyphs.width(l, size, bold)).max().orElse(0);
            double x0 = switch (anchor) {
                case "middle" -> x - w / 2;
                case "end" -> x - w;
                default -> x;
            };
            return new Box(x0, y - size * 0.93, x0 + w, y + size * 0.24 + (lines.size() - 1) * lineHeight);
        }
    }

    /**
     * One drawing of a chart for a width: the SVG's viewBox is {@code 0 0 width height}.
     *
     * @param variant narrow (phones, drawn for a 288 px column: a 320 px screen) or wide
     */
    public record Drawing(String variant, int width, int height, List<Shape> shapes) {
        public Drawing {
            shapes = List.copyOf(shapes);
        }
    }

    /** 0.1 px is finer than any screen or printer shows. */
    static double r(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

package io.impactsite.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A colour of the sRGB space, as CSS writes it ({@code #00577d}), with what WCAG 2.1 says about two
 * colours together: relative luminance and contrast ratio.
 */
public record Colour(int red, int green, int blue) {
    public static final Colour WHITE = new Colour(255, 255, 255);
    public static final Colour BLACK = new Colour(0, 0, 0);

    /** "#0b5cad" or "#fff", in any case; empty for anything else. */
    public static Optional<Colour> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("#[0-9a-f]{3}")) t = "#" + t.charAt(1) + t.charAt(1) + t.charAt(2) + t.charAt(2) + t.charAt(3) + t.charAt(3);
        if (!t.matches("#[0-9a-f]{6}")) return Optional.empty();
        int v = Integer.parseInt(t.substring(1), 16);
        return Optional.of(new Colour(v >> 16, (v >> 8) & 0xff, v & 0xff));
    }

    /** WCAG 2.1 relative luminance. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The WCAG contrast ratio, 1 to 21. */
    public double contrast(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /**
     * {@code share} of this colour with the rest of {@code other}, channel by channel, as CSS
     * {@code color-mix(in srgb, this share, other)} mixes them.
     */
    public Colour mix(Colour other, double share) {
        return new Colour(channel(red, other.red, share), channel(green, other.green, share), channel(blue, other.blue, share));
    }

    private static int channel(int a, int b, double share) {
        return (int) Math.round(a * share + b * (1 - share));
    }

    /** "#00577d". */
    public String css() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    @Override public String toString() {
        return css();
    }
}

package io.impactsite.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator's social card ({@code og:image}): a 1200 x 630 PNG drawn at build time with Java2D,
 * headless, from the same {@link LineData}, {@link Scale} and {@link Palette} as the static SVG,
 * with the indicator's title, latest value and status. The text is set in a font shipped with the
 * engine (DejaVu Sans, subset), never the machine's, and the PNG carries no time or other metadata,
 * so the same JDK gives the same bytes; characters the font lacks fall back to the JDK's sans serif.
 *
 * @param site         the initiative's short name, at the top
 * @param title        the indicator
 * @param latest       the latest value, formatted ("51.8%"), or what stands for it ("No values yet")
 * @param latestLabel  what the value is ("Latest (2024)"), or ""
 * @param status       the status badge's words, icon first ("✓ On track")
 * @param statusCode   its code (on-track, ...), which picks the badge's colours
 * @param target       "Target 2030: 65.0%", or ""
 * @param footer       where the site is ("example.org/riverbend"), or ""
 * @param data         the chart, or null for a card without one
 * @param style        how the value axis writes numbers
 */
public record SocialCard(String site, String title, String latest, String latestLabel, String status, String statusCode,
                         String target, String footer, LineData data, NumberStyle style) {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private static final int PAD = 64;
    private static final Color INK = Color.decode(Palette.INK);
    private static final Color MUTED = Color.decode(Palette.MUTED);
    private static final Color GRID = Color.decode(Palette.GRID);
    private static final Color ACCENT = Color.decode("#00577d");   // site.css --accent
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** The status badges' text, background and border colours, as site.css has them. */
    private static Color[] badge(String code) {
        String[] c = switch (code) {
            case "target-achieved" -> new String[] {"#003d66", "#dcebf6", "#0072b2"};
            case "on-track" -> new String[] {"#00573f", "#d4f0e6", "#009e73"};
            case "acceleration-needed" -> new String[] {"#4a4400", "#faf3b8", "#b8a600"};
            case "limited-progress" -> new String[] {"#5c3f00", "#fde2b8", "#e69f00"};
            case "moving-away" -> new String[] {"#872500", "#f9d2c4", "#d55e00"};
            default -> new String[] {"#3d4349", "#eceef0", "#8a939c"};
        };
        return new Color[] {Color.decode(c[0]), Color.decode(c[1]), Color.decode(c[2])};
    }

    /** The card as PNG bytes. */
    public byte[] png() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);   // bytes Png reads straight from the raster
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, WIDTH, 12);
            draw(g);
        } finally {
            g.dispose();
        }
        return Png.encode(image);
    }

    private void draw(Graphics2D g) {
        text(g, site, Fonts.bold(26), MUTED, PAD, 70);
        Font titleFont = Fonts.bold(52);
        List<String> lines = wrap(title, titleFont, WIDTH - 2 * PAD);
        if (lines.size() > 2) {
            titleFont = Fonts.bold(42);
            lines = wrap(title, titleFont, WIDTH - 2 * PAD);
        }
        if (lines.size() > 3) lines = List.of(lines.get(0), lines.get(1), ellipsis(lines.get(2), titleFont, WIDTH - 2 * PAD));
        double lh = titleFont.getSize() * 1.2;
        double y = 70 + 30 + titleFont.getSize();
        for (String line : lines) {
            text(g, line, titleFont, INK, PAD, y);
            y += lh;
        }
        double top = y - lh + 56;   // below the title's last line
        boolean chart = data != null && data.lines().stream().anyMatch(l -> l.shown() && l.values().stream().anyMatch(v -> v != null));
        double panel = chart ? 400 : WIDTH - 2 * PAD;
        Font big = Fonts.bold(latest.length() > 9 ? 56 : 80);
        double vy = top + big.getSize() * 0.85;
        text(g, ellipsis(latest, big, panel), big, ACCENT, PAD, vy);
        double ly = vy + 44;
        if (!latestLabel.isEmpty()) text(g, ellipsis(latestLabel, Fonts.regular(26), panel), Fonts.regular(26), MUTED, PAD, ly);
        double by = ly + 28;
        if (!status.isEmpty()) by = badge(g, by) + 46;
        if (!target.isEmpty()) text(g, ellipsis(target, Fonts.bold(24), panel), Fonts.bold(24), Color.decode(Palette.TARGET), PAD, by);
        if (!footer.isEmpty()) text(g, ellipsis(footer, Fonts.regular(22), panel), Fonts.regular(22), MUTED, PAD, HEIGHT - 40);
        if (chart) plot(g, PAD + panel + 40, Math.max(top - 30, 230), WIDTH - PAD, HEIGHT - 44);
    }

    /** The status badge: a rounded box in the status' colours; returns its bottom. */
    private double badge(Graphics2D g, double top) {
        Color[] c = badge(statusCode);
        Font f = Fonts.bold(26);
        double w = width(status, f) + 32;
        double h = 48;
        RoundRectangle2D box = new RoundRectangle2D.Double(PAD, top, w, h, 12, 12);
        g.setColor(c[1]);
        g.fill(box);
        g.setColor(c[2]);
        boolean measured = List.of("target-achieved", "on-track", "acceleration-needed", "limited-progress", "moving-away")
                .contains(statusCode);   // the others have a dashed border, as on the page
        g.setStroke(measured ? new BasicStroke(2.5f)
                : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        g.draw(box);
        text(g, status, f, c[0], PAD + 16, top + 33);
        return top + h;
    }

    /** The line chart in the box from (x0, y0) to (x1, y1): grid and ticks, the lines, the trend, the target. */
    private void plot(Graphics2D g, double x0, double y0, double x1, double y1) {
        List<Double> values = data.drawnValues();
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        Scale scale = Scale.nice(lo, hi, 4, false, data.bounds());
        Font tick = Fonts.regular(22);
        List<String> ticks = scale.ticks().stream().map(t -> style.tick(t, scale)).toList();
        double left = x0 + ticks.stream().mapToDouble(t -> width(t, tick)).max().orElse(0) + 14;
        double bottom = y1 - 40;
        double top = y0 + 14;
        int n = data.periods().size();
        double firstHalf = n == 0 ? 0 : width(data.periods().get(0), tick) / 2;
        double lastHalf = n == 0 ? 0 : width(data.periods().get(n - 1), tick) / 2;
        left = Math.max(left, x0 + firstHalf);
        double right = x1 - Math.max(12, lastHalf);
        g.setStroke(new BasicStroke(1.5f));
        for (int i = 0; i < ticks.size(); i++) {
            double y = scale.at(scale.ticks().get(i), bottom, top);
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, y, right, y));
            text(g, ticks.get(i), tick, MUTED, left - 12 - width(ticks.get(i), tick), y + 8);
        }
        g.setColor(MUTED);
        g.draw(new Line2D.Double(left, bottom, right, bottom));
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = n == 1 ? (left + right) / 2 : left + i * (right - left) / (n - 1);
        periodLabels(g, tick, x, bottom + 32);
        if (data.baseline() != null) {
            g.setColor(Color.decode(Palette.TREND));
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 5}, 0));
            g.draw(new Line2D.Double(x[data.baseline().index()], top, x[data.baseline().index()], bottom));
        }
        if (data.trend() != null) {
            g.setColor(Color.decode(Palette.TREND));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {10, 7}, 0));
            g.draw(path(data.trend().values(), x, scale, bottom, top));
        }
        List<LineData.Line> shown = data.lines().stream().filter(LineData.Line::shown).toList();
        for (int pass = 0; pass < 2; pass++) {   // groups first, the headline on top
            for (LineData.Line line : shown) {
                if (line.headline() != (pass == 1)) continue;
                Color colour = Color.decode(Palette.colour(line.slot()));
                g.setColor(colour);
                g.setStroke(new BasicStroke(line.headline() ? 6f : 4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(path(line.values(), x, scale, bottom, top));
                double r = n > 20 ? 0 : line.headline() ? 7 : 5;
                for (int i = 0; i < n; i++) {
                    BigDecimal v = line.values().get(i);
                    boolean alone = v != null && (i == 0 || line.values().get(i - 1) == null)
                            && (i == n - 1 || line.values().get(i + 1) == null);
                    if (v == null || (r == 0 && !alone)) continue;
                    double rr = Math.max(r, 5);
                    g.fill(new java.awt.geom.Ellipse2D.Double(x[i] - rr, scale.at(v.doubleValue(), bottom, top) - rr, 2 * rr, 2 * rr));
                }
            }
        }
        if (data.target() != null) {
            double tx = x[data.target().index()];
            double ty = scale.at(data.target().value().doubleValue(), bottom, top);
            Path2D d = new Path2D.Double();
            d.moveTo(tx, ty - 15);
            d.lineTo(tx + 15, ty);
            d.lineTo(tx, ty + 15);
            d.lineTo(tx - 15, ty);
            d.closePath();
            g.setColor(Color.decode(Palette.TARGET));
            g.fill(d);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(d);
        }
    }

    /** The last period's label, then every k-th before it, with the smallest k that keeps them apart. */
    private void periodLabels(Graphics2D g, Font f, double[] x, double y) {
        List<String> periods = data.periods();
        int n = periods.size();
        for (int k : LineSvg.intervals(data.cycle(), n)) {
            List<double[]> spans = new ArrayList<>();
            boolean fits = true;
            for (int i = n - 1; i >= 0 && fits; i -= k) {
                double w = width(periods.get(i), f);
                double from = x[i] - w / 2;
                fits = spans.isEmpty() || from + w + 16 < spans.get(spans.size() - 1)[0];
                spans.add(new double[] {from, i});
            }
            if (fits) {
                for (double[] s : spans) text(g, periods.get((int) s[1]), f, MUTED, s[0], y);
                return;
            }
        }
    }

    private static Path2D path(List<BigDecimal> values, double[] x, Scale scale, double bottom, double top) {
        Path2D p = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                pen = false;
                continue;
            }
            double y = scale.at(v.doubleValue(), bottom, top);
            if (pen) p.lineTo(x[i], y);
            else p.moveTo(x[i], y);
            pen = true;
        }
        return p;
    }

    private static void text(Graphics2D g, String s, Font f, Color c, double x, double y) {
        g.setFont(Fonts.covering(f, s));
        g.setColor(c);
        g.drawString(s, (float) x, (float) y);
    }

    static double width(String s, Font f) {
        Rectangle2D r = Fonts.covering(f, s).getStringBounds(s, FRC);
        return r.getWidth();
    }

    /** Lines of at most {@code width} px, broken between words (a word longer than a line stands alone). */
    static List<String> wrap(String s, Font f, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.strip().split("\\s+")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(next, f) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** The text, cut with "…" where it would be wider than {@code width}. */
    static String ellipsis(String s, Font f, double width) {
        if (width(s, f) <= width) return s;
        String cut = s;
        while (!cut.isEmpty() && width(cut.strip() + "\u2026", f) > width) cut = cut.substring(0, cut.length() - 1);
        return cut.strip() + "\u2026";
    }

    /** The card's font, read once from the engine's resources. */
    private static final class Fonts {
        private static final Font REGULAR;
        private static final Font BOLD;

        static {
            // Drawing into an image needs no display: never start a windowing toolkit in a build.
            if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
            REGULAR = load("impactsite/fonts/DejaVuSans.ttf");
            BOLD = load("impactsite/fonts/DejaVuSans-Bold.ttf");
        }

        static Font regular(float size) {
            return REGULAR.deriveFont(size);
        }

        static Font bold(float size) {
            return BOLD.deriveFont(size);
        }

        /** The font, or the JDK's sans serif of the same style and size where it lacks a character of the text. */
        static Font covering(Font f, String text) {
            if (f.canDisplayUpTo(text) == -1) return f;
            return new Font(Font.SANS_SERIF, f == BOLD || f.getFontName().contains("Bold") ? Font.BOLD : Font.PLAIN, 1)
                    .deriveFont(f.getSize2D());
        }

        private static Font load(String resource) {
            try (InputStream in = SocialCard.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("The engine's font is missing: " + resource);
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

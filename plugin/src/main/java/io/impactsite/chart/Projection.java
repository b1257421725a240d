package io.impactsite.chart;

import io.impactsite.model.Geography;
import java.util.List;

/**
 * An equirectangular projection fitted to a box: longitude scaled by the cosine of the shapes'
 * middle latitude, so that a county keeps its proportions (at 45 degrees north a degree of
 * longitude is 0.71 of a degree of latitude), and north up. Over a county or a city, the area a map
 * of districts covers, it differs from any conformal projection by less than a pixel.
 *
 * @param lon0  the westernmost longitude
 * @param lat1  the northernmost latitude
 * @param kx    the cosine of the middle latitude
 * @param scale pixels per degree of latitude
 * @param dx    x of the westernmost point
 * @param dy    y of the northernmost point
 */
public record Projection(double lon0, double lat1, double kx, double scale, double dx, double dy) {

    /** A point in pixels, y downwards. */
    public record Point(double x, double y) {}

    /** The projection that fits every place into the box, centred, keeping proportions. */
    public static Projection fit(Geography geography, double left, double top, double width, double height) {
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (Geography.Place p : geography.places()) {
            for (Geography.Polygon polygon : p.polygons()) {
                for (Geography.Position pos : polygon.rings().get(0)) {
                    minLon = Math.min(minLon, pos.lon());
                    maxLon = Math.max(maxLon, pos.lon());
                    minLat = Math.min(minLat, pos.lat());
                    maxLat = Math.max(maxLat, pos.lat());
                }
            }
        }
        double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double w = Math.max(1e-9, (maxLon - minLon) * kx);
        double h = Math.max(1e-9, maxLat - minLat);
        double scale = Math.min(width / w, height / h);
        return new Projection(minLon, maxLat, kx, scale, left + (width - w * scale) / 2, top + (height - h * scale) / 2);
    }

    public Point project(Geography.Position p) {
        return new Point(dx + (p.lon() - lon0) * kx * scale, dy + (lat1 - p.lat()) * scale);
    }

    /**
     * SVG path data of a place: each ring a closed subpath ("M..L..Z"), holes included (drawn with
     * the even-odd rule), points that fall on the same tenth of a pixel as the one before left out.
     */
    public String path(Geography.Place place) {
        StringBuilder d = new StringBuilder();
        for (Geography.Polygon polygon : place.polygons()) {
            for (List<Geography.Position> ring : polygon.rings()) {
                String last = "";
                int points = 0;
                for (int i = 0; i < ring.size() - 1; i++) {   // the last position repeats the first: Z closes it
                    Point pt = project(ring.get(i));
                    String xy = Legend.n(pt.x()) + " " + Legend.n(pt.y());
                    if (xy.equals(last)) continue;
                    d.append(points == 0 ? "M" : "L").append(xy);
                    last = xy;
                    points++;
                }
                d.append('Z');
            }
        }
        return d.toString();
    }

    /**
     * Where a place's label goes: the centroid of its largest outer ring or, when that falls outside
     * the shape (a crescent, a U), the middle of the widest stretch of the shape across that height.
     */
    public Point labelPoint(Geography.Place place) {
        List<Point> best = List.of();
        double bestArea = -1;
        for (Geography.Polygon polygon : place.polygons()) {
            List<Point> ring = polygon.rings().get(0).stream().map(this::project).toList();
            double a = Math.abs(area(ring));
            if (a > bestArea) {
                bestArea = a;
                best = ring;
            }
        }
        double a = area(best);
        double cx = 0, cy = 0;
        for (int i = 0; i < best.size() - 1; i++) {
            Point p = best.get(i), q = best.get(i + 1);
            double cross = p.x() * q.y() - q.x() * p.y();
            cx += (p.x() + q.x()) * cross;
            cy += (p.y() + q.y()) * cross;
        }
        Point centroid = a == 0 ? best.get(0) : new Point(cx / (6 * a), cy / (6 * a));
        if (inside(centroid, best)) return centroid;
        Box box = box(best);
        Point across = widest(best, centroid.y());
        return across != null ? across : new Point((box.x0() + box.x1()) / 2, (box.y0() + box.y1()) / 2);
    }

    /** The middle of the widest stretch inside the ring along the line at height y; null when it misses the ring. */
    static Point widest(List<Point> ring, double y) {
        List<Double> xs = new java.util.ArrayList<>();
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            Point a = ring.get(i), b = ring.get(j);
            if ((a.y() > y) != (b.y() > y)) xs.add(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
        java.util.Collections.sort(xs);
        Point best = null;
        double width = 0;
        for (int i = 0; i + 1 < xs.size(); i += 2) {
            if (xs.get(i + 1) - xs.get(i) > width) {
                width = xs.get(i + 1) - xs.get(i);
                best = new Point((xs.get(i) + xs.get(i + 1)) / 2, y);
            }
        }
        return best;
    }

    /** Signed area of a closed ring (shoelace). */
    static double area(List<Point> ring) {
        double sum = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            sum += ring.get(i).x() * ring.get(i + 1).y() - ring.get(i + 1).x() * ring.get(i).y();
        }
        return sum / 2;
    }

    /** Whether the point is inside the closed ring (even-odd crossings). */
    static boolean inside(Point p, List<Point> ring) {
        boolean in = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            Point a = ring.get(i), b = ring.get(j);
            if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x()) {
                in = !in;
            }
        }
        return in;
    }

    static Box box(List<Point> points) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Point p : points) {
            x0 = Math.min(x0, p.x());
            y0 = Math.min(y0, p.y());
            x1 = Math.max(x1, p.x());
            y1 = Math.max(y1, p.y());
        }
        return new Box(x0, y0, x1, y1);
    }

    /** The box a place covers once projected. */
    public Box box(Geography.Place place) {
        return box(place.polygons().stream().flatMap(p -> p.rings().get(0).stream()).map(this::project).toList());
    }
}

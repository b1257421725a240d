package io.impactsite.load;

import io.impactsite.load.Documents.ThresholdsDoc;
import io.impactsite.model.Thresholds;

/** `thresholds:` of the site or of an indicator: each field given overrides the one inherited. */
final class ThresholdsReader {
    private ThresholdsReader() {}

    static Thresholds merge(Thresholds base, ThresholdsDoc doc, String field, YamlReader.Lines lines, Fields f) {
        if (doc == null) return base;
        Thresholds t = new Thresholds(
                doc.onTrack() == null ? base.onTrack() : doc.onTrack(),
                doc.accelerationNeeded() == null ? base.accelerationNeeded() : doc.accelerationNeeded(),
                doc.growthOnTrack() == null ? base.growthOnTrack() : doc.growthOnTrack(),
                doc.growthAccelerationNeeded() == null ? base.growthAccelerationNeeded() : doc.growthAccelerationNeeded());
        int line = lines.of(doc);
        if (!(t.onTrack() > t.accelerationNeeded() && t.accelerationNeeded() > 0)) {
            f.error(line, "`" + field + "` gives onTrack " + t.onTrack() + " and accelerationNeeded " + t.accelerationNeeded()
                    + ", but the ratio breaks must fall: onTrack above accelerationNeeded, both above 0 (defaults 0.95 and 0.6).");
            return base;
        }
        if (!(t.growthOnTrack() > t.growthAccelerationNeeded() && t.growthAccelerationNeeded() > 0)) {
            f.error(line, "`" + field + "` gives growthOnTrack " + t.growthOnTrack() + " and growthAccelerationNeeded "
                    + t.growthAccelerationNeeded() + ", but the growth breaks must fall: growthOnTrack above "
                    + "growthAccelerationNeeded, both above 0 (defaults 0.015 and 0.005, that is 1.5% and 0.5% a year).");
            return base;
        }
        return t;
    }
}

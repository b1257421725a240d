package io.impactsite.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.analyse.Status;
import io.impactsite.model.DataDictionary;
import io.impactsite.model.Indicator;
import io.impactsite.model.Observation;
import io.impactsite.model.Series;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shape of an indicator's JSON download, as docs/open-data.md documents it: records whose
 * component order is the order of the fields in the file. Reasons are in the site's words.
 */
public final class OpenDataJson {
    private OpenDataJson() {}

    public record IndicatorJson(String id, String title, String goal, String unit, String measure, String direction,
                                String reporting, Source source, @JsonInclude(Include.NON_NULL) Dictionary dictionary,
                                Baseline baseline, List<Target> targets, StatusJson status, List<SeriesJson> series) {}

    public record Source(String name, String url) {}

    /** The data dictionary; dates as written (2025, 2025-03, 2025-03-01); null fields left out. */
    @JsonInclude(Include.NON_EMPTY)
    public record Dictionary(String updated, String nextRelease, String steward, String suppression, List<Break> breaks) {}

    public record Break(String period, String note) {}

    public record Baseline(String period) {}

    /** {@code dimension} and {@code group}: a group's own target; left out for the indicator's. */
    public record Target(@JsonInclude(Include.NON_EMPTY) String series, String period, BigDecimal value,
                         @JsonInclude(Include.NON_EMPTY) String dimension, @JsonInclude(Include.NON_EMPTY) String group) {}

    public record StatusJson(String code, Double value, @JsonInclude(Include.NON_EMPTY) String reason, Point baseline,
                             Point latest, Point target) {}

    public record Point(String period, BigDecimal value) {}

    public record SeriesJson(String name, String unit, StatusJson status, List<GroupJson> groups,
                             List<ObservationJson> observations) {}

    public record GroupJson(String dimension, String group, StatusJson status) {}

    @JsonInclude(Include.NON_DEFAULT)
    public record ObservationJson(@JsonInclude(Include.ALWAYS) String period, @JsonInclude(Include.ALWAYS) BigDecimal value,
                                  Map<String, String> groups, String note, boolean provisional,
                                  Map<String, String> attributes) {}

    static IndicatorJson of(IndicatorAnalysis a, ViewContext c) {
        Indicator i = a.indicator();
        return new IndicatorJson(i.id(), i.title(), i.goal(), i.unit(), lower(i.measure()), lower(i.direction()),
                i.reporting().id(), new Source(i.source().name(), i.source().url()), dictionary(i.dictionary(), c),
                i.baseline().isEmpty() ? null : new Baseline(i.baseline()),
                i.targets().stream().map(t -> new Target(t.series(), t.period(), t.value(), t.dimension(), t.group())).toList(),
                status(a.status(), c), a.series().stream().map(h -> series(h, c)).toList());
    }

    private static Dictionary dictionary(DataDictionary d, ViewContext c) {
        if (d.isEmpty()) return null;
        return new Dictionary(d.updated() == null ? null : d.updated().toString(),
                d.nextRelease() == null ? null : d.nextRelease().toString(), d.steward(), c.plain(d.suppression()),
                d.breaks().stream().map(b -> new Break(b.period(), c.plain(b.note()))).toList());
    }

    private static SeriesJson series(SeriesAnalysis h, ViewContext c) {
        Series s = h.series();
        return new SeriesJson(s.name(), s.unit(), status(h.status(), c),
                h.groups().stream().map(g -> new GroupJson(g.group().dimension(), g.group().name(), status(g.status(), c)))
                        .toList(),
                s.observations().stream().map(OpenDataJson::observation).toList());
    }

    private static ObservationJson observation(Observation o) {
        return new ObservationJson(o.period().label(), o.value(), o.dimensions().isEmpty() ? null : o.dimensions(),
                o.note().isEmpty() ? null : o.note(), o.provisional(), o.attributes().isEmpty() ? null : o.attributes());
    }

    /** The stable status shape: code, value, reason, and the points it was computed from. */
    static StatusJson status(Status s, ViewContext c) {
        return new StatusJson(s.code().id(), s.value(), c.text(s.reason()), point(s.baseline()), point(s.latest()),
                point(s.target()));
    }

    private static Point point(Status.Point p) {
        return p == null ? null : new Point(p.period(), p.value());
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}

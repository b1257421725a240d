package io.impactsite.pages;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.analyse.Status;
import io.impactsite.markdown.LiveFigure;
import io.impactsite.problem.Suggestions;
import java.util.List;
import java.util.Optional;

/**
 * What a text's live figures say: {@code {% figure <indicator> <field> %}} gives a field of the
 * indicator's headline series as its report-card row shows it ("51.8%", "31.2 places per 100
 * children under 5"), and {@code {% headline %}} the report card's headline. The one place that
 * knows the fields: the validation stage asks {@link #problem} before anything is written, pages ask
 * {@link #value}.
 */
public final class LiveFigures {
    /** The fields, as content writes them. */
    public static final List<String> FIELDS = List.of("latest", "latest-period", "baseline", "baseline-period",
            "target", "target-period", "status", "change");

    private LiveFigures() {}

    /** Why a figure cannot be shown (an unknown tag, indicator or field, a value the data lack), or empty. */
    public static Optional<String> problem(SiteAnalysis analysis, LiveFigure f) {
        String written = "`" + f.written() + "`";
        if (f.tag().equals("headline")) {
            return f.arguments().isEmpty() ? Optional.empty()
                    : Optional.of(written + ": the headline takes no words; write `{% headline %}`.");
        }
        if (!f.tag().equals("figure")) {
            return Optional.of(written + " is not a tag Impact Site knows." + Suggestions.didYouMean(f.tag(),
                    List.of("figure", "headline")) + " Write `{% figure <indicator> <field> %}` or `{% headline %}`.");
        }
        if (f.arguments().size() != 2) {
            return Optional.of(written + " needs an indicator and a field: `{% figure kindergarten-readiness latest %}`.");
        }
        String id = f.arguments().get(0);
        String field = f.arguments().get(1);
        IndicatorAnalysis a = analysis.byIndicator().get(id);
        if (a == null) {
            return Optional.of(written + ": there is no indicator `" + id + "`."
                    + Suggestions.didYouMean(id, analysis.byIndicator().keySet()) + " The ids are the names of the files in indicators/.");
        }
        if (!FIELDS.contains(field)) {
            return Optional.of(written + ": `" + field + "` is not a field." + Suggestions.didYouMean(field, FIELDS)
                    + " The fields are " + String.join(", ", FIELDS) + ".");
        }
        Status s = a.status();
        boolean missing = switch (field) {
            case "latest", "latest-period", "status" -> s.latest() == null || s.latest().value() == null;
            case "baseline", "baseline-period" -> s.baseline() == null || s.baseline().value() == null;
            case "target", "target-period" -> s.target() == null;
            default -> s.latest() == null || s.baseline() == null || s.baseline().value() == null
                    || s.latest().time() <= s.baseline().time();
        };
        if (!missing) return Optional.empty();
        String what = switch (field) {
            case "target", "target-period" -> "has no target";
            case "baseline", "baseline-period" -> "has no baseline value";
            case "change" -> "has no change to show (it needs a baseline value and a later one)";
            default -> "has no value yet";
        };
        return Optional.of(written + ": " + a.indicator().title() + " " + what + ", so the figure would be empty."
                + " Quote another field, or write the text without it.");
    }

    /**
     * The content files a figure is read from: its indicator's YAML and data, or for the headline
     * every indicator ("indicators/"). A preview renders again what quotes a changed one.
     */
    public static java.util.Set<String> sources(SiteAnalysis analysis, LiveFigure f) {
        if (!f.tag().equals("figure") || f.arguments().isEmpty()) return java.util.Set.of("indicators/");
        IndicatorAnalysis a = analysis.byIndicator().get(f.arguments().get(0));
        return a == null ? java.util.Set.of() : a.indicator().files();
    }

    /** The figure as the page shows it; {@link #problem} found none. */
    static String value(ViewContext c, LiveFigure f) {
        if (f.tag().equals("headline")) return Cards.headline(c);
        IndicatorAnalysis a = c.analysis().byIndicator().get(f.arguments().get(0));
        View.IndicatorRow row = c.row(a);
        return switch (f.arguments().get(1)) {
            case "latest" -> IndicatorViews.quantity(c, a.indicator(), a.headline(), a.status().latest().value());
            case "latest-period" -> row.latest().period();
            case "baseline" -> IndicatorViews.quantity(c, a.indicator(), a.headline(), a.status().baseline().value());
            case "baseline-period" -> row.baseline().period();
            case "target" -> IndicatorViews.quantity(c, a.indicator(), a.headline(), a.status().target().value());
            case "target-period" -> row.target().period();
            case "status" -> row.status().label().toLowerCase(c.format().locale());
            default -> row.change().full() + (row.unitWords().isEmpty() ? "" : " " + row.unitWords());
        };
    }
}

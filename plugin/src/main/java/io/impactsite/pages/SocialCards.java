package io.impactsite.pages;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.analyse.Status;
import io.impactsite.chart.IndicatorChart;
import io.impactsite.chart.LineData;
import io.impactsite.chart.NumberStyle;
import io.impactsite.chart.Scale;
import io.impactsite.chart.SocialCard;
import io.impactsite.model.Indicator;
import io.impactsite.pages.View.Badge;

/** What an indicator's social card shows, in the site's words: its headline series' chart, latest value and status. */
final class SocialCards {
    private SocialCards() {}

    static SocialCard card(ViewContext c, IndicatorAnalysis a) {
        Indicator i = a.indicator();
        Strings s = c.strings();
        SeriesAnalysis h = a.headline();
        boolean reported = i.reporting() == Indicator.Reporting.REPORTED;
        Status st = h == null ? a.status() : h.status();
        Badge badge = IndicatorViews.badge(c, a);
        String title = h == null || a.series().size() < 2 ? i.title() : Units.subject(i, h.series());
        String latest = st.latest() == null ? s.get("share.card.noValues") : IndicatorViews.value(c, i, h, st.latest().value());
        String latestLabel = st.latest() == null ? "" : s.format("share.card.latest", st.latest().period());
        String target = st.target() == null ? ""
                : s.format("chart.target", st.target().period(), IndicatorViews.value(c, i, h, st.target().value()));
        LineData data = null;
        Indicator.Measure measure = IndicatorViews.measure(i, h);
        if (h != null && reported) {
            var labels = new IndicatorChart.Labels(s.get("chart.all"), i.baseline().isEmpty() ? "" : s.format("chart.baseline",
                    i.baseline()), target, s.get("chart.trend"));
            data = LineData.of(h, labels, Scale.Bounds.of(measure));
        }
        String base = c.site().initiative().settings().baseUrl();
        String footer = base.replaceFirst("^https?://", "").replaceFirst("/$", "");
        return new SocialCard(c.site().initiative().shortName(), title, latest, latestLabel,
                badge.icon() + " " + badge.label(), badge.code(), target, footer, data,
                new NumberStyle(c.format().locale(), measure == Indicator.Measure.PERCENT));
    }

    /** The card's alternative text: what it shows, in the words of the chart's summary. */
    static String alt(ViewContext c, IndicatorAnalysis a) {
        Indicator i = a.indicator();
        SeriesAnalysis h = a.headline();
        String summary = h != null && i.reporting() == Indicator.Reporting.REPORTED
                ? IndicatorViews.sentence(c, i, h) : IndicatorViews.badge(c, a).label();
        return c.strings().format("share.card.alt", i.title(), summary);
    }
}

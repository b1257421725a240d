package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.model.Indicator;
import io.impactsite.model.Markdown;
import io.impactsite.model.Message;
import io.impactsite.model.Narrative;
import io.impactsite.model.Thresholds;
import io.impactsite.pages.View.Link;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How status is decided, in plain words, with the site's thresholds and the indicators that set their own. */
public record MethodologyPage(Thresholds site, List<Indicator> indicators, Optional<Narrative> intro) implements Page {
    public static final Address AT = Address.folder("methodology");

    public record View(TemplateHTMLOutputModel intro, String onTrack, String accelerationNeeded,
                       String growthOnTrack, String growthAccelerationNeeded, List<Override> overrides) {}

    public record Override(Link indicator, String onTrack, String accelerationNeeded, String growthOnTrack,
                           String growthAccelerationNeeded) {}

    @java.lang.Override public Kind kind() {
        return Kind.METHODOLOGY;
    }

    @java.lang.Override public Address address() {
        return AT;
    }

    @java.lang.Override public Message title() {
        return Message.of("methodology.title");
    }

    @java.lang.Override public Message description() {
        return Message.of("methodology.description");
    }

    @java.lang.Override public Address parent() {
        return ReportCardPage.AT;
    }

    @java.lang.Override public Set<String> sources() {
        return intro.map(n -> Set.of(n.body().file(), "indicators/")).orElse(Set.of("indicators/"));
    }

    @java.lang.Override public List<Markdown> bodies() {
        return intro.map(n -> List.of(n.body())).orElse(List.of());
    }

    @java.lang.Override public Set<String> anchors() {
        return Set.of("status", "time", "figures", "equity");
    }

    @java.lang.Override public View view(ViewContext c) {
        Override s = thresholds(c, null, site);
        List<Override> overrides = indicators.stream().filter(i -> !i.thresholds().equals(site))
                .map(i -> thresholds(c, new Link(i.title(), c.links().indicator(i.id())), i.thresholds())).toList();
        return new View(intro.map(n -> c.html(n.body())).orElse(Html.EMPTY), s.onTrack(), s.accelerationNeeded(),
                s.growthOnTrack(), s.growthAccelerationNeeded(), overrides);
    }

    private static Override thresholds(ViewContext c, Link indicator, Thresholds t) {
        var f = c.format();
        return new Override(indicator, f.number(BigDecimal.valueOf(t.onTrack()), 2),
                f.number(BigDecimal.valueOf(t.accelerationNeeded()), 2), f.percent(t.growthOnTrack(), 1),
                f.percent(t.growthAccelerationNeeded(), 1));
    }
}

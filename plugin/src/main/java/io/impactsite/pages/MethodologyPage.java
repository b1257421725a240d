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

    public record View(TemplateHTMLOutputModel intro, Breaks withTarget, Breaks withoutTarget, List<OwnThresholds> overrides) {}

    /** What each status takes, in words with the thresholds in them. */
    public record Breaks(String onTrack, String accelerationNeeded, String limitedProgress, String movingAway) {}

    public record OwnThresholds(Link indicator, String text) {}

    @Override public Kind kind() {
        return Kind.METHODOLOGY;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("methodology.title");
    }

    @Override public Message description() {
        return Message.of("methodology.description");
    }

    @Override public Address parent() {
        return ReportCardPage.AT;
    }

    @Override public Set<String> sources() {
        return intro.map(n -> Set.of(n.body().file(), "indicators/")).orElse(Set.of("indicators/"));
    }

    @Override public List<Markdown> bodies() {
        return intro.map(n -> List.of(n.body())).orElse(List.of());
    }

    @Override public Set<String> anchors() {
        return Set.of("status", "words", "time", "figures", "equity");
    }

    @Override public View view(ViewContext c) {
        Strings s = c.strings();
        Format f = c.format();
        String onTrack = ratio(f, site.onTrack());
        String acceleration = ratio(f, site.accelerationNeeded());
        String growthOnTrack = f.percent(site.growthOnTrack(), 1);
        String growthAcceleration = f.percent(site.growthAccelerationNeeded(), 1);
        Breaks withTarget = new Breaks(s.format("methodology.ratio.onTrack", onTrack),
                s.format("methodology.ratio.accelerationNeeded", acceleration, onTrack),
                s.format("methodology.ratio.limitedProgress", acceleration), s.get("methodology.ratio.movingAway"));
        Breaks withoutTarget = new Breaks(s.format("methodology.growth.onTrack", growthOnTrack),
                s.format("methodology.growth.accelerationNeeded", growthAcceleration, growthOnTrack),
                s.format("methodology.growth.limitedProgress", growthAcceleration), s.get("methodology.growth.movingAway"));
        List<OwnThresholds> overrides = indicators.stream().filter(i -> !i.thresholds().equals(site))
                .map(i -> new OwnThresholds(new Link(i.title(), c.links().indicator(i.id())), s.format("methodology.override",
                        ratio(f, i.thresholds().onTrack()), f.percent(i.thresholds().growthOnTrack(), 1),
                        ratio(f, i.thresholds().accelerationNeeded()), f.percent(i.thresholds().growthAccelerationNeeded(), 1))))
                .toList();
        return new View(intro.map(n -> c.html(n.body())).orElse(Html.EMPTY), withTarget, withoutTarget, overrides);
    }

    private static String ratio(Format f, double value) {
        return f.number(BigDecimal.valueOf(value), 2);
    }
}

package io.impactsite.pages;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.model.Indicator;
import io.impactsite.model.Message;
import java.util.Set;

/** indicators/<id>/card.png: the indicator's social card (og:image), drawn at build time (chart.SocialCard). */
public record SocialCardPage(IndicatorAnalysis analysis) implements Page {

    public static Address at(Indicator i) {
        return Address.file("indicators/" + i.id() + "/card.png");
    }

    @Override public Kind kind() {
        return Kind.SOCIAL_CARD;
    }

    @Override public Address address() {
        return at(analysis.indicator());
    }

    @Override public Message title() {
        return Message.text(analysis.indicator().title());
    }

    @Override public Address parent() {
        return null;
    }

    @Override public Set<String> sources() {
        return analysis.indicator().files();
    }

    /** The PNG's bytes. */
    @Override public byte[] view(ViewContext c) {
        return c.shared().png(SocialCards.card(c, analysis));
    }
}

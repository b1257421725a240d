package io.impactsite.pages;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.model.Indicator;
import io.impactsite.model.Message;
import java.util.Set;

/** data/<id>.json: an indicator's metadata, observations and computed status (docs/open-data.md). */
public record DataJsonPage(IndicatorAnalysis analysis) implements Page {

    public static Address at(Indicator i) {
        return Address.file("data/" + i.id() + ".json");
    }

    @Override public Kind kind() {
        return Kind.DATA_JSON;
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

    @Override public OpenDataJson.IndicatorJson view(ViewContext c) {
        return OpenDataJson.of(analysis, c);
    }
}

package io.impactsite.pages;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.model.DataLicense;
import io.impactsite.model.Message;
import io.impactsite.pages.View.Link;
import java.util.List;
import java.util.Set;

/** /data/: every indicator's downloads, the combined file and the data package descriptor. */
public record OpenDataPage(List<IndicatorAnalysis> indicators) implements Page {
    public static final Address AT = Address.folder("data");

    /** @param license the open data's licence; null when none is stated */
    public record View(List<DataRow> indicators, String combined, String datapackage, DataLicense license) {}

    public record DataRow(Link indicator, String csv, String json, String file, int observations) {}

    @Override public Kind kind() {
        return Kind.OPEN_DATA;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("nav.data");
    }

    @Override public Message description() {
        return Message.of("data.description");
    }

    @Override public Set<String> sources() {
        return Set.of("indicators/");
    }

    @Override public View view(ViewContext c) {
        return new View(indicators.stream().map(a -> new DataRow(
                        new Link(a.indicator().title(), c.links().indicator(a.indicator().id())),
                        a.indicator().dataFile().isEmpty() ? "" : c.href(DataFilePage.at(a.indicator())),
                        c.href(DataJsonPage.at(a.indicator())),
                        IndicatorPage.fileName(a.indicator().dataFile()),
                        a.indicator().series().stream().mapToInt(x -> x.observations().size()).sum())).toList(),
                c.href(CombinedCsvPage.AT), c.href(DataPackagePage.AT),
                c.site().initiative().settings().dataLicense().stated() ? c.site().initiative().settings().dataLicense() : null);
    }
}

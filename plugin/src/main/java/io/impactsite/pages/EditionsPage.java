package io.impactsite.pages;

import io.impactsite.model.Message;
import java.util.List;
import java.util.Set;

/** Every report card the site keeps: the current one, what changed since the last, and each past edition as it was. */
public record EditionsPage(List<Integer> years, boolean changes) implements Page {
    public static final Address AT = Address.folder("editions");

    /**
     * @param changes the page of what changed since the newest past edition; "" when there is none
     */
    public record View(String current, String changes, String changesLabel, List<Entry> editions) {}

    /** A past edition: its label ("2024 report card"), its home and its report card. */
    public record Entry(String year, String label, String home, String reportCard) {}

    @Override public Kind kind() {
        return Kind.EDITIONS;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("editions.title");
    }

    @Override public Message description() {
        return Message.of("editions.description");
    }

    @Override public Set<String> sources() {
        return Set.of("initiative.yml");
    }

    @Override public View view(ViewContext c) {
        List<Entry> entries = years.stream().map(y -> new Entry(y.toString(),
                c.strings().format("editions.edition", y.toString()), c.href(EditionPage.at(y)),
                c.href(EditionPage.at(y, ReportCardPage.AT)))).toList();
        String newest = years.isEmpty() ? "" : years.get(0).toString();
        return new View(c.href(ReportCardPage.AT), changes ? c.href(ChangesSincePage.at(years.get(0))) : "",
                changes ? c.strings().format("since.title", newest) : "", entries);
    }
}

package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.model.Initiative;
import io.impactsite.model.Message;
import io.impactsite.model.Partner;
import io.impactsite.pages.View.GoalCard;
import io.impactsite.pages.View.Link;
import io.impactsite.pages.View.StatusCount;
import io.impactsite.pages.View.UpdateCard;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The home page: vision, years active, the report card's headline, goals, latest updates, partners by sector. */
public record HomePage(Initiative initiative) implements Page {

    public record View(TemplateHTMLOutputModel vision, String started, String dataSpan, String headline,
                       String reportCard, List<StatusCount> counts, List<GoalCard> goals, List<UpdateCard> updates,
                       String allUpdates, List<Link> sectors, int partners) {}

    @Override public Kind kind() {
        return Kind.HOME;
    }

    @Override public Address address() {
        return Address.HOME;
    }

    @Override public Message title() {
        return Message.text(initiative.name());
    }

    @Override public Message description() {
        return Message.text(initiative.tagline());
    }

    @Override public Address parent() {
        return null;
    }

    @Override public Set<String> sources() {
        return Set.of("indicators/", "updates/", "partners/");
    }

    @Override public View view(ViewContext c) {
        SiteAnalysis a = c.analysis();
        Map<String, Long> bySector = a.site().partners().stream()
                .collect(Collectors.groupingBy(Partner::sector, TreeMap::new, Collectors.counting()));
        List<Link> sectors = initiative.sectors().stream().filter(x -> bySector.containsKey(x.id()))
                .map(x -> new Link(c.strings().format("home.sector", Cards.sector(c, x), bySector.get(x.id())),
                        c.href(PartnersPage.AT) + "#sector-" + x.id()))
                .toList();
        return new View(c.html(initiative.agenda().vision()), String.valueOf(initiative.started()), Cards.dataSpan(c),
                Cards.headline(c), c.href(ReportCardPage.AT), Cards.counts(c, a.statusCounts()),
                initiative.agenda().goals().stream().map(g -> Cards.goal(c, g)).toList(),
                a.site().updates().stream().limit(3).map(u -> Cards.update(c, u)).toList(), c.href(UpdatesPage.at("", 1)),
                sectors, a.site().partners().size());
    }
}

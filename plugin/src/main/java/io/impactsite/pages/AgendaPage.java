package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.model.Agenda;
import io.impactsite.model.Message;
import io.impactsite.pages.View.GoalCard;
import io.impactsite.pages.View.Link;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The common agenda: vision, problem, boundaries, goals and strategies. */
public record AgendaPage(Agenda agenda) implements Page {
    public static final Address AT = Address.folder("agenda");

    public record View(TemplateHTMLOutputModel vision, TemplateHTMLOutputModel problem,
                       String place, String population, String timeframe, List<GoalCard> goals, List<Strategy> strategies) {}

    public record Strategy(String id, String title, TemplateHTMLOutputModel description, List<Link> goals) {}

    @Override public Kind kind() {
        return Kind.AGENDA;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("nav.agenda");
    }

    @Override public Message description() {
        return Message.of("agenda.description");
    }

    /** The goal cards count each goal's indicators by status. */
    @Override public Set<String> sources() {
        return Set.of("indicators/");
    }

    @Override public Set<String> anchors() {
        return agenda.strategies().stream().map(s -> "strategy-" + s.id()).collect(Collectors.toSet());
    }

    @Override public View view(ViewContext c) {
        return new View(c.html(agenda.vision()), c.html(agenda.problem()),
                agenda.boundaries().place(), agenda.boundaries().population(), agenda.boundaries().timeframe(),
                agenda.goals().stream().map(g -> Cards.goal(c, g)).toList(),
                agenda.strategies().stream().map(st -> new Strategy(st.id(), st.title(), c.html(st.description()),
                        st.goals().stream().map(g -> Cards.goalLink(c, g)).toList())).toList());
    }
}

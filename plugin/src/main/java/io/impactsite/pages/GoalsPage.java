package io.impactsite.pages;

import io.impactsite.model.Goal;
import io.impactsite.model.Message;
import io.impactsite.pages.View.GoalCard;
import java.util.List;
import java.util.Set;

/** Every goal of the common agenda, with how its indicators are doing. */
public record GoalsPage(List<Goal> goals) implements Page {
    public static final Address AT = Address.folder("goals");

    public record View(List<GoalCard> goals) {}

    @Override public Kind kind() {
        return Kind.GOALS;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("goals.title");
    }

    @Override public Message description() {
        return Message.of("goals.description");
    }

    @Override public Address parent() {
        return AgendaPage.AT;
    }

    @Override public Set<String> sources() {
        return Set.of("indicators/");
    }

    @Override public View view(ViewContext c) {
        return new View(goals.stream().map(g -> Cards.goal(c, g)).toList());
    }
}

package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.model.Markdown;
import io.impactsite.model.Message;
import io.impactsite.model.Update;
import io.impactsite.pages.View.Link;
import io.impactsite.pages.View.UpdateCard;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One update, with links to the newer and the older one. */
public record UpdatePage(Update update, Optional<Update> newer, Optional<Update> older, String file) implements Page {

    /** {@code about}: the goals and indicators it names, linked. */
    public record View(UpdateCard update, TemplateHTMLOutputModel body, Link previous, Link next, List<Link> about) {}

    public static Address at(String slug) {
        return Address.folder("updates", slug);
    }

    @Override public Kind kind() {
        return Kind.UPDATE;
    }

    @Override public Address address() {
        return at(update.slug());
    }

    @Override public String key() {
        return update.slug();
    }

    @Override public Message title() {
        return Message.text(update.title());
    }

    @Override public Message description() {
        return Message.text(update.summary());
    }

    @Override public Address parent() {
        return UpdatesPage.AT;
    }

    /** Its file, and those of the indicators it names (their titles are its links). */
    @Override public Set<String> sources() {
        Set<String> files = new java.util.TreeSet<>(Set.of(file));
        update.indicators().forEach(i -> files.add("indicators/" + i + ".yml"));
        return java.util.Collections.unmodifiableSet(files);
    }

    @Override public List<Markdown> bodies() {
        return List.of(update.body());
    }

    @Override public View view(ViewContext c) {
        return new View(Cards.update(c, update), c.html(update.body()),
                newer.map(u -> new Link(u.title(), c.links().update(u.slug()))).orElse(null),
                older.map(u -> new Link(u.title(), c.links().update(u.slug()))).orElse(null),
                java.util.stream.Stream.concat(update.goals().stream().map(g -> Cards.goalLink(c, g)),
                        update.indicators().stream().map(i -> Cards.indicatorLink(c, i))).toList());
    }
}

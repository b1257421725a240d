package io.impactsite.pages;

import io.impactsite.model.Message;
import java.util.List;

/** Every tag of the updates with how many updates have it, each linking to its list. */
public record TagsPage(List<Tag> tags) implements Page {
    public static final Address AT = Address.folder("updates", "tags");

    /** A tag and how many updates have it. */
    public record Tag(String name, int count) {}

    public record View(List<TagLink> tags) {}

    public record TagLink(String label, String href, String count) {}

    @Override public Kind kind() {
        return Kind.TAGS;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("tags.title");
    }

    @Override public Message description() {
        return Message.of("tags.description");
    }

    @Override public Address parent() {
        return UpdatesPage.AT;
    }

    @Override public View view(ViewContext c) {
        return new View(tags.stream().map(t -> new TagLink(t.name(), c.links().tag(t.name()),
                c.strings().format("tags.count", t.count()))).toList());
    }
}

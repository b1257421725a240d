package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.model.Markdown;
import io.impactsite.model.Message;
import io.impactsite.model.Narrative;
import java.util.List;
import java.util.Set;

/** A narrative page of the content's pages/ folder, at /<slug>/. */
public record NarrativePage(Narrative narrative) implements Page {

    public record View(String title, TemplateHTMLOutputModel body) {}

    public static Address at(String slug) {
        return Address.folder(slug);
    }

    @Override public Kind kind() {
        return Kind.NARRATIVE;
    }

    @Override public Address address() {
        return at(narrative.slug());
    }

    @Override public String key() {
        return narrative.slug();
    }

    @Override public Message title() {
        return Message.text(narrative.title());
    }

    @Override public Message description() {
        return Message.text(narrative.description());
    }

    @Override public Set<String> sources() {
        return Set.of(narrative.body().file());
    }

    @Override public List<Markdown> bodies() {
        return List.of(narrative.body());
    }

    @Override public View view(ViewContext c) {
        return new View(narrative.title(), c.html(narrative.body()));
    }
}

package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.model.Backbone;
import io.impactsite.model.Initiative;
import io.impactsite.model.Markdown;
import io.impactsite.model.Message;
import io.impactsite.model.Narrative;
import io.impactsite.pages.View.Link;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The backbone organisation, its functions and staff, and how to get in touch. */
public record AboutPage(Initiative initiative, Optional<Narrative> intro) implements Page {
    public static final Address AT = Address.folder("about");

    public record View(TemplateHTMLOutputModel intro, String backbone, String backboneUrl,
                       TemplateHTMLOutputModel description, List<Function> functions, List<Staff> staff, String email,
                       TemplateHTMLOutputModel meetings, List<Link> links) {}

    public record Function(String title, TemplateHTMLOutputModel description) {}

    public record Staff(String name, String role, String email) {}

    @Override public Kind kind() {
        return Kind.ABOUT;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("nav.about");
    }

    @Override public Message description() {
        return Message.of("about.description");
    }

    @Override public Set<String> sources() {
        return intro.map(n -> Set.of(n.body().file())).orElse(Set.of());
    }

    @Override public List<Markdown> bodies() {
        return intro.map(n -> List.of(n.body())).orElse(List.of());
    }

    @Override public Set<String> anchors() {
        return Set.of("backbone", "contact");
    }

    @Override public View view(ViewContext c) {
        Backbone b = initiative.backbone();
        return new View(intro.map(n -> c.html(n.body())).orElse(Html.EMPTY), b.name(), b.url(), c.html(b.description()),
                b.functions().stream().map(f -> new Function(f.title(), c.html(f.description()))).toList(),
                b.staff().stream().map(x -> new Staff(x.name(), x.role(), x.email())).toList(),
                initiative.communication().email(), c.html(initiative.communication().meetings()),
                initiative.communication().links().stream().map(l -> new Link(l.label(), l.url())).toList());
    }
}

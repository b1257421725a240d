package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.model.Initiative;
import io.impactsite.model.Markdown;
import io.impactsite.model.Message;
import io.impactsite.model.Narrative;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accessibility statement: what the site aims for, how every build is checked, how to read charts
 * without a mouse, what is known not to work, and whom to tell. Its words are the theme's
 * (strings.properties), so they stay true of the theme; pages/accessibility.md adds an introduction.
 */
public record AccessibilityPage(Initiative initiative, Optional<Narrative> intro) implements Page {
    public static final Address AT = Address.folder("accessibility");

    /**
     * @param email where to say what does not work; "" when the site gives no address
     * @param about the about page, where a site without an address says how to reach it
     */
    public record View(TemplateHTMLOutputModel intro, String email, String about) {}

    @Override public Kind kind() {
        return Kind.ACCESSIBILITY;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("accessibility.title");
    }

    @Override public Message description() {
        return Message.of("accessibility.description");
    }

    @Override public Set<String> sources() {
        return intro.map(n -> Set.of(n.body().file())).orElse(Set.of());
    }

    @Override public List<Markdown> bodies() {
        return intro.map(n -> List.of(n.body())).orElse(List.of());
    }

    @Override public Set<String> anchors() {
        return Set.of("aim", "checks", "charts", "limits", "contact");
    }

    @Override public View view(ViewContext c) {
        return new View(intro.map(n -> c.html(n.body())).orElse(Html.EMPTY), initiative.communication().email(),
                c.href(AboutPage.AT));
    }
}

package io.impactsite.pages;

import io.impactsite.model.Message;
import io.impactsite.model.SystemsChange;
import io.impactsite.pages.View.ChangeView;
import io.impactsite.pages.View.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The systems-change timeline, by kind, newest first. */
public record SystemsChangePage(List<SystemsChange> changes) implements Page {
    public static final Address AT = Address.folder("systems-change");

    public record View(List<Link> kinds, List<KindGroup> groups) {}

    /** The changes of one kind, newest first. */
    public record KindGroup(String id, String label, List<ChangeView> changes) {}

    @Override public Kind kind() {
        return Kind.SYSTEMS_CHANGE;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("nav.changes");
    }

    @Override public Message description() {
        return Message.of("changes.description");
    }

    @Override public Set<String> sources() {
        return Set.of("changes.yml", "partners/");
    }

    @Override public View view(ViewContext c) {
        List<Link> kinds = new ArrayList<>();
        List<KindGroup> groups = new ArrayList<>();
        for (SystemsChange.Kind k : SystemsChange.Kind.values()) {
            List<ChangeView> of = changes.stream().filter(x -> x.kind() == k)
                    .sorted(Comparator.comparing(SystemsChange::date).reversed()).map(x -> Cards.change(c, x)).toList();
            if (of.isEmpty()) continue;
            String label = c.strings().get("change." + k.id());
            kinds.add(new Link(c.strings().format("changes.kind", label, of.size()), "#kind-" + k.id()));
            groups.add(new KindGroup(k.id(), label, of));
        }
        return new View(kinds, groups);
    }
}

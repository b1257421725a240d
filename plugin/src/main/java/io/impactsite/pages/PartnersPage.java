package io.impactsite.pages;

import io.impactsite.model.Message;
import io.impactsite.model.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The partner directory, by sector. */
public record PartnersPage(List<Sector> sectors) implements Page {
    public static final Address AT = Address.folder("partners");

    public record View(String count, List<io.impactsite.pages.View.Sector> sectors) {}

    @Override public Kind kind() {
        return Kind.PARTNERS;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("nav.partners");
    }

    @Override public Message description() {
        return Message.of("partners.description");
    }

    @Override public Set<String> sources() {
        return Set.of("partners/");
    }

    @Override public Set<String> anchors() {
        return sectors.stream().map(s -> "sector-" + s.id()).collect(Collectors.toSet());
    }

    @Override public View view(ViewContext c) {
        var partners = c.site().partners();
        List<io.impactsite.pages.View.Sector> out = new ArrayList<>();
        for (Sector sector : sectors) {
            var cards = partners.stream().filter(p -> p.sector().equals(sector.id()))
                    .map(p -> new io.impactsite.pages.View.PartnerCard(p.name(), c.links().partner(p.id()), Cards.sector(c, sector),
                            c.html(p.description()), c.strings().format("partners.contributions", p.contributions().size()),
                            p.logo().isEmpty() ? "" : p.logo())).toList();
            if (!cards.isEmpty()) out.add(new io.impactsite.pages.View.Sector(sector.id(), Cards.sector(c, sector), cards));
        }
        return new View(c.strings().format("partners.count", partners.size()), out);
    }
}

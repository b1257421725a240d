package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.model.Message;
import io.impactsite.model.Partner;
import io.impactsite.pages.View.Contribution;
import io.impactsite.pages.View.Link;
import java.util.List;
import java.util.Set;

/** A partner's profile: sector, description, networks and contributions. */
/**
 * @param asOf    the site's date, which says whether a contribution has ended
 * @param sources its file, the networks', changes.yml and those of the indicators its contributions name
 */
public record PartnerPage(Partner partner, String sector, java.time.LocalDate asOf, Set<String> sources) implements Page {

    public record View(String name, String sector, String url, String logo, TemplateHTMLOutputModel description,
                       String joined, List<Link> networks, List<Contribution> contributions,
                       List<io.impactsite.pages.View.ChangeView> changes) {}

    public static Address at(String id) {
        return Address.folder("partners", id);
    }

    @Override public Kind kind() {
        return Kind.PARTNER;
    }

    @Override public Address address() {
        return at(partner.id());
    }

    @Override public String key() {
        return partner.id();
    }

    @Override public Message title() {
        return Message.text(partner.name());
    }

    @Override public Message description() {
        return Message.markdown(partner.description());
    }

    @Override public Address parent() {
        return PartnersPage.AT;
    }

    @Override public View view(ViewContext c) {
        var networks = c.site().networks();
        String sectorName = c.site().initiative().sectors().stream().filter(x -> x.id().equals(partner.sector()))
                .findFirst().map(x -> Cards.sector(c, x)).orElse(sector);
        return new View(partner.name(), sectorName, partner.url(), partner.logo(), c.html(partner.description()),
                partner.joined() == 0 ? "" : String.valueOf(partner.joined()),
                partner.networks().stream().map(n -> new Link(networks.stream().filter(x -> x.id().equals(n)).findFirst()
                        .orElseThrow().name(), c.links().network(n))).toList(),
                partner.contributions().stream().map(x -> Cards.contribution(c, x)).toList(),
                ActivityViews.newestFirst(c.analysis().activities().changesOfPartner(partner.id())).stream()
                        .map(x -> Cards.change(c, x)).toList());
    }
}

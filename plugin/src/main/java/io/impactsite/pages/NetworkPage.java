package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.model.Message;
import io.impactsite.model.Network;
import io.impactsite.model.Partner;
import io.impactsite.model.Sector;
import io.impactsite.model.SystemsChange;
import io.impactsite.pages.View.ChangeView;
import io.impactsite.pages.View.Contribution;
import io.impactsite.pages.View.Link;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An action network: its purpose, convener, cadence, members with their sectors, the goals it
 * serves, its members' contributions to those goals, and the systems changes its members took part
 * in on those goals. Members are the partners that name the network (and its convener).
 */
/** @param asOf the site's date, which says whether a contribution has ended */
public record NetworkPage(Network network, java.time.LocalDate asOf) implements Page {

    public record View(String name, TemplateHTMLOutputModel purpose, Link convener, String meets, List<Member> members,
                       List<Link> goals, List<Contribution> contributions, List<ChangeView> changes) {}

    /** A member and its sector; {@code convener}: whether it convenes the network. */
    public record Member(Link partner, String sector, boolean convener) {}

    public static Address at(String id) {
        return Address.folder("networks", id);
    }

    @Override public Kind kind() {
        return Kind.NETWORK;
    }

    @Override public Address address() {
        return at(network.id());
    }

    @Override public String key() {
        return network.id();
    }

    @Override public Message title() {
        return Message.text(network.name());
    }

    @Override public Message description() {
        return Message.markdown(network.description());
    }

    @Override public Address parent() {
        return ActivitiesPage.AT;
    }

    @Override public Set<String> sources() {
        return Set.of("networks/" + network.id() + ".yml", "partners/", "changes.yml");
    }

    /** The partners that name the network, and its convener, in sector order, then by name. */
    static List<Partner> members(Network network, List<Partner> partners, List<Sector> sectors) {
        List<Partner> all = partners.stream()
                .filter(p -> p.networks().contains(network.id()) || p.id().equals(network.convener())).toList();
        List<Partner> members = new ArrayList<>();
        Set<String> placed = new HashSet<>();   // by id: comparing whole partners, each member by each partner, was quadratic
        for (Sector sector : sectors) {
            all.stream().filter(p -> p.sector().equals(sector.id()))
                    .sorted(java.util.Comparator.comparing(Partner::name))
                    .forEach(p -> {
                        members.add(p);
                        placed.add(p.id());
                    });
        }
        all.stream().filter(p -> !placed.contains(p.id())).forEach(members::add);
        return List.copyOf(members);
    }

    @Override public View view(ViewContext c) {
        var site = c.site();
        List<Partner> members = members(network, site.partners(), site.initiative().sectors());
        Set<String> ids = members.stream().map(Partner::id).collect(Collectors.toSet());
        var contributions = members.stream().flatMap(p -> p.contributions().stream())
                .filter(x -> x.goals().stream().anyMatch(network.goals()::contains)).map(x -> Cards.contribution(c, x)).toList();
        List<SystemsChange> changes = site.changes().stream()
                .filter(x -> x.goals().stream().anyMatch(network.goals()::contains))
                .filter(x -> x.partners().stream().anyMatch(ids::contains)).toList();
        return new View(network.name(), c.html(network.description()),
                network.convener().isEmpty() ? null : Cards.partnerLink(c, network.convener()), network.meets(),
                members.stream().map(p -> new Member(Cards.partnerLink(c, p.id()), sectorName(c, site.initiative().sectors(),
                        p.sector()), p.id().equals(network.convener()))).toList(),
                network.goals().stream().map(g -> Cards.goalLink(c, g)).toList(), contributions,
                ActivityViews.newestFirst(changes).stream().map(x -> Cards.change(c, x)).toList());
    }

    /** A member's sector in the site's language (a default sector's name is the theme's word). */
    private static String sectorName(ViewContext c, List<Sector> sectors, String id) {
        return sectors.stream().filter(s -> s.id().equals(id)).map(s -> Cards.sector(c, s)).findFirst().orElse(id);
    }
}

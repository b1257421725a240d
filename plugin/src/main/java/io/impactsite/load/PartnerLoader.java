package io.impactsite.load;

import io.impactsite.load.Documents.NetworkDoc;
import io.impactsite.load.Documents.PartnerDoc;
import io.impactsite.load.Documents.Ref;
import io.impactsite.model.Network;
import io.impactsite.model.Partner;
import io.impactsite.problem.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** partners/<id>.yml and networks/<id>.yml. References are checked once every file is read. */
final class PartnerLoader {
    private final YamlReader yaml;

    PartnerLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** A partner and, beside it, its references and the lines they are on. */
    record Loaded(Partner partner, String file, int sectorLine, List<Ref> networks,
                  List<LoadedContribution> contributions) {}

    /** A contribution's references: its goals, the indicators it moves, the shared measures it reports. */
    record LoadedContribution(List<Ref> goals, List<Ref> indicators, List<Ref> measures) {}

    Optional<Loaded> partner(ContentFolder folder, Path path, Problems problems) {
        return YamlFile.read(yaml, folder, path, PartnerDoc.class, problems).map(read -> partner(folder, read));
    }

    private Loaded partner(ContentFolder folder, YamlFile<PartnerDoc> read) {
        String id = read.id();
        PartnerDoc doc = read.doc();
        YamlReader.Lines lines = read.lines();
        Fields f = read.fields();
        int top = read.top();
        String logo = Fields.optional(doc.logo());
        if (!logo.isEmpty()) logo = ContentLoader.checkFile(folder, logo, logo, "", f, lines.of(doc, "logo"), "logo");
        var contributions = Fields.list(doc.contributions());
        List<Ref> networks = Fields.list(doc.networks());
        Partner partner = new Partner(id,
                f.required(doc.name(), top, "name", "Give the partner's name: `name: Riverbend Public Library`."),
                f.required(doc.sector(), top, "sector", "Name its sector, such as `sector: education`."),
                f.url(doc.url(), lines.of(doc, "url"), "url"),
                logo,
                Fields.optional(doc.description()),
                doc.joined() == null ? 0 : doc.joined(),
                Fields.ids(networks),
                contributions.stream().map(c -> ContributionReader.read(id, c, lines, f)).toList());
        return new Loaded(partner, read.file(), lines.of(doc, "sector"), networks,
                contributions.stream().map(c -> new LoadedContribution(Fields.list(c.goal()), Fields.list(c.indicators()),
                        Stream.of(c.howMuch(), c.howWell(), c.betterOff()).flatMap(m -> Fields.list(m).stream())
                                .map(Documents.MeasureDoc::measure).filter(Objects::nonNull).toList())).toList());
    }

    /** A network and its references, with the lines they are on. */
    record LoadedNetwork(Network network, String file, List<Ref> goals, int convenerLine) {}

    Optional<LoadedNetwork> network(ContentFolder folder, Path path, Problems problems) {
        return YamlFile.read(yaml, folder, path, NetworkDoc.class, problems).map(read -> {
            NetworkDoc doc = read.doc();
            Fields f = read.fields();
            List<Ref> goals = Fields.list(doc.goals());
            return new LoadedNetwork(new Network(read.id(),
                    f.required(doc.name(), read.top(), "name", "Give the network's name."),
                    Fields.optional(doc.description()),
                    Fields.ids(goals),
                    Fields.optional(doc.convener()),
                    Fields.optional(doc.meets())), read.file(), goals, read.lines().of(doc, "convener"));
        });
    }
}

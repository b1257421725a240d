package io.impactsite.load;

import io.impactsite.problem.Problems;
import io.impactsite.load.Documents.NetworkDoc;
import io.impactsite.load.Documents.PartnerDoc;
import io.impactsite.model.Contribution;
import io.impactsite.model.Network;
import io.impactsite.model.Partner;
import java.nio.file.Path;
import java.util.List;

/** partners/<id>.yml and networks/<id>.yml. References are checked by {@link References}. */
final class PartnerLoader {
    static final List<String> CONTRIBUTION_KINDS = List.of("programme", "funding", "in-kind", "data", "policy", "advocacy");

    private final YamlReader yaml;

    PartnerLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** A partner and, beside it, the lines its references are on. */
    record Loaded(Partner partner, String file, int sectorLine, int networksLine, List<Integer> contributionGoalLines,
                  List<Integer> contributionIndicatorLines) {}

    Loaded partner(ContentFolder folder, Path path, Problems problems) {
        YamlFile<PartnerDoc> read = YamlFile.read(yaml, folder, path, PartnerDoc.class, problems);
        if (read == null) return null;
        String file = read.file();
        String id = read.id();
        PartnerDoc doc = read.doc();
        YamlReader.Lines lines = read.lines();
        Fields f = read.fields();
        int top = read.top();
        String logo = Fields.optional(doc.logo());
        if (!logo.isEmpty()) logo = ContentLoader.checkFile(folder, logo, logo, "", f, lines.of(doc, "logo"), "logo");
        var contributions = Fields.list(doc.contributions());
        Partner partner = new Partner(id,
                f.required(doc.name(), top, "name", "Give the partner's name: `name: Riverbend Public Library`."),
                f.required(doc.sector(), top, "sector", "Name its sector, such as `sector: education`."),
                f.url(doc.url(), lines.of(doc, "url"), "url"),
                logo,
                Fields.optional(doc.description()),
                doc.joined() == null ? 0 : doc.joined(),
                Fields.list(doc.networks()),
                contributions.stream().map(c -> {
                    int at = lines.of(c);
                    return new Contribution(id,
                            f.required(c.goal(), at, "goal", "Name the goal it contributes to."),
                            f.required(c.title(), at, "title", "Say what the contribution is, in a few words."),
                            f.choice(c.kind(), lines.of(c, "kind"), "kind", CONTRIBUTION_KINDS, ""),
                            Fields.optional(c.description()),
                            Fields.list(c.indicators()),
                            c.since() == null ? 0 : c.since());
                }).toList());
        return new Loaded(partner, file, lines.of(doc, "sector"), lines.of(doc, "networks"),
                contributions.stream().map(c -> lines.of(c, "goal")).toList(),
                contributions.stream().map(c -> lines.of(c, "indicators")).toList());
    }

    /** A network and the lines its references are on. */
    record LoadedNetwork(Network network, String file, int goalsLine, int convenerLine) {}

    LoadedNetwork network(ContentFolder folder, Path path, Problems problems) {
        YamlFile<NetworkDoc> read = YamlFile.read(yaml, folder, path, NetworkDoc.class, problems);
        if (read == null) return null;
        String file = read.file();
        NetworkDoc doc = read.doc();
        YamlReader.Lines lines = read.lines();
        Fields f = read.fields();
        int top = read.top();
        return new LoadedNetwork(new Network(read.id(),
                f.required(doc.name(), top, "name", "Give the network's name."),
                Fields.optional(doc.description()),
                Fields.list(doc.goals()),
                Fields.optional(doc.convener()),
                Fields.optional(doc.meets())), file, lines.of(doc, "goals"), lines.of(doc, "convener"));
    }
}

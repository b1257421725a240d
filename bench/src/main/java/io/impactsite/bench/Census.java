package io.impactsite.bench;

import io.impactsite.bench.format.ChangeDoc;
import io.impactsite.bench.format.PartnerDoc;
import java.util.List;

/** The counts of a generated initiative, as bench/README.md's table of sizes lists them. */
public record Census(int indicators, int observations, int partners, int contributions, int networks, int changes,
                     int updates, int pages) {

    public static Census of(List<ContentFile> files) {
        int indicators = 0;
        int observations = 0;
        int partners = 0;
        int contributions = 0;
        int networks = 0;
        int changes = 0;
        int updates = 0;
        int pages = 0;
        for (ContentFile f : files) {
            String path = f.path();
            if (f instanceof ContentFile.Csv csv) {
                observations += csv.rows().size();
            } else if (path.startsWith("indicators/")) {
                indicators++;
            } else if (f instanceof ContentFile.Yaml y && y.document() instanceof PartnerDoc p) {
                partners++;
                contributions += p.contributions().size();
            } else if (path.startsWith("networks/")) {
                networks++;
            } else if (f instanceof ContentFile.Yaml y && y.document() instanceof List<?> list
                    && list.stream().allMatch(ChangeDoc.class::isInstance)) {
                changes += list.size();
            } else if (path.startsWith("updates/")) {
                updates++;
            } else if (path.startsWith("pages/") && !path.equals("pages/about.md")
                    && !path.equals("pages/methodology.md")) {
                pages++;
            }
        }
        return new Census(indicators, observations, partners, contributions, networks, changes, updates, pages);
    }

    @Override
    public String toString() {
        return indicators + " indicators, " + observations + " observations, " + partners + " partners, "
                + contributions + " contributions, " + networks + " networks, " + changes + " changes, " + updates
                + " updates, " + pages + " pages (besides the about and methodology intros)";
    }
}

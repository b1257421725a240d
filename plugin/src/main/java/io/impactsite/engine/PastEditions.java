package io.impactsite.engine;

import io.impactsite.analyse.EditionComparer;
import io.impactsite.analyse.EditionComparison;
import io.impactsite.analyse.SiteAnalyser;
import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.edition.Snapshot;
import io.impactsite.edition.Snapshots;
import io.impactsite.model.Edition;
import io.impactsite.model.Site;
import io.impactsite.pages.Editions;
import io.impactsite.problem.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The current site's past editions: each one's snapshot, found in git or in its folder, and what
 * changed since the newest (its content loaded and analysed like the current site's). Problems of
 * the newest edition's content are the site's problems too: the comparison needs it whole.
 */
record PastEditions(Editions.Current editions, List<Snapshot> snapshots) {

    static PastEditions find(Pipeline pipeline, Path content, SiteAnalysis current, Path cache, Problems problems) {
        List<Edition> listed = current.site().initiative().editions();
        if (listed.isEmpty()) return new PastEditions((Editions.Current) Editions.NONE, List.of());
        List<Snapshot> snapshots = Snapshots.resolve(content, listed, cache, problems);
        Optional<EditionComparison> since = snapshots.stream().filter(s -> s.edition().equals(listed.get(0))).findFirst()
                .flatMap(newest -> {
                    Problems own = new Problems();
                    Optional<Site> site = pipeline.load(newest, own);
                    own.errors().forEach(problems::add);   // its warnings are the edition build's to tell
                    if (site.isEmpty() || own.hasErrors()) return Optional.empty();
                    return Optional.of(EditionComparer.compare(newest.edition().year(), SiteAnalyser.analyse(site.get()), current));
                });
        return new PastEditions(new Editions.Current(listed.stream().map(Edition::year).toList(), since), snapshots);
    }
}

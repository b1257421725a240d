package io.impactsite.engine;

import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.edition.Snapshot;
import io.impactsite.markdown.MarkdownIndex;
import io.impactsite.pages.PageTree;
import io.impactsite.pages.Strings;
import io.impactsite.problem.Problem;
import io.impactsite.render.Theme;
import java.util.List;
import java.util.Map;

/**
 * A site that passed every check before rendering: its analysis, page tree, parsed Markdown, the
 * theme with its strings and files, the warnings the checks gave, and its past editions' snapshots.
 */
record Checked(SiteAnalysis analysis, PageTree tree, MarkdownIndex texts, Theme theme, Strings strings,
               Map<String, byte[]> themeFiles, List<Problem> warnings, List<Snapshot> snapshots, Timings timings) {

    /** How long each stage took, in nanoseconds. */
    record Timings(long load, long analyse, long pages, long validate) {
        @Override
        public String toString() {
            return "load " + SiteBuilder.seconds(load) + " s, analyse " + SiteBuilder.seconds(analyse) + " s, pages "
                    + SiteBuilder.seconds(pages) + " s, validate " + SiteBuilder.seconds(validate) + " s";
        }
    }
}

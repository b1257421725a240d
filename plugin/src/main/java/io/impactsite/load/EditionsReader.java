package io.impactsite.load;

import io.impactsite.load.Documents.EditionDoc;
import io.impactsite.model.Edition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code editions:} of initiative.yml: the past report cards, each a year with a git revision or a
 * frozen folder. Whether a revision exists is for the edition stage to say: it reads the repository.
 */
final class EditionsReader {
    private EditionsReader() {}

    static List<Edition> read(List<EditionDoc> docs, YamlReader.Lines lines, Fields f, ContentFolder folder) {
        List<Edition> editions = new ArrayList<>();
        Map<Integer, Integer> years = new HashMap<>();
        for (EditionDoc doc : Fields.list(docs)) {
            int line = lines.of(doc);
            if (doc.year() == null) {
                f.missing(line, "editions.year", "Give the year of the report card: `year: 2024`; it is its address (/2024/).");
                continue;
            }
            int year = doc.year();
            if (year < 1900 || year > 2999) {
                f.error(lines.of(doc, "year"), "`year` is " + year + ", but it must be a year such as 2024.");
                continue;
            }
            Integer earlier = years.putIfAbsent(year, line);
            if (earlier != null) {
                f.error(line, "a second edition has the year " + year + " (the first is on line " + earlier
                        + "). Each year is one address (/" + year + "/): list it once.");
                continue;
            }
            String revision = Fields.optional(doc.revision());
            String dir = Fields.optional(doc.folder()).replaceAll("/+$", "");
            if (revision.isEmpty() == dir.isEmpty()) {
                f.error(line, "the edition " + year + " needs either `revision` (a git tag or commit, such as `report-"
                        + year + "`) or `folder` (a frozen copy of the content, such as `editions/" + year + "`), "
                        + (revision.isEmpty() ? "and has neither." : "not both."));
                continue;
            }
            if (!dir.isEmpty() && !folderOk(dir, folder, f, lines.of(doc, "folder"))) continue;
            String path = null;
            if (doc.path() != null) {
                if (revision.isEmpty()) {
                    f.error(lines.of(doc, "path"), "`path` says where the content was in the repository at a "
                            + "`revision`; a `folder` edition has none. Remove it.");
                    continue;
                }
                path = doc.path().strip().replaceAll("^/+|/+$", "");
            }
            editions.add(new Edition(year, revision, path, dir, line));
        }
        editions.sort(Comparator.comparingInt(Edition::year).reversed());
        return List.copyOf(editions);
    }

    private static boolean folderOk(String dir, ContentFolder folder, Fields f, int line) {
        Optional<Path> p = folder.resolve(dir);
        if (p.isEmpty()) {
            f.error(line, "`folder` is `" + dir + "`, which is outside the content folder. Keep the frozen copy "
                    + "inside it, such as `editions/2024`.");
            return false;
        }
        if (!Files.isRegularFile(p.get().resolve("initiative.yml"))) {
            f.error(line, "`folder` is `" + dir + "`, but " + (Files.isDirectory(p.get()) ? "it has no initiative.yml"
                    : "there is no such folder") + ". Copy the content folder as it was (initiative.yml, indicators/, "
                    + "partners/, ...) into it.");
            return false;
        }
        return true;
    }
}

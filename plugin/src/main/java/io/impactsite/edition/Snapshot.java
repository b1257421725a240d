package io.impactsite.edition;

import io.impactsite.model.Edition;
import java.nio.file.Path;

/**
 * A past edition's content as it was, in a folder the loader reads like any content folder.
 *
 * @param id     what the content is: "git:" and the tree id of the content folder at the revision,
 *               or "folder:" and the hash of the frozen folder's files; equal ids, equal content
 * @param folder the content: the frozen folder itself, or the tree extracted from the repository
 */
public record Snapshot(Edition edition, String id, Path folder) {

    /** How a problem names a file of this edition: "editions/2024/indicators/x.yml", "report-2024:indicators/x.yml". */
    public String file(String relative) {
        if (!edition.inGit()) return edition.folder() + "/" + relative;
        return edition.revision() + ":" + relative;
    }
}
